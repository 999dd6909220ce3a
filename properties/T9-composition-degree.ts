/** docs/math.md T9. */
import { defineProperty, domains } from '../src/claim/index.js';

export default defineProperty({
  id: 'T9-composition-degree',
  statement:
    'For every Boolean h on C_n and every map T: C_n -> C_n, deg(h o T) <= deg(h) * max_j deg(T_j) ' +
    '(Fourier degrees; T_j the coordinates of T).',
  status: 'theorem',
  variables: { h: domains.booleanFunctions(), T: domains.maps() },
  predicate: ({ h, T }, k) => {
    let maxCoordinate = 0;
    for (let j = 1; j <= T.m; j++) maxCoordinate = Math.max(maxCoordinate, k.degree(k.coordinate(T, j))!);
    return k.degree(k.compose(h, T))! <= k.degree(h)! * maxCoordinate;
  },
  defaultScope: { n: 2 },
  maxN: 20,
  tags: ['T9', 'maps', 'composition', 'degree'],
});
