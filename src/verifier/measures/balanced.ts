/** sum_x f(x) = 0. */
import { defineTwin } from './twin.js';

export const balanced = defineTwin({
  input: 'function',
  compute: (f) => f.values.reduce((s, v) => s + v, 0) === 0,
  value: (b) => b,
});
