/**
 * Every balanced code on the latents of observed degree <= c, by meet in the middle over the
 * annihilator N_c (observedD5Duals.ts; docs/math.md, "Observed coordinates at d = 5 with m > d").
 * A code C (2^(d-1) of the 2^d latent points) has degree <= c exactly when
 * sum_{z in C} w(z) = 0 for each basis vector w of N_c. Split the points into the low half
 * L = {z < h} and the high half H = {z >= h}, h = 2^(d-1), and C = A u B with A in L, B in H: the
 * condition is s_w(A) = -s_w(B) for every w, s_w(X) = sum_{z in X} w(z), and balance is
 * |A| + |B| = h. The sums are compressed by a linear hash: a weight t(z) = sum_w r_w w(z) mod 2^32
 * (fixed odd multipliers r_w) per point and T(X) = sum_{z in X} t(z) mod 2^32, so a solution has
 * T(A) = -T(B) mod 2^32. The 2^h subsets A are grouped by (|A|, T(A)); each B meets the group keyed
 * (h - |B|, -T(B)), which holds every A completing it (and possibly a few more, hash collisions):
 * each such pair is then checked exactly (ObservedDuals.inLevel), so no solution is left out and
 * none is wrong. 2 * 2^h hash sums (65,536 each at d = 5) plus the checked pairs.
 * A level with more hash matches than a cap is refused (null codes) before any is checked.
 */
import type { IntVector, ObservedDuals } from './observedD5Duals.js';

const MULTIPLIERS = [0x9e3779b1, 0x85ebca77, 0xc2b2ae3d, 0x27d4eb2f, 0x165667b1, 0xd3a2646c, 0xfd7046c5, 0xb55a4f09];

/** t(z) = sum_w r_w w(z) mod 2^32 for the 2^d points. */
function pointHashes(basis: readonly IntVector[], size: number): Uint32Array {
  const t = new Uint32Array(size);
  for (let z = 0; z < size; z++) {
    let acc = 0n;
    basis.forEach((w, i) => {
      const r = BigInt(MULTIPLIERS[i % MULTIPLIERS.length]! + 2 * Math.floor(i / MULTIPLIERS.length));
      acc += r * (w.small !== null ? BigInt(w.small[z]!) : w.wide[z]!);
    });
    t[z] = Number(BigInt.asUintN(32, acc));
  }
  return t;
}

/** The key (|X|, T(X)) of every subset X of the h points from `from` on: |X| * 2^32 + T(X). */
function subsetKeys(t: Uint32Array, from: number, h: number, negate: boolean): Float64Array {
  const size = 1 << h;
  const hash = new Uint32Array(size);
  const pop = new Uint8Array(size);
  const keys = new Float64Array(size);
  for (let x = 0; x < size; x++) {
    if (x > 0) {
      const prev = (x & (x - 1)) >>> 0;
      hash[x] = (hash[prev]! + t[from + 31 - Math.clz32(x & -x)]!) >>> 0;
      pop[x] = pop[prev]! + 1;
    }
    // Integers below 2^37, exact in a double: |X| (or h - |X|) and T(X) (or -T(X) mod 2^32).
    keys[x] = (negate ? h - pop[x]! : pop[x]!) * 4294967296 + (negate ? (-hash[x]! >>> 0) : hash[x]!);
  }
  return keys;
}

export interface BalancedLevel {
  /** How many balanced codes have observed degree <= c (codes null: an upper bound above the cap). */
  readonly count: number;
  /** The codes (unsorted), or null when there are more than the cap. */
  readonly codes: Uint32Array | null;
}

/** The balanced codes on the latents of observed degree <= c; null codes past `cap` of them. */
export function balancedCodesUpTo(duals: ObservedDuals, c: number, cap: number): BalancedLevel {
  const { d } = duals;
  const h = 1 << (d - 1);
  const level = Math.min(c, duals.m);
  const t = pointHashes(duals.bases[level]!, 1 << d);
  const groups = new Map<number, number[]>();
  subsetKeys(t, 0, h, false).forEach((k, a) => {
    const g = groups.get(k);
    if (g) g.push(a);
    else groups.set(k, [a]);
  });
  const high = subsetKeys(t, h, h, true);
  // The hash matches bound the count from above: past the cap the level is refused unchecked.
  let matches = 0;
  for (let b = 0; b < high.length; b++) matches += groups.get(high[b]!)?.length ?? 0;
  if (matches > cap) return { count: matches, codes: null };
  const found: number[] = [];
  for (let b = 0; b < high.length; b++) {
    const g = groups.get(high[b]!);
    if (g === undefined) continue;
    for (const a of g) {
      const code = (a | (b << h)) >>> 0;
      if (duals.inLevel(code, level)) found.push(code); // else a hash collision
    }
  }
  return { count: found.length, codes: Uint32Array.from(found) };
}
