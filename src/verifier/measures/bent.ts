/** |fhat(S)| = 2^{-n/2} for all S, i.e. c_S^2 = 2^n for every S (c_S by direct sums). */
import { walshDirect } from './sums.js';
import { defineTwin } from './twin.js';

export const bent = defineTwin({
  input: 'function',
  compute: (f) => f.n % 2 === 0 && walshDirect(f).every((c) => c * c === BigInt(f.values.length)),
  value: (b) => b,
});
