/**
 * Symmetry breaking on the coordinate levels of the head+rep / hier-sum / hier-max tuple search
 * (headRep.ts, hierMax.ts). Every bias is invariant under V -> A o V for a signed permutation A of
 * the representation side (g_t -> g_t o A^-1, Phi's coordinates permuted and negated), and so is
 * membership of V in the group (signed permutations or affine maps: A o V is in it iff V is).
 * Once the heads before the coordinate levels are chosen, their stabiliser
 * S = { A : g o A^-1 = g for each of them } maps the leaves below them onto themselves, freely
 * (A o V = V forces A = id), keeping every cost. Coordinate q of A o V is coordinate p_q of V,
 * complemented when A flips bit q (p, s read off A). So it suffices to visit, per S-orbit, the V
 * whose coordinate tuple (c_0..c_{d-1}) is least lexicographically, counted |S| times.
 * Cut at a prefix c_0..c_q: an A in S that maps the bits 0..q onto themselves and makes the prefix
 * lexicographically smaller beats every completion, so the prefix is dropped; the least member of
 * each orbit is never dropped. The coordinate levels must be contiguous (repLevels keeps them so).
 */
import { forEachSignedPermutationInPlace } from '../../search/enumerate/signedPermutations.js';
import type { TupleTask } from './tupleSpec.js';

interface SignedPerm {
  readonly image: Uint32Array;
  /** bit q of A(r) = bit p[q] of r, complemented when s[q]. */
  readonly p: readonly number[];
  readonly s: readonly boolean[];
}

const cache = new Map<number, SignedPerm[]>();

export function signedPermutationList(d: number): SignedPerm[] {
  const hit = cache.get(d);
  if (hit) return hit;
  const out: SignedPerm[] = [];
  forEachSignedPermutationInPlace(d, (image) => {
    const copy = Uint32Array.from(image);
    const s = Array.from({ length: d }, (_, q) => ((copy[0]! >>> q) & 1) === 1);
    const p = Array.from({ length: d }, (_, q) => {
      for (let b = 0; b < d; b++) if ((((copy[1 << b]! >>> q) & 1) === 1) !== s[q]) return b;
      throw new Error('internal: not a signed permutation');
    });
    out.push({ image: copy, p, s });
  });
  cache.set(d, out);
  return out;
}

/** The code of g o A^-1 (bit x of g moves to A(x)). */
function moved(image: Uint32Array, code: number): number {
  let out = 0;
  for (let x = 0; x < image.length; x++) if ((code >>> x) & 1) out |= 1 << image[x]!;
  return out >>> 0;
}

export interface CoordinateSymmetry {
  /** False when the candidate g at level j makes the coordinate prefix non-least in its orbit. */
  readonly accept: (j: number, g: number, prefix: readonly number[]) => boolean;
  /** |S| for the heads a leaf chose before the coordinate levels. */
  readonly stabiliserSize: (heads: readonly number[]) => number;
}

/** null when the levels hold no contiguous block of d coordinate levels in bit order. */
export function coordinateSymmetry(d: number, tasks: readonly TupleTask[]): CoordinateSymmetry | null {
  const first = tasks.findIndex((t) => t.side === 'z');
  if (first < 0) return null;
  for (let q = 0; q < d; q++) {
    const t = tasks[first + q];
    if (t === undefined || t.side !== 'z' || t.code !== dictatorCode(d, q)) return null;
  }
  const full = (2 ** (1 << d) - 1) >>> 0;
  const all = signedPermutationList(d);
  let key: string | null = null;
  let stab: SignedPerm[] = all;
  // Per prefix length q: the members of S mapping bits 0..q onto themselves (not the identity).
  let byDepth: SignedPerm[][] = [];
  const stabiliserOf = (heads: readonly number[]): SignedPerm[] => {
    const k = heads.slice(0, first).join(',');
    if (k !== key) {
      key = k;
      stab = all.filter((a) => heads.slice(0, first).every((c) => moved(a.image, c) === c));
      byDepth = Array.from({ length: d }, (_, q) => stab.filter((a) => !isIdentity(a) && a.p.slice(0, q + 1).every((b) => b <= q)));
    }
    return stab;
  };
  const accept = (j: number, g: number, prefix: readonly number[]): boolean => {
    const q = j - first;
    if (q < 0 || q >= d) return true;
    stabiliserOf(prefix);
    for (const a of byDepth[q]!) {
      // Compare (A o V)'s prefix with V's, coordinate by coordinate.
      for (let i = 0; i <= q; i++) {
        const src = a.p[i] === q ? g : prefix[first + a.p[i]!]!;
        const t = a.s[i] ? (full ^ src) >>> 0 : src;
        const c = i === q ? g : prefix[first + i]!;
        if (t < c) return false;
        if (t > c) break;
      }
    }
    return true;
  };
  return { accept, stabiliserSize: (heads) => stabiliserOf(heads).length };
}

const isIdentity = (a: SignedPerm): boolean => a.p.every((b, q) => b === q) && a.s.every((x) => !x);

function dictatorCode(d: number, q: number): number {
  let code = 0;
  for (let r = 0; r < 1 << d; r++) if ((r >>> q) & 1) code |= 1 << r;
  return code >>> 0;
}
