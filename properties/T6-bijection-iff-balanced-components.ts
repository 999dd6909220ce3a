/** docs/math.md T6. */
import { defineProperty, domains } from '../src/claim/index.js';

export default defineProperty({
  id: 'T6-bijection-iff-balanced-components',
  statement:
    'A map T: C_n -> C_n is a bijection if and only if every component chi_S o T with S non-empty is balanced ' +
    '(sum_x chi_S(T(x)) = 0).',
  status: 'theorem',
  variables: { T: domains.maps() },
  predicate: ({ T }, k) => {
    let allBalanced = true;
    for (let s = 1; s < 2 ** T.m && allBalanced; s++) allBalanced = k.walsh(k.component(T, s))[0] === 0n;
    return k.isBijection(T) === allBalanced;
  },
  defaultScope: { n: 2 },
  maxN: 20,
  tags: ['T6', 'maps', 'bijections', 'balanced'],
});
