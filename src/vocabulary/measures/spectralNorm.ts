/**
 * Spectral norm (docs/math.md, "### spectralNorm"): ||fhat||_1 = sum_S |fhat(S)|, an exact
 * rational, for any function analyze accepts (sum of |coefficients[S]| over the spectrum's scale).
 */
import { big, Rational } from '../../core/rational.js';
import type { Spectrum } from '../../core/spectrum.js';
import { RATIONAL, defineMeasure } from '../measure.js';
import { toQ } from '../exact.js';

export function computeSpectralNorm(s: Spectrum): Rational {
  let total = big.zero;
  const c = s.coefficients;
  if (c instanceof Int32Array) {
    // Chunks of 2^20 values |c_S| < 2^31 sum below 2^51: exact integers in a double.
    for (let start = 0; start < c.length; start += 1 << 20) {
      let chunk = 0;
      for (let i = start, end = Math.min(c.length, start + (1 << 20)); i < end; i++) chunk += Math.abs(c[i]!);
      total = total.add(chunk);
    }
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
