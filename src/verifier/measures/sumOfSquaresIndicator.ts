/** The verifier's sum-of-squares indicator: sum of r_f(a)^2 over every shift, in bigint. */
import { directAutocorrelation } from './plainSums.js';
import { defineTwin, parseQ } from './twin.js';

export function plainSumOfSquaresIndicator(_n: number, values: ArrayLike<number>) {
  return { sumOfSquares: directAutocorrelation(values).reduce((s, r) => s + BigInt(r) * BigInt(r), 0n).toString() };
}

export const sumOfSquaresIndicator = defineTwin({
  input: 'boolean',
  compute: (f) => plainSumOfSquaresIndicator(f.n, f.values),
  value: (v) => parseQ(v.sumOfSquares),
});
