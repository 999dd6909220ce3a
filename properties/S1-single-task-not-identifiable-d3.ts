/**
 * docs/math.md S1 at d = 3: the same claim as S1-single-task-not-identifiable.ts (d = 2 by default),
 * kept as its own file so that `check --all` records a certificate for each scope. Why: V -> V o B,
 * B a transposition of two points where h takes the same value, keeps every head (h o B = h), and
 * a transposition is not a signed permutation for d >= 3; so if a signed permutation V is a
 * minimiser, V o B is one that is not.
 */
import { defineProperty, domains } from '../src/claim/index.js';

export default defineProperty({
  id: 'S1-single-task-not-identifiable-d3',
  statement:
    'A single task never identifies the latents: for d = n = 3 and every Boolean task h on C_3, the head-degree bias ' +
    '(minimise deg(g) over bijections V = Phi o psi with g = h o V^-1, full support) has a minimiser V that is not a signed ' +
    'permutation. (The objective depends on V only, so psi plays no role. docs/math.md states it for non-constant h; for a ' +
    'constant h every bijection is a minimiser, so it holds there too.)',
  status: 'theorem',
  variables: { h: domains.booleanFunctions() },
  predicate: ({ h }, k) => k.recoverySummary({ tasks: [h], bias: 'head-degree', group: 'signed-permutation' }).outside,
  defaultScope: { n: 3 },
  minN: 3,
  maxN: 3,
  tags: ['S1', 'world-model', 'recovery', 'head-degree'],
});
