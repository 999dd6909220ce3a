/**
 * Canonical form of a bijection T of C_n under affine equivalence S = A o T o B (A, B in
 * AGL(n, 2); docs/math.md, "Affine equivalence of bijections"): the representative is the least
 * table (point 0 first, smaller index first) among all A o T o B.
 *
 * For a fixed inner B the least A o (T o B) is found greedily: A sends (T B)(0) to 0, and each
 * later value (T B)(x) that leaves the affine span of the earlier ones to the next unit vector
 * 2^k (the least value outside the span [0, 2^k) of the earlier outputs). The outputs at points
 * [0, 2^i) depend only on B(0), B(e_1), ..., B(e_i), so B is chosen point by point (translation,
 * then one column per level) and a branch is cut as soon as its prefix exceeds the best table
 * found: a branch-and-bound over AGL(n, 2) that keeps ties, so it also counts the pairs (A, B)
 * reaching the representative, which is the order of the self-equivalence group of T.
 */
import { MAX_AFFINE_MAP_N, affineParts, aglOrder, composePerm, invertPerm } from './affineGroup.js';

export interface AffineCanonical {
  /** R = A o T o B, the least such table. */
  readonly representative: Uint8Array;
  /** The witness: outer A and inner B with representative = A o T o B. */
  readonly outer: Uint8Array;
  readonly inner: Uint8Array;
  /** #{(A, B) : A o T o B = T}, the self-equivalences of T. */
  readonly stabilizerOrder: number;
}

const NONE = 255;

/** The canonical form of the bijection `t` (a table of [0, 2^n), n <= MAX_AFFINE_MAP_N). */
export function affineCanonicalForm(t: ArrayLike<number>): AffineCanonical {
  return affineCanonicalFormWithin(t, Infinity)!;
}

/**
 * The same, or null once the search has tried more than `maxNodes` choices of a column of B (a
 * synchronous search cannot be interrupted, so callers bound it: at n = 5 a typical bijection
 * needs some 10^4 to 10^5 choices, one with 645120 self-equivalences about 10^9).
 */
export function affineCanonicalFormWithin(t: ArrayLike<number>, maxNodes: number): AffineCanonical | null {
  const size = t.length;
  const n = Math.round(Math.log2(size));
  if (2 ** n !== size || n > MAX_AFFINE_MAP_N) throw new RangeError(`affine canonical forms need a table of 2^n entries, n <= ${MAX_AFFINE_MAP_N}`);
  const table = Uint8Array.from(t);
  if (invertPerm(table).some((v, i) => table[v] !== i)) throw new RangeError('affine canonical forms need a bijection');
  if (affineParts(table) !== null) {
    // The identity's class: R = id = T^-1 o T o id, stabilized by every (A, A^-1 conjugated by T).
    const id = Uint8Array.from({ length: size }, (_, x) => x);
    return { representative: id, outer: invertPerm(table), inner: id.slice(), stabilizerOrder: Number(aglOrder(n)) };
  }
  const inner = new Uint8Array(size);
  const cur = new Uint8Array(size);
  // Per level: the partial linear map lmap[d] of the output normalization, its assigned points,
  // and the span of B's columns.
  const lmaps = Array.from({ length: n + 1 }, () => new Uint8Array(size));
  const assigned = Array.from({ length: n + 1 }, () => new Uint8Array(size));
  const assignedCount = new Int32Array(n + 1);
  const dims = new Int32Array(n + 1);
  const spans = Array.from({ length: n + 1 }, () => new Uint8Array(size));
  let best: Uint8Array | null = null;
  let bestOuter = new Uint8Array(size);
  let bestInner = new Uint8Array(size);
  let ties = 0;
  let u0 = 0;
  let nodes = 0;

  const comparePrefix = (len: number): number => {
    if (best === null) return -1;
    for (let x = 0; x < len; x++) if (cur[x] !== best[x]) return cur[x]! < best[x]! ? -1 : 1;
    return 0;
  };

  const leaf = (cmp: number): void => {
    if (cmp < 0) {
      best = cur.slice();
      const lmap = lmaps[n]!;
      bestOuter = Uint8Array.from({ length: size }, (_, u) => lmap[u ^ u0]!);
      bestInner = inner.slice();
      ties = 1;
    } else if (cmp === 0) ties++;
  };

  const level = (i: number): void => {
    const half = 1 << (i - 1);
    const prevSpan = spans[i - 1]!;
    for (let v = 1; v < size; v++) {
      if (prevSpan[v]) continue;
      if (++nodes > maxNodes) return;
      const lmap = lmaps[i]!;
      lmap.set(lmaps[i - 1]!);
      const list = assigned[i]!;
      list.set(assigned[i - 1]!);
      let count = assignedCount[i - 1]!;
      let k = dims[i - 1]!;
      for (let y = 0; y < half; y++) {
        const x = half + y;
        inner[x] = inner[y]! ^ v;
        const d = table[inner[x]!]! ^ u0;
        if (lmap[d] === NONE) {
          const unit = 1 << k;
          for (let s = 0; s < count; s++) {
            const e = list[s]!;
            lmap[e ^ d] = lmap[e]! ^ unit;
            list[count + s] = e ^ d;
          }
          count *= 2;
          k++;
        }
        cur[x] = lmap[d]!;
      }
      const cmp = comparePrefix(2 * half);
      if (cmp > 0) continue;
      if (i === n) {
        leaf(cmp);
        continue;
      }
      assignedCount[i] = count;
      dims[i] = k;
      const span = spans[i]!;
      span.set(prevSpan);
      for (let s = 0; s < size; s++) if (prevSpan[s]) span[s ^ v] = 1;
      level(i + 1);
    }
  };

  for (let c = 0; c < size; c++) {
    inner[0] = c;
    u0 = table[c]!;
    cur[0] = 0;
    const lmap = lmaps[0]!;
    lmap.fill(NONE);
    lmap[0] = 0;
    assigned[0]![0] = 0;
    assignedCount[0] = 1;
    dims[0] = 0;
    spans[0]!.fill(0);
    spans[0]![0] = 1;
    if (n === 0) leaf(comparePrefix(1));
    else level(1);
  }
  if (nodes > maxNodes) return null;
  return { representative: best!, outer: bestOuter, inner: bestInner, stabilizerOrder: ties };
}

/** A and B in AGL(n, 2) with t = A o s o B, or null when s and t are not affine equivalent. */
export function affineEquivalence(s: ArrayLike<number>, t: ArrayLike<number>): { outer: Uint8Array; inner: Uint8Array } | null {
  if (s.length !== t.length) return null;
  const cs = affineCanonicalForm(s);
  const ct = affineCanonicalForm(t);
  for (let x = 0; x < s.length; x++) if (cs.representative[x] !== ct.representative[x]) return null;
  // R = As s Bs = At t Bt, so t = (At^-1 As) s (Bs Bt^-1).
  return { outer: composePerm(invertPerm(ct.outer), cs.outer), inner: composePerm(cs.inner, invertPerm(ct.inner)) };
}
