/** Inf_i(f) = sum_{S contains i} fhat(S)^2 for i = 1..n (docs/math.md#influences). */
import { influences as influencesOf } from '../../core/measures/index.js';
import { toQ } from '../exact.js';
import { defineMeasure, indexed } from '../measure.js';

export const influences = defineMeasure({
  id: 'influences',
  title: 'influences Inf_i(f)',
  group: 'fourier',
  input: 'function',
  summary: 'Inf_i(f) = sum over S containing i of fhat(S)^2, for each variable x_i (Pr[f(x) != f(x^i)] for Boolean f).',
  type: indexed('variable', 'rational'),
  compute: (f) => influencesOf(f.spectrum()),
  json: (v) => v.map(String),
  text: (v) => v.map((r, i) => `x${i + 1}: ${r.toString()}`).join(', ') || '(none)',
  value: (v) => ({ over: 'variable', entries: v.map(toQ) }),
});
