/**
 * The latent-side symmetry of the representation-bias re-check (recoveryRepSearch.ts; docs/math.md,
 * "Counting minimisers by orbits in the verifier"): the group R of signed permutations B of the
 * latents C_d with
 *   (a) h_t o B = h_t for every task t (as codes, all 2^d points), and
 *   (b) coordinateCost(b o B) = coordinateCost(b) for every balanced code b (all of them),
 * both checked here element by element. R acts on the bijections by V -> V o B^-1: the heads
 * h_t o B o V^-1 = h_t o V^-1 stay, the coordinate data become b_j o B^-1 (the same costs by (b)),
 * so the cost is kept. The elements passing (a) and (b) are closed under composition, so they are
 * a group, listed explicitly (at most 2^d d! = 384 at d = 4); the search's stabilisers are filters
 * of that list.
 */
import { act } from './orbitGroup.js';

/** Every signed permutation of C_d as an image table (bit j of B(z) = bit p(j) of z xor s_j). */
export function signedPermutations(d: number): number[][] {
  const out: number[][] = [];
  const perms = (left: number[], acc: number[]): void => {
    if (left.length === 0) {
      for (let s = 0; s < 1 << d; s++) out.push(Array.from({ length: 1 << d }, (_, z) => acc.reduce((y, p, j) => y | (((z >>> p) & 1) << j), 0) ^ s));
      return;
    }
    left.forEach((p, i) => perms([...left.slice(0, i), ...left.slice(i + 1)], [...acc, p]));
  };
  perms([...Array(d).keys()], []);
  return out;
}

/** R as an explicit list (the identity first); [identity] alone when nothing else passes. */
export function latentSymmetry(d: number, tasks: readonly number[], coordinateCost: (b: number) => number, balanced: readonly number[]): number[][] {
  return signedPermutations(d).filter((B) => tasks.every((h) => act(h, B) === h) && balanced.every((b) => coordinateCost(act(b, B)) === coordinateCost(b)));
}
