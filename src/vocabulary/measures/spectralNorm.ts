/**
 * Spectral norm (docs/math.md, "### spectralNorm"): ||fhat||_1 = sum_S |fhat(S)|, an exact
 * rational, for any integer-valued f (the sum of |2^n fhat(S)| over 2^n).
 */
import { fromInt32 } from '../../core/cubeFunction.js';
import type { Table } from '../../core/measures/table.js';
import { big, Rational } from '../../core/rational.js';
import { spectrum } from '../../core/spectrum.js';

export function computeSpectralNorm(f: Table): Rational {
  const s = spectrum(fromInt32(f.n, Int32Array.from(f.values)));
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
