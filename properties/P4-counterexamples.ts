/**
 * The paper's Theorem 4 ("more weight than uniform on low-degree tasks makes the optimal Phi a signed
 * permutation of the latents") under three readings where it is false, each with its smallest
 * counterexample, at d = m = 2 (at d = 1 every bijection is a signed permutation). All costs are
 * exact: scaled by the distribution's denominator they are integers. V = Phi o psi ranges over all
 * 24 bijections of C_2; Phi = V o psi^-1 is costed on the observations x.
 *
 * (a) Phi's cost counted and psi not a signed permutation: psi(z) = (z1 z2, z2), one task from the
 *     degree-monotone weights 2, 2, 1 for degree 0, 1, 2 (total 22, so tasks of degree <= 1 carry
 *     12/22 > 6/16): under hier-max and hier-sum every optimal V is psi o (signed permutation),
 *     i.e. Phi is a signed permutation of the observations, not of the latents. The heads gain
 *     2 (w_1 - w_2) / 22 = 1/11 per task at a signed permutation but Phi costs 1 more, so with k
 *     i.i.d. tasks none is optimal for k <= 10, they tie at k = 11 and win alone from k = 12 on.
 * (b) "more mass than uniform on the tasks of degree <= 1", nothing else: psi the identity, the task
 *     is x1 with probability 2/5 and x1 x2 with 3/5 (mass 2/5 > 6/16 on degree <= 1): under
 *     head-degree the optimal V are the 8 GF(2)-linear maps that make both heads dictators, such as
 *     V = (z1, z1 z2) (expected head degree 1 against 8/5 at a signed permutation).
 * (c) GF(2) degree (head-gf2, and deg2 for Phi): V = (z1 z2, z2) keeps deg2 of every task and has
 *     GF(2)-linear coordinates, so under every task distribution it ties with the signed
 *     permutations: the optimum is never only signed permutations (S2's point: architecture).
 * Self-contained on purpose.
 */
import { defineProperty } from '../src/claim/index.js';
import type { CubeMap, Fn, Kernel } from '../src/claim/index.js';

const D = 2;
const SIZE = 4;

function permutations(items: readonly number[]): number[][] {
  if (items.length === 0) return [[]];
  return items.flatMap((first) => permutations(items.filter((y) => y !== first)).map((rest) => [first, ...rest]));
}

const fnOf = (code: number): Fn => ({ n: D, values: Int32Array.from({ length: SIZE }, (_, x) => ((code >>> x) & 1 ? -1 : 1)) });
const mapOf = (image: readonly number[]): CubeMap => ({ n: D, m: D, image: Uint32Array.from(image) });

/** Every bijection V with its inverse, signed-ness and Phi = V o psi^-1's coordinate degrees. */
function bijections(k: Kernel, psi: CubeMap, measure: 'deg' | 'deg2') {
  const psiInverse = k.inverse(psi);
  const degreeOf = (f: Fn): number => (measure === 'deg' ? k.degree(f) : k.gf2Degree(f)) ?? 0;
  return permutations([0, 1, 2, 3]).map((image) => {
    const v = mapOf(image);
    const phi = k.composeMaps(v, psiInverse);
    const coordinates = [1, 2].map((j) => degreeOf(k.coordinate(phi, j)));
    return { v, inverse: k.inverse(v), signed: k.isSignedPermutation(v), max: Math.max(...coordinates), sum: coordinates[0]! + coordinates[1]!, degreeOf };
  });
}

/** The optimal V's (least value), as indices into the list. */
function optimal(values: readonly number[]): number[] {
  const least = Math.min(...values);
  return values.flatMap((x, i) => (x === least ? [i] : []));
}

