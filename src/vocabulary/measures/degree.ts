/** deg(f): the largest |S| with fhat(S) != 0 (docs/math.md#degree). */
import { spectrumDegree } from '../../core/degree.js';
import { NULLABLE_INTEGER, defineMeasure } from '../measure.js';

export const degree = defineMeasure({
  id: 'degree',
  title: 'Fourier degree deg(f)',
  group: 'degree',
  input: 'function',
  summary: 'Largest |S| with a non-zero Fourier coefficient fhat(S); null for the zero function.',
  type: NULLABLE_INTEGER,
  compute: (f) => spectrumDegree(f.spectrum()),
  json: (d) => d,
  text: (d) => (d === null ? 'undefined (f = 0)' : String(d)),
  value: (d) => d,
});
