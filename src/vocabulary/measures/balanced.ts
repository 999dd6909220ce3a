/** Balanced: fhat({}) = E[f] = 0 (docs/math.md#balanced). */
import { balanced as balancedOf } from '../../core/measures/index.js';
import { BOOLEAN, defineMeasure } from '../measure.js';

export const balanced = defineMeasure({
  id: 'balanced',
  title: 'balanced',
  group: 'structure',
  input: 'function',
  summary: 'E[f] = fhat({}) = 0: a Boolean f takes +1 and -1 equally often.',
  type: BOOLEAN,
  compute: (f) => balancedOf(f.spectrum()),
  json: (b) => b,
  text: (b) => (b ? 'yes' : 'no'),
  value: (b) => b,
});
