/** The verifier's autocorrelation spectrum: one direct sum per shift. */
import { directAutocorrelation } from './plainSums.js';

export const plainAutocorrelation = (_n: number, values: ArrayLike<number>) => ({ r: directAutocorrelation(values) });
