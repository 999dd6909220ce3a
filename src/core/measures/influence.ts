/**
 * Influences (docs/math.md section 3): Inf_i(f) = sum_{S contains i} fhat(S)^2, total influence
 * I(f) = sum_S |S| fhat(S)^2 = sum_i Inf_i(f), and the relevant variables.
 */
import { setElements } from '../cube.js';
import { Rational } from '../rational.js';
import { isNonZero } from '../spectrum.js';
import { int32Summary } from './int32Summary.js';
import { type Analyzable, asSpectrum } from './source.js';
import { levelSquareSums, scaleSquared, variableSquareSums } from './squareSums.js';

/** Inf_1..Inf_n; entry i - 1 belongs to variable x_i. */
export function influences(x: Analyzable): Rational[] {
  const s = asSpectrum(x);
  const den = scaleSquared(s);
  return variableSquareSums(s).map((num) => Rational.of(num, den));
}

/** I(f) = sum_k k W^k(f). */
export function totalInfluence(x: Analyzable): Rational {
  const s = asSpectrum(x);
  let num = 0n;
  levelSquareSums(s).forEach((v, k) => {
    num += BigInt(k) * v;
  });
  return Rational.of(num, scaleSquared(s));
}

/** Mask of the variables i with fhat(S) != 0 for some S containing i. */
export function relevantVariablesMask(x: Analyzable): number {
  const s = asSpectrum(x);
  const c = s.coefficients;
  if (c instanceof Int32Array) return int32Summary(c).support;
  let mask = 0;
  {
    for (let S = 0; S < c.length; S++) if (isNonZero(s, S)) mask |= S;
  }
  return mask >>> 0;
}

/** The relevant variables, 1-based and ascending (x_i relevant iff Inf_i > 0). */
export function relevantVariables(x: Analyzable): number[] {
  return setElements(relevantVariablesMask(x));
}
