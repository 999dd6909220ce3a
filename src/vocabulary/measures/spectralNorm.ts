/**
 * Spectral norm (docs/math.md, "### spectralNorm"): ||fhat||_1 = sum_S |fhat(S)|, an exact
 * rational, for any function analyze accepts (sum of |coefficients[S]| over the spectrum's scale).
 */
import { big, Rational } from '../../core/rational.js';
import type { Spectrum } from '../../core/spectrum.js';
import { int32Summary } from '../../core/measures/int32Summary.js';
import { RATIONAL, defineMeasure } from '../measure.js';
import { toQ } from '../exact.js';

export function computeSpectralNorm(s: Spectrum): Rational {
  let total = big.zero;
  const c = s.coefficients;
  if (c instanceof Int32Array) {
    total = big(int32Summary(c).sumAbs.toString()); // exact: see src/core/measures/int32Summary.ts
  } else {
    for (const x of c) total = total.add(x.abs());
  }
  return Rational.of(total, s.scale);
}

export function spectralNormJson(v: Rational) {
  return { spectralNorm: v.toString() };
}

export const spectralNorm = defineMeasure({
  id: 'spectralNorm',
  title: 'spectral norm sum |fhat(S)|',
  group: 'fourier',
  input: 'function',
  summary: 'The l1 norm of the Fourier spectrum, sum over S of |fhat(S)|, exact.',
  type: RATIONAL,
  compute: (f) => computeSpectralNorm(f.spectrum()),
  json: spectralNormJson,
  text: (v) => v.toString(),
  value: (v) => toQ(v),
});
