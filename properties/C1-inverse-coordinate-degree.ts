/**
 * docs/math.md C1, a conjecture; cubecheck refutes it at n = 3 (first counterexample in canonical order:
 * T = perm:0,1,2,4,5,3,7,6), so its status is 'refuted'. It holds at n <= 2, where every bijection is affine.
 */
import { defineProperty, domains } from '../src/claim/index.js';

export default defineProperty({
  id: 'C1-inverse-coordinate-degree',
  statement:
    'For every bijection T of C_n, every coordinate of the inverse has Fourier degree at most the largest ' +
    'coordinate degree of T: max_j deg((T^-1)_j) <= max_j deg(T_j).',
  status: 'refuted',
  variables: { T: domains.bijections() },
  predicate: ({ T }, k) => {
    const inverse = k.inverse(T);
    let maxT = 0;
    let maxInverse = 0;
    for (let j = 1; j <= T.n; j++) {
      maxT = Math.max(maxT, k.degree(k.coordinate(T, j))!);
      maxInverse = Math.max(maxInverse, k.degree(k.coordinate(inverse, j))!);
    }
    return maxInverse <= maxT;
  },
  defaultScope: { n: 3 },
  maxN: 20,
  tags: ['C1', 'maps', 'bijections', 'inverse', 'degree'],
});
