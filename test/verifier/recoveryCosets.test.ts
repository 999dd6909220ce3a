/**
 * The verifier's symmetry shortcut for recoverySummary (src/verifier/recoveryCosets.ts) against
 * its own plain enumeration of every bijection, and its checks: a cost that is not invariant, or
 * a group the generators do not lie in, turn the shortcut off instead of giving a wrong answer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Fn, RecoveryBias, RecoveryGroup } from '../../src/claim/index.js';
import { recoverySummary } from '../../src/verifier/recovery.js';
import { cosetsOf, costIsInvariant } from '../../src/verifier/recoveryCosets.js';
import { verifierKernel as K } from '../../src/verifier/index.js';

const SEED = 20261201;
const BIASES: readonly RecoveryBias[] = ['head-degree', 'head-gf2', 'head-max', 'head-profile'];
const GROUPS: readonly RecoveryGroup[] = ['signed-permutation', 'gf2-affine'];
const boolArb = (d: number): fc.Arbitrary<Fn> =>
  fc.array(fc.boolean(), { minLength: 2 ** d, maxLength: 2 ** d }).map((b) => ({ n: d, values: Int32Array.from(b, (x) => (x ? -1 : 1)) }));

describe('recoverySummary: the coset shortcut agrees with every bijection', () => {
  it('d = 1, 2: every bias and group, random Boolean tasks', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 }).chain((d) => fc.tuple(fc.array(boolArb(d), { minLength: 1, maxLength: 3 }), fc.constantFrom(...BIASES), fc.constantFrom(...GROUPS))), ([tasks, bias, group]) => {
        expect(recoverySummary({ tasks, bias, group }, K, true)).toEqual(recoverySummary({ tasks, bias, group }, K, false));
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('d = 3: a few random task sets and the single tasks of S1 (constant, dictator, majority, parity)', () => {
    const single = [0x00, 0xaa, 0xe8, 0x96, 0x80].map((code): Fn => ({ n: 3, values: Int32Array.from({ length: 8 }, (_, x) => ((code >>> x) & 1 ? -1 : 1)) }));
    for (const h of single) {
      const q = { tasks: [h], bias: 'head-degree' as const, group: 'signed-permutation' as const };
      expect(recoverySummary(q, K, true)).toEqual(recoverySummary(q, K, false));
    }
    fc.assert(
      fc.property(fc.array(boolArb(3), { minLength: 2, maxLength: 3 }), fc.constantFrom(...BIASES), fc.constantFrom(...GROUPS), (tasks, bias, group) => {
        expect(recoverySummary({ tasks, bias, group }, K, true)).toEqual(recoverySummary({ tasks, bias, group }, K, false));
      }),
      { seed: SEED, numRuns: 4 },
    );
  });
});

describe('recoveryCosets: the checks it runs', () => {
  it('finds (2^d)! / (2^d d!) representatives of the signed permutations: 3 at d = 2, 840 at d = 3', () => {
    expect(cosetsOf(2, 'signed-permutation', K)).toMatchObject({ order: 8 });
    expect(cosetsOf(2, 'signed-permutation', K)!.reps).toHaveLength(3);
    expect(cosetsOf(3, 'gf2-affine', K)!.reps).toHaveLength(840);
    expect(cosetsOf(3, 'signed-permutation', K)!.order).toBe(48);
  });

  it('refuses a group the generators do not lie in', () => {
    expect(cosetsOf(2, 'no-such-group', { ...K, isGf2Affine: () => false })).toBeNull();
  });

  it('accepts the degree, refuses a cost that is not invariant under the signed permutations', () => {
    const degree = (code: number): number => K.degree({ n: 3, values: Int32Array.from({ length: 8 }, (_, x) => ((code >>> x) & 1 ? -1 : 1)) })!;
    expect(costIsInvariant(3, degree, (a, b) => a === b)).toBe(true);
    // h(x) = -1 only at x = 0 vs only at x = 1: the same up to a flip of x1, so "is it the point 0" is not invariant.
    expect(costIsInvariant(3, (code) => code & 1, (a, b) => a === b)).toBe(false);
    // Invariant under permutations of the coordinates but not under the flip.
    expect(costIsInvariant(2, (code) => code & 1, (a, b) => a === b)).toBe(false);
  });
});
