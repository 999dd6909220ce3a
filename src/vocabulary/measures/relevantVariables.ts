/** The variables f depends on: x_i with Inf_i(f) > 0 (docs/math.md#relevantvariables). */
import { relevantVariables as relevantOf } from '../../core/measures/index.js';
import { defineMeasure, indexed } from '../measure.js';

export const relevantVariables = defineMeasure({
  id: 'relevantVariables',
  title: 'relevant variables',
  group: 'structure',
  input: 'function',
  summary: 'The 1-based indices i with Inf_i(f) > 0, i.e. f(x) != f(x with x_i flipped) for some x.',
  type: indexed('variable', 'boolean'),
  compute: (f) => ({ n: f.n, vars: relevantOf(f.spectrum()) }),
  json: (r) => r.vars,
  text: (r) => (r.vars.length ? r.vars.map((i) => `x${i}`).join(', ') : '(none)'),
  value: (r) => ({ over: 'variable', entries: Array.from({ length: r.n }, (_, i) => r.vars.includes(i + 1)) }),
});
