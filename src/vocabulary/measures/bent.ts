/** Bent: n even and |fhat(S)| = 2^{-n/2} for every S (docs/math.md#bent). */
import { bent as bentOf } from '../../core/measures/index.js';
import { BOOLEAN, defineMeasure } from '../measure.js';

export const bent = defineMeasure({
  id: 'bent',
  title: 'bent',
  group: 'crypto',
  input: 'function',
  summary: 'n even and |fhat(S)| = 2^(-n/2) for every S: a flat spectrum, maximal nonlinearity for Boolean f.',
  type: BOOLEAN,
  compute: (f) => bentOf(f.spectrum()),
  json: (b) => b,
  text: (b) => (b ? 'yes' : 'no'),
  value: (b) => b,
});
