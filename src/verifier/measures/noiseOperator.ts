/**
 * The verifier's noise operator: the coefficient of rho^k in T_rho f(x) is
 * 2^-n sum over |S| = k of c_S chi_S(x), each c_S a direct sum.
 */
import { rat, text } from '../rational.js';
import { chiAt } from '../walsh.js';
import { bitCount, walshDirect } from './sums.js';
import { defineTwin } from './twin.js';

export const noiseOperator = defineTwin({
  input: 'function',
  compute(f) {
    const c = walshDirect(f);
    const coefficients = Array.from(f.values, (_, x) => {
      const sums: bigint[] = new Array(f.n + 1).fill(0n); // 2^n times the coefficient of rho^k
      c.forEach((cs, set) => {
        sums[bitCount(set)] += cs * BigInt(chiAt(set, x));
      });
      return sums.map((num) => text(rat(num, 2n ** BigInt(f.n))));
    });
    return { coefficients };
  },
  value: () => null,
});
