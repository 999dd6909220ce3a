/**
 * docs/math.md S1. Why (d >= 3): V -> V o B, B a transposition of two points where h takes the same
 * value, keeps every head (h o B = h), and a transposition is not a signed permutation for d >= 3;
 * so if a signed permutation V is a minimiser, V o B is one that is not. At d = 2 the certificate
 * is the proof (the transposition of points 1 and 2 is the swap of x1 and x2).
 */
import { defineProperty, domains } from '../src/claim/index.js';

export default defineProperty({
  id: 'S1-single-task-not-identifiable',
  statement:
    'A single task never identifies the latents: for d = n >= 2 and every Boolean task h on C_d, the head-degree bias ' +
    '(minimise deg(g) over bijections V = Phi o psi with g = h o V^-1, full support) has a minimiser V that is not a signed ' +
    'permutation. (The objective depends on V only, so psi plays no role. docs/math.md states it for non-constant h; for a ' +
    'constant h every bijection is a minimiser, so it holds there too.)',
  status: 'theorem',
  variables: { h: domains.booleanFunctions() },
  predicate: ({ h }, k) => k.recoverySummary({ tasks: [h], bias: 'head-degree', group: 'signed-permutation' }).outside,
  defaultScope: { n: 2 },
  minN: 2,
  maxN: 3,
  tags: ['S1', 'world-model', 'recovery', 'head-degree'],
});
