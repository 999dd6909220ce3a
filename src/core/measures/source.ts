/** Every measure takes a Spectrum or a CubeFunction; a function is transformed first. */
import type { CubeFunction } from '../cubeFunction.js';
import { type Spectrum, spectrum } from '../spectrum.js';

export type Analyzable = Spectrum | CubeFunction;

/** The spectrum itself, or the spectrum of the function (computed afresh: pass a Spectrum to
 * share one transform between several measures). */
export function asSpectrum(x: Analyzable): Spectrum {
  return 'coefficients' in x ? x : spectrum(x);
}
