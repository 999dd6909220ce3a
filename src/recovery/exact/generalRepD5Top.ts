/**
 * hier-max past the coordinate list (generalRepD5.ts): the V of a leaf whose coordinates all have
 * degree <= d - 1, counted by whole classes instead of enumerated. docs/math.md, "hier-max at
 * d = 5 past the list: the top coefficient".
 *
 * A coordinate Phi_j = bit j of V o psi^-1 has degree d exactly when its coefficient at [d] is
 * nonzero: sum_z (-1)^(bit j of V(z)) chi_[d](psi(z)) != 0, i.e. its latent mask M_j is not
 * split evenly by E = {z : psi(z) has even weight} (|E| = 2^(d-1)). And |M_j & E| = |H_j & V(E)|
 * (H_j: the points with bit j set), so all coordinates have degree <= d - 1 iff the set T = V(E)
 * meets every H_j in 2^(d-2) points: T is a "balanced" half of the cube. In a leaf (pairs of classes
 * X_i <-> Z_i, V(Z_i) = X_i) such a V is a choice of T with |T & X_i| = e_i = |Z_i & E| for every
 * class, then any bijection Z_i & E -> T & X_i and Z_i \ E -> X_i \ T: the count is
 * prod_i e_i! (n_i - e_i)! times the number of balanced T with those traces. Those T are counted
 * once per place (point set S) by their trace on S (the last class, C_d \ S, then takes the rest),
 * met in the middle on the top bit: T = A u B with A, B in the lower and upper halves, each of
 * 2^(d-2) points, whose low-coordinate counts add to 2^(d-2).
 */
import type { BoolMap } from '../../maps/boolMap.js';
import { popcount32 } from './candidates.js';
import { factorial } from './leaves.js';
import type { TopTraces } from './generalRepD5Traces.js';

export { MAX_TRACE_POINTS, type TopTraces, topTraces } from './generalRepD5Traces.js';

/** E = the latents whose psi-image has even weight. */
export function evenLatents(psi: BoolMap): number {
  let e = 0;
  for (let z = 0; z < psi.image.length; z++) if ((popcount32(psi.image[z]!) & 1) === 0) e |= 1 << z;
  return e >>> 0;
}

/** True when every coordinate of V (v[z] = V(z)) has latent mask split evenly by E (degree <= d - 1). */
export function topFree(d: number, v: Uint32Array, even: number): boolean {
  for (let j = 0; j < d; j++) {
    let inE = 0;
    for (let z = 0; z < v.length; z++) if ((v[z]! >>> j) & 1 && (even >>> z) & 1) inE++;
    if (inE !== 1 << (d - 2)) return false;
  }
  return true;
}

/**
 * The leaf's V with every coordinate of degree <= d - 1: how many, how many sets T = V(E), and one
 * (null: none). The
 * classes inside S are pinned by the trace; the class C_d \ S (if any) takes the rest of T.
 */
export function topFreeLeaf(d: number, tr: TopTraces, even: number, xc: readonly number[], zc: readonly number[]): { count: bigint; sets: number; one: Uint32Array | null } {
  const inside: number[] = [];
  const need: number[] = [];
  let coset = 1n;
  xc.forEach((x, i) => {
    const n = popcount32(x);
    const e = popcount32((zc[i]! & even) >>> 0);
    coset *= factorial(e) * factorial(n - e);
    if ((x & ~tr.S) === 0) inside.push(x), need.push(e);
  });
  // The classes inside S as masks of trace indices.
  const rank = (x: number): number => {
    let out = 0;
    tr.points.forEach((p, r) => ((x >>> p) & 1 ? (out |= 1 << r) : 0));
    return out;
  };
  const masks = inside.map(rank);
  let traces = 0;
  let first = -1;
  for (let t = 0; t < tr.counts.length; t++) {
    const n = tr.counts[t]!;
    if (n === 0) continue;
    let ok = true;
    for (let i = 0; i < masks.length && ok; i++) ok = popcount32((t & masks[i]!) >>> 0) === need[i];
    if (!ok) continue;
    traces += n;
    if (first < 0) first = t;
  }
  if (traces === 0) return { count: 0n, sets: 0, one: null };
  const T = tr.sample[first]!;
  const v = new Uint32Array(1 << d);
  xc.forEach((x, i) => {
    const xs = pointsOf((x & T) >>> 0);
    const xr = pointsOf((x & ~T) >>> 0);
    pointsOf((zc[i]! & even) >>> 0).forEach((z, r) => (v[z] = xs[r]!));
    pointsOf((zc[i]! & ~even) >>> 0).forEach((z, r) => (v[z] = xr[r]!));
  });
  return { count: BigInt(traces) * coset, sets: traces, one: v };
}

/** The z-classes refined by E: the V with one fixed T = V(E) are V0 o sigma, sigma permuting inside these. */
export function splitByEven(zc: readonly number[], even: number): number[] {
  const out: number[] = [];
  for (const z of zc) {
    if ((z & even) !== 0) out.push((z & even) >>> 0);
    if ((z & ~even) !== 0) out.push((z & ~even) >>> 0);
  }
  return out;
}

function pointsOf(m: number): number[] {
  const out: number[] = [];
  for (let r = m >>> 0; r !== 0; r = (r & (r - 1)) >>> 0) out.push(31 - Math.clz32(r & -r));
  return out;
}
