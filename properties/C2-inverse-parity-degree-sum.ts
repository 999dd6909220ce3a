/** MATH.md C2 (a conjecture to search for counterexamples). */
import { defineProperty, domains } from '../src/claim/index.js';

export default defineProperty({
  id: 'C2-inverse-parity-degree-sum',
  statement:
    'For every bijection T of C_n the parity degree sum is invariant under inversion: P(T^-1) = P(T), ' +
    'where P(T) = sum over S subset [n] of deg(chi_S o T).',
  status: 'conjecture',
  variables: { T: domains.bijections() },
  predicate: ({ T }, k) => k.parityDegreeSum(k.inverse(T)) === k.parityDegreeSum(T),
  defaultScope: { n: 3 },
  maxN: 12,
  tags: ['C2', 'maps', 'bijections', 'inverse', 'parity-degree-sum'],
});
