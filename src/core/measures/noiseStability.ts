/**
 * Noise stability as an exact polynomial in rho: Stab_rho(f) = sum_k rho^k W^k(f), so its
 * coefficients are the degree profile. Polynomials are coefficient lists, constant term first.
 */
import { Rational } from '../rational.js';
import { degreeProfile } from './profile.js';
import type { Analyzable } from './source.js';

/** The coefficients (W^0, ..., W^n) of Stab_rho(f). */
export function noiseStability(x: Analyzable): Rational[] {
  return degreeProfile(x);
}

/** The polynomial's value at an exact point (Horner). */
export function evaluatePolynomial(coefficients: readonly Rational[], at: Rational): Rational {
  let v = Rational.ZERO;
  for (let k = coefficients.length - 1; k >= 0; k--) v = v.mul(at).add(coefficients[k]!);
  return v;
}

/**
 * "1/4 + 3/4 rho^2": non-zero terms by ascending power, coefficient 1 left out before a power
 * of the variable, "-" joining negative terms; "0" for the zero polynomial.
 */
export function formatPolynomial(coefficients: readonly Rational[], variable = 'rho'): string {
  let out = '';
  coefficients.forEach((c, k) => {
    if (c.isZero()) return;
    const a = c.abs();
    const power = k === 0 ? '' : k === 1 ? variable : `${variable}^${k}`;
    const term = k === 0 ? a.toString() : a.equals(Rational.ONE) ? power : `${a.toString()} ${power}`;
    if (out === '') out = c.sign() < 0 ? `-${term}` : term;
    else out += c.sign() < 0 ? ` - ${term}` : ` + ${term}`;
  });
  return out === '' ? '0' : out;
}
