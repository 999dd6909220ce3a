/**
 * The symmetry group H the d = 5 head-bias re-check (recoveryD5Search.ts) counts by, chosen here
 * from the bias and the group of the question, never from the certificate (docs/math.md,
 * "Counting minimisers by orbits in the verifier"): the signed permutations of C_5 (the 4 swaps of
 * adjacent bits and the flip of bit 0), and for head-gf2 with the GF(2)-affine group also the
 * transvection x1 <- x1 xor x2 (together they generate AGL(5, 2)). H acts by V -> A o V, heads
 * g -> g o A^-1. Two things are checked on every generator a, so on all of H:
 *
 * 1. a lies in the group of the question (recoveryD5Maps.ts inGroup, on all 32 points): then
 *    A o V is in that group iff V is, for every A in H.
 * 2. a keeps the cost of every code: for each basis function b_S (chi_S for the Fourier degree,
 *    the monomial prod_{i in S} x_i for the GF(2) degree) the cost of b_S o a is at most |S|.
 *    Composition with a is linear (over the reals, over GF(2)), so cost(f o a) <= cost(f) for
 *    every f; a has finite order q, so cost(f) = cost(f o a^q) <= cost(f o a) too.
 * If either check fails, no symmetry is used (an empty list).
 */
import type { D5Measure } from './recoveryD5Candidates.js';
import { characterCode, costOf5 } from './recoveryD5Candidates.js';
import type { D5Group } from './recoveryD5Search.js';
import { inGroup } from './recoveryD5Maps.js';
import { act, type Perm } from './orbitGroup.js';

const SIGNED: readonly Perm[] = [
  ...[0, 1, 2, 3].map((i) => Array.from({ length: 32 }, (_, x) => (((x >>> i) ^ (x >>> (i + 1))) & 1 ? x ^ (3 << i) : x))),
  Array.from({ length: 32 }, (_, x) => x ^ 1),
];
const TRANSVECTION: Perm = Array.from({ length: 32 }, (_, x) => x ^ ((x >>> 1) & 1));

function monomialCode(s: number): number {
  let c = 0;
  for (let x = 0; x < 32; x++) if ((x & s) === s) c |= 1 << x;
  return c >>> 0;
}

const ones = (s: number): number => [0, 1, 2, 3, 4].reduce((a, i) => a + ((s >>> i) & 1), 0);

/** Check 2 for one generator. */
export function keepsCost(measure: D5Measure, a: Perm): boolean {
  if (new Set(a).size !== 32 || a.some((y) => !Number.isInteger(y) || y < 0 || y > 31)) return false;
  for (let s = 0; s < 32; s++) {
    const b = measure === 'fourier' ? characterCode(s) : monomialCode(s);
    if (costOf5(measure, act(b, a)) > ones(s)) return false;
  }
  return true;
}

/** H's generators for this measure and group, each checked (see the header); [] when a check fails. */
export function d5Symmetry(measure: D5Measure, group: D5Group, extra: readonly Perm[] = []): Perm[] {
  const gens = [...SIGNED, ...(measure === 'gf2' && group === 'gf2-affine' ? [TRANSVECTION] : []), ...extra];
  return gens.every((a) => inGroup(group, a) && keepsCost(measure, a)) ? gens : [];
}
