/** Fourier sparsity: the number of S with fhat(S) != 0 (docs/math.md#sparsity). */
import { fourierSparsity } from '../../core/measures/index.js';
import { INTEGER, defineMeasure } from '../measure.js';

export const sparsity = defineMeasure({
  id: 'sparsity',
  title: 'Fourier sparsity',
  group: 'fourier',
  input: 'function',
  summary: 'The number of sets S with a non-zero Fourier coefficient fhat(S).',
  type: INTEGER,
  compute: (f) => fourierSparsity(f.spectrum()),
  json: (k) => k,
  text: String,
  value: (k) => k,
});
