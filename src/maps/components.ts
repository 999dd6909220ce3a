/**
 * Component functions of a map T: C_n -> C_m (docs/math.md section 2): chi_S o T for a subset mask S
 * of [m], and the coordinates T_j = chi_{{j}} o T.
 */
import { popcount } from '../core/cube.js';
import { type CubeFunction, fromInt32 } from '../core/cubeFunction.js';
import { fwhtInt32InPlace } from '../core/fwht.js';
import type { BoolMap } from './boolMap.js';

function assertSubset(t: BoolMap, set: number): void {
  if (!Number.isInteger(set) || set < 0 || set >= 2 ** t.m) {
    throw new RangeError(`${set} is not a subset mask of [${t.m}]`);
  }
}

/** Writes the +-1 table of chi_S o T into `out` (length 2^n), overwriting it. */
export function componentSignsInPlace(t: BoolMap, set: number, out: Int32Array): void {
  if (out.length !== t.image.length) throw new RangeError(`expected an array of ${t.image.length} values`);
  for (let x = 0; x < out.length; x++) out[x] = popcount(t.image[x]! & set) & 1 ? -1 : 1;
}

/** chi_S o T as a Boolean CubeFunction on n variables. */
export function component(t: BoolMap, set: number): CubeFunction {
  assertSubset(t, set);
  const v = new Int32Array(t.image.length);
  componentSignsInPlace(t, set, v);
  return fromInt32(t.n, v);
}

/** T_j = chi_{{j}} o T for 1-based j in [1, m]. (Not core/cube's coordinate(point, variable).) */
export function coordinate(t: BoolMap, j: number): CubeFunction {
  if (!Number.isInteger(j) || j < 1 || j > t.m) throw new RangeError(`coordinate ${j} is not in 1..${t.m}`);
  return component(t, 2 ** (j - 1));
}

/** All coordinates T_1..T_m. */
export function coordinates(t: BoolMap): CubeFunction[] {
  return Array.from({ length: t.m }, (_, k) => coordinate(t, k + 1));
}

/**
 * The first non-empty S (in mask order) for which chi_S o T is unbalanced, or null when all are
 * balanced (by docs/math.md T6, for m = n exactly when T is a bijection). O(2^n + m 2^m): the Walsh
 * transform of the image histogram gives sum_x chi_S(T(x)) for every S at once.
 */
export function unbalancedComponent(t: BoolMap): number | null {
  const counts = new Int32Array(2 ** t.m);
  for (let x = 0; x < t.image.length; x++) counts[t.image[x]!]! += 1;
  fwhtInt32InPlace(counts); // |entries| <= 2^n <= 2^20: no overflow
  for (let s = 1; s < counts.length; s++) if (counts[s] !== 0) return s;
  return null;
}
