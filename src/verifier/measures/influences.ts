/** Inf_1..Inf_n by point sums. */
import { text } from '../rational.js';
import { influenceDirect } from './influence.js';
import { parseQ, defineTwin } from './twin.js';

export const influences = defineTwin({
  input: 'function',
  compute: (f) => Array.from({ length: f.n }, (_, k) => text(influenceDirect(f, k + 1))),
  value: (v) => ({ over: 'variable', entries: v.map(parseQ) }),
});
