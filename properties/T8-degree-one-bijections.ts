/** docs/math.md T8. */
import { defineProperty, domains } from '../src/claim/index.js';

export default defineProperty({
  id: 'T8-degree-one-bijections',
  statement: 'A bijection T of C_n whose coordinates T_1..T_n all have Fourier degree <= 1 is a signed permutation.',
  status: 'theorem',
  variables: { T: domains.bijections() },
  predicate: ({ T }, k) => {
    for (let j = 1; j <= T.n; j++) if (k.degree(k.coordinate(T, j))! > 1) return true;
    return k.isSignedPermutation(T);
  },
  defaultScope: { n: 3 },
  maxN: 20,
  tags: ['T8', 'maps', 'bijections', 'signed-permutations'],
});
