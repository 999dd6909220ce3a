/** The verifier's Walsh spectrum: one direct sum per set. */
import { directWalsh } from './plainSums.js';
import { defineTwin } from './twin.js';

export const plainWalshSpectrum = (_n: number, values: ArrayLike<number>) => ({ W: directWalsh(values) });

export const walshSpectrum = defineTwin({
  input: 'boolean',
  compute: (f) => plainWalshSpectrum(f.n, f.values),
  value: (v) => ({ over: 'set', entries: v.W }),
});
