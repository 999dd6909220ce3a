/** I(f) = sum_i Inf_i(f), each by point sums. */
import { add, text, ZERO } from '../rational.js';
import { influenceDirect } from './influence.js';
import { parseQ, defineTwin } from './twin.js';

export const totalInfluence = defineTwin({
  input: 'function',
  compute(f) {
    let t = ZERO;
    for (let i = 1; i <= f.n; i++) t = add(t, influenceDirect(f, i));
    return text(t);
  },
  value: parseQ,
});
