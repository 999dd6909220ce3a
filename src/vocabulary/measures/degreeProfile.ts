/** The degree profile (W^0(f), ..., W^n(f)), W^k = sum_{|S| = k} fhat(S)^2 (docs/math.md#degreeprofile). */
import { degreeProfile as profileOf } from '../../core/measures/index.js';
import { toQ } from '../exact.js';
import { defineMeasure, indexed } from '../measure.js';

export const degreeProfile = defineMeasure({
  id: 'degreeProfile',
  title: 'degree profile W^0..W^n',
  group: 'fourier',
  input: 'function',
  summary: 'The Fourier weight W^k(f) = sum over |S| = k of fhat(S)^2 at every level k = 0..n.',
  type: indexed('level', 'rational'),
  compute: (f) => profileOf(f.spectrum()),
  json: (w) => w.map(String),
  text: (w) => w.map(String).join(', '),
  value: (w) => ({ over: 'level', entries: w.map(toQ) }),
});
