/**
 * The noise operator (docs/math.md, "### noiseOperator"): T_rho f(x) = E[f(y)] over y
 * rho-correlated with x = sum_S rho^|S| fhat(S) chi_S(x), at each point an exact polynomial in
 * rho whose coefficient of rho^k is the level-k part f^{=k}(x) = sum_{|S|=k} fhat(S) chi_S(x).
 * Each level is one inverse transform of the spectrum restricted to that level.
 */
import { popcount } from '../../core/cube.js';
import { fwhtBigInPlace, toBigArray } from '../../core/fwht.js';
import { formatPolynomial } from '../../core/measures/index.js';
import { big, Rational } from '../../core/rational.js';
import type { Spectrum } from '../../core/spectrum.js';
import { defineMeasure } from '../measure.js';

export const NOISE_OPERATOR_MAX_N = 10;

/** coefficients[x][k] = f^{=k}(x), the coefficient of rho^k in T_rho f(x). */
export function noiseOperatorOf(s: Spectrum): Rational[][] {
  const size = 2 ** s.n;
  const all = toBigArray(s.coefficients);
  const out: Rational[][] = Array.from({ length: size }, () => []);
  for (let k = 0; k <= s.n; k++) {
    const level = all.map((c, S) => (popcount(S) === k ? c : big.zero));
    fwhtBigInPlace(level); // sum_S c_S chi_S(x) at every x
    for (let x = 0; x < size; x++) out[x]!.push(Rational.of(level[x]!, s.scale));
  }
  return out;
}

function text(c: Rational[][]): string {
  const shown = c.slice(0, 4).map((p, x) => `T_rho f(point ${x}) = ${formatPolynomial(p)}`);
  return shown.join('; ') + (c.length > 4 ? `; ... (${c.length} points, all in the JSON)` : '');
}

export const noiseOperator = defineMeasure({
  id: 'noiseOperator',
  title: 'noise operator T_rho f',
  group: 'fourier',
  input: 'function',
  maxN: NOISE_OPERATOR_MAX_N,
  summary: 'T_rho f(x) = sum_S rho^|S| fhat(S) chi_S(x) at every point, an exact polynomial in rho (JSON only; claims see null).',
  type: { scalar: 'rational', nullable: true },
  compute: (f) => noiseOperatorOf(f.spectrum()),
  json: (c) => ({ coefficients: c.map((p) => p.map(String)) }),
  text,
  value: () => null,
});
