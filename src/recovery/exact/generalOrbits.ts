/**
 * Point sets S of C_d of one size, one per orbit of the signed permutations A (2^d d! maps),
 * with the orbit sizes: the places of the general exact search at d = 5, where the C(32, s)
 * sets cannot be scanned one by one (generalSearch.ts does that at d <= 4).
 *
 * Canonical form: the least image in the lexicographic order of sorted point lists (A < B iff
 * the least point of A xor B lies in A). Orderly generation: removing the largest point of a
 * canonical set leaves a canonical set (inserting a point into a list only lowers its sorted
 * prefix, so an image of the smaller set below it would give an image of the larger one below
 * it), so the canonical sets of size k are the canonical sets of size k - 1 extended by a larger
 * point that keeps them canonical, each reached once. Generated depth first and lazily (a
 * generator: the search consumes one set at a time); the complete lists are cached by size.
 * Above half the points the classes are the complements of those of 2^d - s (the maps commute
 * with complementing), so U = C_5 or |U| = 30 costs no more than |U| = 0 or 2.
 */
import { moveCode, signedPermutationOrbits } from './orbits.js';

export interface PointSetClass {
  /** The canonical member (a mask of points of C_d). */
  readonly S: number;
  /** The orbit's size, 2^d d! / |Stab(S)|. */
  readonly size: number;
}

const cache = new Map<string, readonly PointSetClass[]>();

/** a <lex b for point sets of equal size given as masks. */
export function lexLess(a: number, b: number): boolean {
  const diff = (a ^ b) >>> 0;
  if (diff === 0) return false;
  return ((a & diff & -diff) >>> 0) !== 0;
}

/** Per d: the linear part's image of each point, lin[i * 2^d + p] for the i-th permutation (orbits.ts's table order). */
const linears = new Map<number, Uint8Array>();

function linearImages(d: number): Uint8Array {
  const hit = linears.get(d);
  if (hit) return hit;
  const { tables } = signedPermutationOrbits(d);
  const size = 1 << d;
  const chunks = Math.ceil(size / 8);
  const perms = tables.length / size;
  const lin = new Uint8Array(perms * size);
  for (let i = 0; i < perms; i++) for (let p = 0; p < size; p++) lin[i * size + p] = 31 - Math.clz32(moveCode(tables[i * size]!, (1 << p) >>> 0, chunks));
  linears.set(d, lin);
  return lin;
}

/**
 * The stabiliser's size when S is canonical (least in its orbit), else 0. A canonical S holds the
 * point 0 (a translation moves any point there), so only images holding 0 can be below it or
 * equal to it: the maps x -> L(x) xor L(p) for p in S (forEachSignedPermutationInPlace's order:
 * table i * 2^d + s is L_i(x) xor s), |S| d! of the 2^d d!.
 */
export function canonicalFixers(d: number, S: number): number {
  if ((S & 1) === 0) return 0;
  const { tables } = signedPermutationOrbits(d);
  const size = 1 << d;
  const chunks = Math.ceil(size / 8);
  const lin = linearImages(d);
  const perms = tables.length / size;
  let fixed = 0;
  for (let i = 0; i < perms; i++) {
    for (let r = S >>> 0; r !== 0; r = (r & (r - 1)) >>> 0) {
      const p = 31 - Math.clz32(r & -r);
      const m = moveCode(tables[i * size + lin[i * size + p]!]!, S, chunks);
      if (m === S) fixed++;
      else if (lexLess(m, S)) return 0;
    }
  }
  return fixed;
}

/**
 * Every class of point sets of size s, canonical members in increasing (lex) order, lazily.
 * The caller may stop early; only a complete pass fills the cache.
 */
export function* pointSetClasses(d: number, s: number): Generator<PointSetClass> {
  const key = `${d}:${s}`;
  const hit = cache.get(key);
  if (hit) {
    yield* hit;
    return;
  }
  const size = 1 << d;
  const group = signedPermutationOrbits(d).tables.length;
  const out: PointSetClass[] = [];
  if (2 * s > size) {
    // Complements: the maps commute with complementing, so the classes of the (2^d - s)-sets give
    // those of the s-sets (representatives then lack the point 0 unless S = C_d; stabiliserOfClass).
    const full = (2 ** size - 1) >>> 0;
    for (const c of pointSetClasses(d, size - s)) {
      const k = { S: (full & ~c.S) >>> 0, size: c.size };
      out.push(k);
      yield k;
    }
  } else if (s === 0) {
    out.push({ S: 0, size: 1 });
  } else {
    const rec = function* (S: number, k: number, last: number): Generator<PointSetClass> {
      for (let e = last + 1; e <= size - (s - k); e++) {
        const T = (S | (1 << e)) >>> 0;
        const fixed = canonicalFixers(d, T);
        if (fixed === 0) continue;
        if (k + 1 === s) {
          const c = { S: T, size: group / fixed };
          out.push(c);
          yield c;
        } else yield* rec(T, k + 1, e);
      }
    };
    yield* rec(0, 0, -1);
  }
  if (s === 0) yield out[0]!;
  cache.set(key, out);
}

/**
 * Stab(S) as image tables, for S holding the point 0 (canonical sets do): every fixer moves some
 * point p of S to 0, so it is one of the maps x -> L(x) xor L(p) (as in canonicalFixers).
 */
export function stabiliserOf(d: number, S: number): Uint32Array[] {
  if ((S & 1) === 0) throw new Error('internal: stabiliserOf needs a set holding the point 0');
  const { tables } = signedPermutationOrbits(d);
  const size = 1 << d;
  const chunks = Math.ceil(size / 8);
  const lin = linearImages(d);
  const out: Uint32Array[] = [];
  for (let i = 0; i < tables.length / size; i++) {
    for (let r = S >>> 0; r !== 0; r = (r & (r - 1)) >>> 0) {
      const c = lin[i * size + 31 - Math.clz32(r & -r)]!;
      if (moveCode(tables[i * size + c]!, S, chunks) !== S) continue;
      const image = new Uint32Array(size);
      for (let x = 0; x < size; x++) image[x] = lin[i * size + x]! ^ c;
      out.push(image);
    }
  }
  return out;
}

/**
 * Stab(S) for a class member of pointSetClasses: from S when it holds 0, else from its complement
 * (the same maps); just the identity when the orbit size given is the whole group's order.
 */
export function stabiliserOfClass(d: number, S: number, orbitSize?: number): Uint32Array[] {
  if (orbitSize !== undefined && orbitSize === signedPermutationOrbits(d).tables.length) return [Uint32Array.from({ length: 1 << d }, (_, x) => x)];
  return (S & 1) !== 0 ? stabiliserOf(d, S) : stabiliserOf(d, ((2 ** (1 << d) - 1) & ~S) >>> 0);
}
