/** The verifier's Walsh spectrum: one direct sum per set. */
import { directWalsh } from './plainSums.js';

export const plainWalshSpectrum = (_n: number, values: ArrayLike<number>) => ({ W: directWalsh(values) });
