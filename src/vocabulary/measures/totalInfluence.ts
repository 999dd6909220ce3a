/** I(f) = sum_S |S| fhat(S)^2 = sum_i Inf_i(f) (docs/math.md#totalinfluence). */
import { totalInfluence as totalOf } from '../../core/measures/index.js';
import { toQ } from '../exact.js';
import { RATIONAL, defineMeasure } from '../measure.js';

export const totalInfluence = defineMeasure({
  id: 'totalInfluence',
  title: 'total influence I(f)',
  group: 'fourier',
  input: 'function',
  summary: 'I(f) = sum over S of |S| fhat(S)^2, the sum of the influences (average sensitivity for Boolean f).',
  type: RATIONAL,
  compute: (f) => totalOf(f.spectrum()),
  json: (r) => r.toString(),
  text: (r) => r.toString(),
  value: toQ,
});
