/** deg(f) = max |S| over c_S != 0, c_S = sum_x f(x) chi_S(x) by direct sums. */
import { defineTwin } from './twin.js';
import { bitCount, walshDirect } from './sums.js';

export const degree = defineTwin({
  input: 'function',
  compute(f): number | null {
    let d: number | null = null;
    walshDirect(f).forEach((c, s) => {
      if (c !== 0n && (d === null || bitCount(s) > d)) d = bitCount(s);
    });
    return d;
  },
  value: (d) => d,
});
