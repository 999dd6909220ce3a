/** docs/math.md T5. */
import { defineProperty, domains } from '../src/claim/index.js';

export default defineProperty({
  id: 'T5-balanced-gf2-degree',
  statement: 'For n >= 2 every balanced Boolean f on C_n (fhat({}) = 0, i.e. 2^(n-1) points at -1) has GF(2) degree deg2(f) <= n - 1.',
  status: 'theorem',
  variables: { f: domains.booleanFunctions() },
  predicate: ({ f }, k) => {
    if (k.walsh(f)[0] !== 0n) return true;
    const d2 = k.gf2Degree(f);
    return d2 !== null && d2 <= f.n - 1;
  },
  defaultScope: { n: 4 },
  minN: 2,
  tags: ['T5', 'gf2', 'balanced'],
});
