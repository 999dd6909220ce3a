/** docs/math.md T1 (Parseval). */
import { defineProperty, domains } from '../src/claim/index.js';

export default defineProperty({
  id: 'T1-parseval',
  statement:
    'Parseval: every Boolean f: C_n -> {-1,+1} has sum over S of fhat(S)^2 = 1. ' +
    'Equivalently its Walsh sums c_S = sum_x f(x) chi_S(x) = 2^n fhat(S) satisfy sum_S c_S^2 = 4^n.',
  status: 'theorem',
  variables: { f: domains.booleanFunctions() },
  predicate: ({ f }, k) => {
    let sum = 0n;
    for (const c of k.walsh(f)) sum += c * c;
    return sum === 4n ** BigInt(f.n);
  },
  defaultScope: { n: 4 },
  tags: ['T1', 'fourier', 'parseval'],
});
