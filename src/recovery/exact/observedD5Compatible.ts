/**
 * Every code on the latents compatible with the current joint classes and of observed degree
 * <= c, by meet in the middle over the annihilator N_c (observedD5Duals.ts; docs/math.md,
 * "Observed coordinates at d = 5 with m > d", "Compatible codes past the list"). The tuple search
 * (tupleSearch.ts) asks for them at a coordinate level whose allowance is above the list's level L
 * and whose compatible codes are too many to generate one by one (e.g. C(16,8)^2 = 165,636,900
 * right after a balanced first head): so head+rep and hier-sum need not stop at the list's level.
 * A compatible code takes exactly targets[i] points of class K_i; it has cost <= c iff
 * sum_{z in C} w(z) = 0 for each basis vector w of N_c. Each class is split into a left and a right
 * half of its points; C = A u B, A left, B right. With t(z) = sum_w r_w w(z) + R_i mod 2^32 (z in K_i,
 * fixed multipliers r_w, R_i) and T(X) = sum_{z in X} t(z) mod 2^32, every solution has
 * T(A) + T(B) = sum_i R_i targets[i] mod 2^32. The left subsets (at most targets[i] points per class)
 * are grouped by T; each right subset B meets the group keyed K - T(B), which holds every A
 * completing it (and possibly a few more: hash collisions). Each pair is then checked exactly
 * (the class counts, ObservedDuals.inLevel), so none is missing and none is wrong. At most 2 * 2^16
 * subset sums at d = 5, plus the pairs; more pairs than `cap` answers null before any is checked.
 */
import type { ObservedDuals } from './observedD5Duals.js';
import { popcount32 } from './candidates.js';
import { basisHashes, meetHalves, pointsOf } from './observedD5Hashes.js';
import { COMPATIBLE_BY_CLASSES, compatibleByClasses } from './observedD5MeetClasses.js';

export { COMPATIBLE_BY_CLASSES };

/** The subsets of `pts` (as codes on the latents) with their hashes T, or only those keeping per-class counts <= targets. */
function halfSubsets(pts: readonly number[], t: Uint32Array, classOf: Int32Array, classes: readonly number[], targets: readonly number[]): { codes: Uint32Array; keys: Uint32Array } {
  const size = 1 << pts.length;
  const code = new Uint32Array(size);
  const key = new Uint32Array(size);
  const keep = new Uint8Array(size);
  keep[0] = 1;
  for (let x = 1; x < size; x++) {
    const low = 31 - Math.clz32(x & -x);
    const prev = (x & (x - 1)) >>> 0;
    code[x] = (code[prev]! | (1 << pts[low]!)) >>> 0;
    key[x] = (key[prev]! + t[pts[low]!]!) >>> 0;
    keep[x] = keep[prev]! === 1 && popcount32((code[x]! & classes[classOf[pts[low]!]!]!) >>> 0) <= targets[classOf[pts[low]!]!]! ? 1 : 0;
  }
  let n = 0;
  for (let x = 0; x < size; x++) if (keep[x]) n++;
  const codes = new Uint32Array(n);
  const keys = new Uint32Array(n);
  for (let x = 0, k = 0; x < size; x++) if (keep[x]) (codes[k] = code[x]!), (keys[k++] = key[x]!);
  return { codes, keys };
}

/**
 * The codes choosing targets[i] points of classes[i] (disjoint masks covering the latents) with
 * observed degree <= c, or null when the hash matches exceed cap.
 */
export function compatibleCodesUpTo(duals: ObservedDuals, classes: readonly number[], targets: readonly number[], c: number, cap: number): Uint32Array | null {
  const byClass = !COMPATIBLE_BY_CLASSES.on ? undefined : compatibleByClasses(duals, classes, targets, Math.min(c, duals.m), cap);
  return byClass !== undefined ? byClass : compatibleByPoints(duals, classes, targets, c, cap);
}

/** The split by points (each class halved), for classes too large to list their choices. */
function compatibleByPoints(duals: ObservedDuals, classes: readonly number[], targets: readonly number[], c: number, cap: number): Uint32Array | null {
  const level = Math.min(c, duals.m);
  const size = 1 << duals.d;
  const base = basisHashes(duals, level);
  const classOf = new Int32Array(size).fill(-1);
  const t = new Uint32Array(size);
  const left: number[] = [];
  const right: number[] = [];
  let K = 0;
  classes.forEach((mask, i) => {
    const R = (Math.imul(i + 1, 0x2545f491) ^ 0x6a09e667) >>> 0;
    K = (K + Math.imul(R, targets[i]!)) >>> 0;
    const pts = pointsOf(mask);
    pts.forEach((z, k) => {
      classOf[z] = i;
      t[z] = (base[z]! + R) >>> 0;
      (k < pts.length >> 1 ? left : right).push(z);
    });
  });
  const a = halfSubsets(left, t, classOf, classes, targets);
  const b = halfSubsets(right, t, classOf, classes, targets);
  return meetHalves(a, b, K, cap, (code) => {
    for (let k = 0; k < classes.length; k++) if (popcount32((code & classes[k]!) >>> 0) !== targets[k]) return false;
    return duals.inLevel(code, level);
  });
}
