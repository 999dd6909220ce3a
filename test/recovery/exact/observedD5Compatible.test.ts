/**
 * The compatible codes of observed degree <= c (observedD5Compatible.ts: meet in the middle over
 * the annihilator, split inside each class) against the slow obvious path: every code on the
 * latents, kept when it takes targets[i] points of each class and its cost (observedD5Duals.ts,
 * itself checked against the real-fit oracle in observedD5.test.ts) is <= c; at d = 3, 4 for random
 * psi, classes and levels; at d = 5, m = 6 against the level-2 list of balanced codes
 * (observedD5Enumerate.ts) filtered by the classes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BoolMap } from '../../../src/maps/boolMap.js';
import { popcount32 } from '../../../src/recovery/exact/candidates.js';
import { observedDuals } from '../../../src/recovery/exact/observedD5Duals.js';
import { balancedCodesUpTo } from '../../../src/recovery/exact/observedD5Enumerate.js';
import { compatibleCodesUpTo } from '../../../src/recovery/exact/observedD5Compatible.js';
import { fromSignBits } from '../../../src/core/cubeFunction.js';
import { coordinateCandidates } from '../../../src/recovery/exact/observedCoordinates.js';
import { OBSERVED_D5_TOP } from '../../../src/recovery/exact/observedD5Coordinates.js';
import { recoverByTuples } from '../../../src/recovery/exact/exactRecovery.js';
import type { RecoveryProblem } from '../../../src/recovery/types.js';
import { SEED } from '../helpers.js';
import { arbPsi } from './repHelpers.js';

/** The joint classes cut by the codes g (each class split into its points in g and not in g). */
function classesOf(d: number, cuts: readonly number[]): number[] {
  let classes = [(2 ** (1 << d) - 1) >>> 0];
  for (const g of cuts) classes = classes.flatMap((k) => [(k & g) >>> 0, (k & ~g) >>> 0].filter((x) => x !== 0));
  return classes;
}
const sorted = (a: ArrayLike<number>): number[] => Array.from(a).sort((x, y) => x - y);

describe('compatible codes of observed degree <= c = the brute force', () => {
  for (const [d, m, runs] of [[3, 4, 40], [3, 5, 20], [4, 5, 6], [4, 6, 3]] as const) {
    it(`d = ${d}, m = ${m}: random classes, targets and levels`, () => {
      const size = 1 << d;
      const arbCode = fc.integer({ min: 0, max: 2 ** size - 1 });
      fc.assert(
        fc.property(arbPsi(d, m), fc.array(arbCode, { maxLength: 3 }), arbCode, fc.integer({ min: 0, max: m }), (psi: BoolMap, cuts, target, c) => {
          const duals = observedDuals(psi);
          const classes = classesOf(d, cuts);
          const targets = classes.map((k) => popcount32((k & target) >>> 0));
          const want: number[] = [];
          for (let g = 0; g < 2 ** size; g++) {
            if (classes.every((k, i) => popcount32((k & g) >>> 0) === targets[i]) && duals.costOf(g) <= c) want.push(g);
          }
          const got = compatibleCodesUpTo(duals, classes, targets, c, Infinity)!;
          expect(sorted(got)).toEqual(want); // sorted and without repeats
          if (duals.costOf(target) <= c) expect(got).toContain(target); // the code the targets came from
          // Past the cap: null, never a partial list.
          if (want.length > 1) expect(compatibleCodesUpTo(duals, classes, targets, c, 0)).toBeNull();
        }),
        { seed: SEED, numRuns: runs, verbose: true },
      );
    });
  }

  it('d = 5, m = 6 (x6 = x1 x2): level 2 = the balanced level-2 list filtered by the classes', () => {
    const psi: BoolMap = { n: 5, m: 6, image: Uint32Array.from({ length: 32 }, (_, z) => z | (((z ^ (z >>> 1)) & 1) << 5)) };
    const duals = observedDuals(psi);
    const list = balancedCodesUpTo(duals, 2, Infinity).codes!;
    expect(list.length).toBe(2508); // docs/math.md: 2,508 balanced codes of cost <= 2
    const chi = (S: number): number => {
      let g = 0;
      for (let z = 0; z < 32; z++) if (popcount32((z & S) >>> 0) & 1) g |= 1 << z;
      return g >>> 0;
    };
    for (const cuts of [[chi(1)], [chi(3)], [chi(7), chi(24)], [chi(1), chi(2), chi(4)]]) {
      const classes = classesOf(5, cuts);
      const targets = classes.map((k) => popcount32(k) / 2);
      const want = sorted(list.filter((g) => classes.every((k, i) => popcount32((k & g) >>> 0) === targets[i])));
      expect(want.length).toBeGreaterThan(0);
      expect(sorted(compatibleCodesUpTo(duals, classes, targets, 2, Infinity)!), cuts.join(',')).toEqual(want);
    }
  });
});

describe('head+rep past the list: a level-1 list plus the generation = the level-2 list', () => {
  // x6 = x1 x2, tasks z1 z2; z3; z4 z5: H = 3 and the minimum 9. With the list cut to L = 1 the total
  // 9 = H + d + L is past it, so the coordinate nodes with allowance 2 generate their compatible codes
  // (observedD5Compatible.ts); the answer must be the one the level-2 list gives (where 9 < H + d + 2).
  it('same minimum, count and verdict', () => {
    const psi: BoolMap = { n: 5, m: 6, image: Uint32Array.from({ length: 32 }, (_, z) => z | (((z ^ (z >>> 1)) & 1) << 5)) };
    const parity = (S: number) => fromSignBits(5, (z) => (popcount32((z & S) >>> 0) & 1) === 1);
    const p: RecoveryProblem = { d: 5, psi, tasks: [3, 4, 24].map(parity), bias: 'head+rep', group: 'signed-permutation', support: null };
    const two = recoverByTuples(p)!;
    expect([two.minimum, two.minimizers, two.recovers]).toEqual([9, 23040n, false]);
    OBSERVED_D5_TOP.level = 1;
    try {
      expect(coordinateCandidates(psi)!.completeUpTo).toBe(1);
      const one = recoverByTuples(p);
      expect(one).not.toBeNull();
      expect([one!.minimum, one!.minimizers, one!.recovers, one!.infeasible]).toEqual([two.minimum, two.minimizers, two.recovers, two.infeasible]);
    } finally {
      OBSERVED_D5_TOP.level = 3;
    }
  });
});
