/**
 * Fourier weights by level (docs/math.md section 3): W^k(f) = sum_{|S| = k} fhat(S)^2, the degree
 * profile (W^0..W^n), and the order on profiles used by the head-profile bias.
 */
import { Rational } from '../rational.js';
import { type Analyzable, asSpectrum } from './source.js';
import { levelSquareSums, scaleSquared } from './squareSums.js';

/** (W^0, ..., W^n) exactly. */
export function degreeProfile(x: Analyzable): Rational[] {
  const s = asSpectrum(x);
  const den = scaleSquared(s);
  return levelSquareSums(s).map((num) => Rational.of(num, den));
}

/**
 * Lexicographic from the top level down: the profile with less weight at the highest level where
 * they differ is the simpler one and compares as smaller (-1). Levels missing from the shorter
 * profile count as weight 0, so profiles of different lengths compare too.
 */
export function compareProfiles(a: readonly Rational[], b: readonly Rational[]): -1 | 0 | 1 {
  for (let k = Math.max(a.length, b.length) - 1; k >= 0; k--) {
    const c = (a[k] ?? Rational.ZERO).compare(b[k] ?? Rational.ZERO);
    if (c !== 0) return c;
  }
  return 0;
}

/** Level-wise sum of profiles (the head-profile bias sums the profiles of the heads). */
export function addProfiles(a: readonly Rational[], b: readonly Rational[]): Rational[] {
  const out: Rational[] = [];
  for (let k = 0; k < Math.max(a.length, b.length); k++) {
    out.push((a[k] ?? Rational.ZERO).add(b[k] ?? Rational.ZERO));
  }
  return out;
}

/** Sum of all weights: 1 for a Boolean function (Parseval), E[f^2] in general. */
export function totalWeight(x: Analyzable): Rational {
  const s = asSpectrum(x);
  return Rational.of(
    levelSquareSums(s).reduce((t, v) => t + v, 0n),
    scaleSquared(s),
  );
}
