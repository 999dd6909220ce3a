/** The verifier's absolute indicator: the largest |r_f(a)| over a != 0, and the first a attaining it. */
import { directAutocorrelation, elements } from './plainSums.js';
import { defineTwin } from './twin.js';

export function plainAbsoluteIndicator(_n: number, values: ArrayLike<number>) {
  const r = directAutocorrelation(values);
  if (r.length === 1) return { absoluteIndicator: 0, attainedAt: null };
  const rest = r.slice(1).map(Math.abs);
  const best = Math.max(...rest);
  return { absoluteIndicator: best, attainedAt: elements(1 + rest.indexOf(best)) };
}

export const absoluteIndicator = defineTwin({
  input: 'boolean',
  compute: (f) => plainAbsoluteIndicator(f.n, f.values),
  value: (v) => v.absoluteIndicator,
});
