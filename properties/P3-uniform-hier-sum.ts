/**
 * The paper's Theorem 3 with the representation's own cost counted, deg(Phi) = sum_j deg(Phi_j)
 * (docs/math.md "The paper's own setting"): refuted. Under uniformly random Boolean tasks the
 * expected hierarchical cost of Phi = T o psi^-1 (psi the identity, so Phi = T; one task; Phi is
 * counted once however many tasks) is deg(T) + E[deg(h o T^-1)] = deg(T) + E[deg(h)], which depends
 * on T through deg(T). The smallest counterexample is at d = 2 (at d = 1 every bijection is a signed
 * permutation, of degree 1): the first bijection in canonical order that is not a signed
 * permutation. Expectations are exact: 2^(2^n) times them are integers.
 */
import { defineProperty, domains } from '../src/claim/index.js';
import type { CubeMap, Kernel } from '../src/claim/index.js';

/** 2^(2^n) E[sum_j deg(T_j) + deg(h o T^-1)] for a uniformly random Boolean h on C_n. */
function scaledExpectation(k: Kernel, t: CubeMap): number {
  const n = t.n;
  const size = 2 ** n;
  const coordinates = Array.from({ length: n }, (_, j) => k.degree(k.coordinate(t, j + 1))!);
  const rep = coordinates.reduce((a, b) => a + b, 0);
  const inverse = k.inverse(t);
  let heads = 0;
  for (let code = 0; code < 2 ** size; code++) {
    const h = { n, values: Int32Array.from({ length: size }, (_, x) => ((code >>> x) & 1 ? -1 : 1)) };
    heads += k.degree(k.compose(h, inverse)) ?? 0;
  }
  return rep * 2 ** size + heads;
}

export default defineProperty({
  id: 'P3-uniform-hier-sum',
  statement:
    "The paper's Theorem 3 with Phi's cost, deg(Phi) = sum_j deg(Phi_j): for every bijection T of C_n (psi the identity, one uniformly " +
    'random Boolean task h), Phi = T has the same expected hierarchical cost deg(Phi) + E[deg(h o T^-1)] as Phi = the identity.',
  status: 'refuted',
  variables: { T: domains.bijections() },
  predicate: ({ T }, k) => scaledExpectation(k, T) === scaledExpectation(k, { n: T.n, m: T.n, image: Uint32Array.from({ length: 2 ** T.n }, (_, x) => x) }),
  defaultScope: { n: 2 },
  minN: 1,
  maxN: 3,
  tags: ['paper', 'theorem-3', 'world-model', 'expectation', 'hier-sum'],
});
