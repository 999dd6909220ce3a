/**
 * Junta size (docs/math.md, "### juntaSize"): the least k such that f is a k-junta, i.e. the
 * number of relevant variables (f(x) != f(x with x_i flipped) for some x).
 */
import { relevantVariables } from '../../core/measures/index.js';
import { INTEGER, defineMeasure } from '../measure.js';

export const juntaSize = defineMeasure({
  id: 'juntaSize',
  title: 'junta size',
  group: 'structure',
  input: 'function',
  summary: 'Number of relevant variables: the least k such that f is a k-junta.',
  type: INTEGER,
  compute: (f) => relevantVariables(f.spectrum()),
  json: (vars) => ({ size: vars.length, variables: vars }),
  text: (vars) => `${vars.length}${vars.length ? ` (${vars.map((i) => `x${i}`).join(', ')})` : ''}`,
  value: (vars) => vars.length,
});
