/** deg_2(f) = max |T| with a_T = 1, a_T by the subset XOR sum. */
import { anfDirect } from './anfDirect.js';
import { bitCount } from './sums.js';
import { defineTwin } from './twin.js';

export const gf2Degree = defineTwin({
  input: 'boolean',
  compute(f): number | null {
    let d: number | null = null;
    anfDirect(f).forEach((a, t) => {
      if (a && (d === null || bitCount(t) > d)) d = bitCount(t);
    });
    return d;
  },
  value: (d) => d,
});
