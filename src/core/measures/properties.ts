/** Yes/no and counting measures of a spectrum (docs/math.md section 3). */
import { big } from '../rational.js';
import { isNonZero } from '../spectrum.js';
import { int32Summary } from './int32Summary.js';
import { type Analyzable, asSpectrum } from './source.js';

/** fhat({}) = 0, i.e. E[f] = 0. */
export function balanced(x: Analyzable): boolean {
  return !isNonZero(asSpectrum(x), 0);
}

/** Number of sets S with fhat(S) != 0. */
export function fourierSparsity(x: Analyzable): number {
  const s = asSpectrum(x);
  const c = s.coefficients;
  if (c instanceof Int32Array) return int32Summary(c).nonZero;
  let count = 0;
  {
    for (let S = 0; S < c.length; S++) if (isNonZero(s, S)) count++;
  }
  return count;
}

/** n even and |fhat(S)| = 2^{-n/2} for every S; false for odd n. */
export function bent(x: Analyzable): boolean {
  const s = asSpectrum(x);
  if (s.n % 2 !== 0) return false;
  // |c_S| / scale = 2^{-n/2}  <=>  |c_S| = scale / 2^{n/2}, which must then be an integer.
  const { quotient, remainder } = s.scale.divmod(big(2).pow(s.n / 2));
  if (!remainder.isZero()) return false;
  const c = s.coefficients;
  if (c instanceof Int32Array) {
    if (quotient.greater(2 ** 31)) return false;
    const t = quotient.toJSNumber();
    for (let S = 0; S < c.length; S++) if (c[S] !== t && c[S] !== -t) return false;
    return true;
  }
  return c.every((v) => v.abs().equals(quotient));
}
