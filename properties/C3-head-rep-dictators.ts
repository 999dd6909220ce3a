/**
 * docs/math.md C3 (a conjecture; cubecheck refutes it at d = 2, so its status is 'refuted'). The first
 * counterexample is psi = (z1 z2, z2), perm:0,1,3,2: V = identity (Phi = psi^-1) costs heads 1 + 1
 * plus representation 2 + 1, and V = psi (Phi = identity) costs heads 2 + 1 plus representation
 * 1 + 1; both total 5, the minimum, and 8 of the 16 minimisers are not signed permutations.
 */
import { defineProperty, domains } from '../src/claim/index.js';

export default defineProperty({
  id: 'C3-head-rep-dictators',
  statement:
    'For every bijection psi of C_d (d = n; the data x = psi(z)) and the d dictator tasks h_j = z_j on full support, every ' +
    'minimiser V = Phi o psi of the head+rep bias (sum_j deg(g_j) + sum_j deg(Phi_j), Phi as a function of x) is a signed ' +
    'permutation: head+rep recovers the latents whatever psi is.',
  status: 'refuted',
  variables: { psi: domains.bijections() },
  predicate: ({ psi }, k) => {
    const tasks = Array.from({ length: psi.n }, (_, j) => k.chi(psi.n, 1 << j));
    return k.recoverySummary({ tasks, bias: 'head+rep', group: 'signed-permutation', psi }).recovers;
  },
  defaultScope: { n: 2 },
  minN: 1,
  maxN: 3,
  tags: ['C3', 'world-model', 'recovery', 'head+rep', 'conjecture'],
});