export default defineProperty({
  id: 'P4-counterexamples',
  statement:
    "The paper's Theorem 4 is false at d = m = 2 under three readings. (a) With Phi's cost counted and psi(z) = (z1 z2, z2): one task " +
    'drawn with weights 2, 2, 1 (per task of degree 0, 1, 2; total 22): under hier-max and under hier-sum no optimal V = Phi o psi is a ' +
    'signed permutation (the optimal Phi are the signed permutations of the observations); with k i.i.d. tasks none is optimal ' +
    'for k <= 10, they tie at k = 11 and are the only optimum from k = 12 on. (b) With only "more mass than uniform on degree <= 1": psi the identity, ' +
    'the task x1 with probability 2/5 and x1 x2 with 3/5: the head-degree optimum, expected degree 1, is reached by 8 bijections such as ' +
    'V = (z1, z1 z2), none a signed permutation (a signed permutation gives 8/5). (c) Under GF(2) degrees: V = (z1 z2, z2) is not a signed permutation, keeps ' +
    'deg2 of every task and has coordinates of GF(2) degree 1, so it is optimal whenever a signed permutation is, for every distribution.',
  status: 'theorem',
  variables: {},
  predicate: (_, k) => {
    // (a) psi(z) = (z1 z2, z2): point z = b1 + 2 b2 goes to (b1 xor b2) + 2 b2.
    const psi = mapOf([0, 1, 3, 2]);
    const weight = (code: number): number => [2, 2, 1][k.degree(fnOf(code)) ?? 0]!;
    const total = Array.from({ length: 16 }, (_, c) => weight(c)).reduce((a, b) => a + b, 0);
    const all = bijections(k, psi, 'deg');
    const heads = all.map((b) => Array.from({ length: 16 }, (_, c) => weight(c) * (k.degree(k.compose(fnOf(c), b.inverse)) ?? 0)).reduce((a, b2) => a + b2, 0));
    const cost = (tasks: number, rep: 'max' | 'sum'): number[] => all.map((b, i) => total * b[rep] + tasks * heads[i]!);
    const onlySigned = (values: readonly number[]): boolean => optimal(values).every((i) => all[i]!.signed);
    const noneSigned = (values: readonly number[]): boolean => optimal(values).every((i) => !all[i]!.signed);
    let a = total === 22;
    for (const rep of ['max', 'sum'] as const) {
      a &&= noneSigned(cost(1, rep));
      for (let tasks = 1; tasks <= 10; tasks++) a &&= noneSigned(cost(tasks, rep));
      // At k = 11 a tie; from k = 12 on only signed permutations, since no other V has cheaper heads
      // (so its cost minus theirs, linear in k, only grows).
      a &&= !onlySigned(cost(11, rep)) && !noneSigned(cost(11, rep)) && onlySigned(cost(12, rep));
    }
    {
      const signedHeads = Math.min(...heads.filter((_, i) => all[i]!.signed));
      a &&= heads.every((x) => x >= signedHeads);
    }
    // (b) psi the identity; weights 2 on x1, 3 on x1 x2 (out of 5).
    const id = bijections(k, mapOf([0, 1, 2, 3]), 'deg');
    const x1 = k.chi(D, 1);
    const x1x2 = k.chi(D, 3);
    const scaled = id.map((b) => 2 * k.degree(k.compose(x1, b.inverse))! + 3 * k.degree(k.compose(x1x2, b.inverse))!);
    const best = optimal(scaled);
    const b = best.length === 8 && best.every((i) => !id[i]!.signed && scaled[i] === 5) && id.every((v, i) => !v.signed || scaled[i] === 8);
    // (c) V = (z1 z2, z2) under GF(2) degrees.
    const gf2 = bijections(k, mapOf([0, 1, 2, 3]), 'deg2');
    const w = gf2.find((g) => g.v.image.join() === '0,1,3,2')!;
    const c =
      !w.signed &&
      w.max === 1 &&
      w.sum === 2 &&
      Array.from({ length: 16 }, (_, code) => fnOf(code)).every((h) => w.degreeOf(k.compose(h, w.inverse)) === w.degreeOf(h));
    return a && b && c;
  },
  defaultScope: { n: 2 },
  minN: 2,
  maxN: 2,
  tags: ['paper', 'theorem-4', 'counterexample', 'world-model', 'distribution', 'closed'],
});
