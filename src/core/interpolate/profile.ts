/** The degree of a degree profile (the profile functions themselves live in core/measures). */
import type { Rational } from '../rational.js';

/** The highest level with non-zero weight; null for the zero profile (the zero function). */
export function profileDegree(p: readonly Rational[]): number | null {
  for (let k = p.length - 1; k >= 0; k--) if (!p[k]!.isZero()) return k;
  return null;
}
