/** Recognising the task shapes the bounds and theorem certificates need: constants and +-parities. */
import type { CubeFunction } from '../core/cubeFunction.js';
import { isBoolean, valueAt } from '../core/cubeFunction.js';
import { isNonZero, spectrum } from '../core/spectrum.js';

/** The set S when h = +-chi_S (a Boolean function with one non-zero Fourier coefficient), else null. */
export function paritySet(h: CubeFunction): number | null {
  if (!isBoolean(h)) return null;
  const s = spectrum(h);
  let found: number | null = null;
  for (let S = 0; S < s.coefficients.length; S++) {
    if (!isNonZero(s, S)) continue;
    if (found !== null) return null;
    found = S;
  }
  return found;
}

/** True when h takes a single value on the given points (all of C_n when points is null). */
export function isConstantOn(h: CubeFunction, points: readonly number[] | null): boolean {
  const pts = points ?? Array.from({ length: 2 ** h.n }, (_, i) => i);
  if (pts.length === 0) return true;
  const first = valueAt(h, pts[0]!);
  return pts.every((p) => valueAt(h, p).equals(first));
}
