/**
 * Sum-of-squares indicator (docs/math.md, "### sumOfSquaresIndicator"): sigma_f =
 * sum_a r_f(a)^2 = 2^-n sum_a W_f(a)^4, an integer between 2^2n (bent) and 2^3n (affine), exact
 * as a bigint; the JSON field is its decimal string.
 */
import { AUTOCORRELATION_MAX_N, autocorrelationOfBoolean, type Table } from '../../core/measures/table.js';
import { RATIONAL, defineMeasure } from '../measure.js';

export function computeSumOfSquaresIndicator(f: Table): bigint {
  const r = autocorrelationOfBoolean(f);
  let s = 0n;
  for (let a = 0; a < r.length; a++) s += BigInt(r[a]!) * BigInt(r[a]!);
  return s;
}

export function sumOfSquaresIndicatorJson(v: bigint) {
  return { sumOfSquares: v.toString() };
}

export const sumOfSquaresIndicator = defineMeasure({
  id: 'sumOfSquaresIndicator',
  title: 'sum-of-squares indicator sum_a r_f(a)^2',
  group: 'crypto',
  input: 'boolean',
  maxN: AUTOCORRELATION_MAX_N,
  summary: 'sigma_f = sum_a r_f(a)^2 = 2^-n sum_a W_f(a)^4, an exact integer (a decimal string in JSON).',
  type: RATIONAL,
  compute: computeSumOfSquaresIndicator,
  json: sumOfSquaresIndicatorJson,
  text: (v) => v.toString(),
  value: (v) => ({ p: v, q: 1n }),
});
