/** The verifier's autocorrelation spectrum: one direct sum per shift. */
import { directAutocorrelation } from './plainSums.js';
import { defineTwin } from './twin.js';

export const plainAutocorrelation = (_n: number, values: ArrayLike<number>) => ({ r: directAutocorrelation(values) });

export const autocorrelation = defineTwin({
  input: 'boolean',
  compute: (f) => plainAutocorrelation(f.n, f.values),
  value: (v) => ({ over: 'set', entries: v.r }),
});
