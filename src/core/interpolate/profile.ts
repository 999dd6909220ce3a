/**
 * Degree profiles (MATH.md section 3), local to the interpolator: W^k = sum_{|S|=k} fhat(S)^2,
 * compared lexicographically from the top level down (less weight high up = simpler).
 */
import { popcount } from '../cube.js';
import { big, Rational } from '../rational.js';
import type { Spectrum } from '../spectrum.js';

/** (W^0, ..., W^n) of a spectrum, exactly. */
export function levelWeights(s: Spectrum): Rational[] {
  const sums = Array.from({ length: s.n + 1 }, () => big.zero);
  for (let S = 0; S < s.coefficients.length; S++) {
    const c = s.coefficients[S]!;
    const b = typeof c === 'number' ? big(c) : c;
    if (!b.isZero()) sums[popcount(S)] = sums[popcount(S)]!.add(b.multiply(b));
  }
  const den = s.scale.multiply(s.scale);
  return sums.map((x) => Rational.of(x, den));
}

/** Negative when profile a is simpler than b: the first difference from the top level decides. */
export function compareProfilesFromTop(a: readonly Rational[], b: readonly Rational[]): -1 | 0 | 1 {
  const top = Math.max(a.length, b.length) - 1;
  for (let k = top; k >= 0; k--) {
    const c = (a[k] ?? Rational.ZERO).compare(b[k] ?? Rational.ZERO);
    if (c !== 0) return c;
  }
  return 0;
}

/** The highest level with non-zero weight; null for the zero profile. */
export function profileDegree(p: readonly Rational[]): number | null {
  for (let k = p.length - 1; k >= 0; k--) if (!p[k]!.isZero()) return k;
  return null;
}

/** Component-wise sum (profiles of different lengths are padded with zeros). */
export function addProfiles(a: readonly Rational[], b: readonly Rational[]): Rational[] {
  const len = Math.max(a.length, b.length);
  return Array.from({ length: len }, (_, k) => (a[k] ?? Rational.ZERO).add(b[k] ?? Rational.ZERO));
}
