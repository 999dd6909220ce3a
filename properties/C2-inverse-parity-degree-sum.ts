/**
 * docs/math.md C2, a conjecture; cubecheck refutes it at n = 3 (first counterexample in canonical order:
 * T = perm:0,1,2,4,5,3,7,6), so its status is 'refuted'. It holds at n <= 2, where every bijection is affine.
 */
import { defineProperty, domains } from '../src/claim/index.js';

export default defineProperty({
  id: 'C2-inverse-parity-degree-sum',
  statement:
    'For every bijection T of C_n the parity degree sum is invariant under inversion: P(T^-1) = P(T), ' +
    'where P(T) = sum over S subset [n] of deg(chi_S o T).',
  status: 'refuted',
  variables: { T: domains.bijections() },
  predicate: ({ T }, k) => k.parityDegreeSum(k.inverse(T)) === k.parityDegreeSum(T),
  defaultScope: { n: 3 },
  maxN: 12,
  tags: ['C2', 'maps', 'bijections', 'inverse', 'parity-degree-sum'],
});
