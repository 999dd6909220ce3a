/**
 * The exact representation biases at d = 4 (src/recovery/exact/generalRep.ts): with full support
 * and Boolean tasks (m = d) the general route must agree with the tuple search's head+rep
 * (headRep.ts) on the minimum, the count and the verdict; with partial support and rational
 * tasks the returned minimiser and witness must score the minimum by the plain scorer, the
 * witness lie outside the group, and a seeded local search never go below the minimum.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromRationals } from '../../../src/core/cubeFunction.js';
import { Rational } from '../../../src/core/rational.js';
import { identityMap } from '../../../src/maps/boolMap.js';
import { exactApplies, recoverByTuples } from '../../../src/recovery/exact/exactRecovery.js';
import { generalRepSteps } from '../../../src/recovery/exact/generalRep.js';
import { drainSteps } from '../../../src/recovery/exact/steps.js';
import { inGroup } from '../../../src/recovery/groups.js';
import { localSearch } from '../../../src/recovery/localSearch.js';
import { makeScorer } from '../../../src/recovery/scorer.js';
import type { Bias, RecoveryProblem } from '../../../src/recovery/types.js';
import { parity } from '../helpers.js';
import { arbLowTask } from './repHelpers.js';

describe('generalRep at d = 4', () => {
  it('full support, Boolean tasks, m = d: the same minimum, count and verdict as the tuple search (head+rep, hier-sum)', () => {
    // Fixed-seed samples of low-degree tasks (random tasks take the tuple search tens of seconds).
    const samples = fc.sample(fc.tuple(fc.array(arbLowTask, { minLength: 2, maxLength: 3 }), fc.constantFrom<Bias>('head+rep', 'hier-sum')), { seed: 2, numRuns: 3 });
    for (const [tasks, bias] of samples) {
      const p: RecoveryProblem = { d: 4, psi: identityMap(4), tasks, bias, group: 'signed-permutation', support: null };
      expect(exactApplies(p)).toBe(true);
      const tuple = recoverByTuples({ ...p, bias: 'head+rep' })!;
      const general = drainSteps(generalRepSteps(p))!;
      expect(general.minimum).toBe(tuple.minimum);
      expect(general.minimizers).toBe(tuple.minimizers);
      expect(general.recovers).toBe(tuple.recovers);
    }
  });

  const rational = (f: (z: number) => number, den = 1): ReturnType<typeof fromRationals> => fromRationals(4, Array.from({ length: 16 }, (_, z) => Rational.of(f(z), den)));
  const instances: readonly { readonly name: string; readonly p: RecoveryProblem }[] = [
    { name: 'partial support, dictators and a parity', p: { d: 4, psi: identityMap(4), tasks: [parity(4, 1), parity(4, 2), parity(4, 12)], bias: 'head+rep', group: 'signed-permutation', support: [0, 3, 5, 6, 9, 12] } },
    { name: 'rational, full support: 1 + delta_0 - delta_15 and x1 x2 / 2', p: { d: 4, psi: identityMap(4), tasks: [rational((z) => 1 + (z === 0 ? 1 : 0) - (z === 15 ? 1 : 0)), rational((z) => ((z & 3) === 3 ? 1 : 0), 2)], bias: 'hier-sum', group: 'signed-permutation', support: null } },
    { name: 'rational, partial support, hier-max', p: { d: 4, psi: identityMap(4), tasks: [rational((z) => (z & 1) + ((z >> 1) & 1)), parity(4, 4)], bias: 'hier-max', group: 'gf2-affine', support: [1, 2, 4, 7, 8, 11] } },
    { name: 'm > d: psi into C_5, partial support', p: { d: 4, psi: { n: 4, m: 5, image: Uint32Array.from({ length: 16 }, (_, z) => (z ^ (z << 1)) & 31) }, tasks: [parity(4, 3), rational((z) => ((z & 12) === 12 ? 3 : 0), 2)], bias: 'head+rep', group: 'signed-permutation', support: [0, 1, 2, 4, 8, 15] } },
  ];
  for (const { name, p } of instances) {
    it(`${name}: minimiser and witness score the minimum, local search never below`, () => {
      expect(exactApplies(p)).toBe(false);
      const out = recoverByTuples(p)!;
      expect(out).not.toBeNull();
      expect(out.general).toBe(true);
      const scorer = makeScorer(p);
      const min = out.minimum as number;
      expect(scorer.evaluate(out.best)).toBe(min);
      expect(out.minimizers > 0n).toBe(true);
      if (out.witness !== null) {
        expect(scorer.evaluate(out.witness)).toBe(min);
        expect(inGroup(4, out.witness, p.group)).toBe(false);
      }
      expect(out.recovers).toBe(out.witness === null);
      // Every total below the minimum was proven infeasible (those below the first listed: by the floors).
      expect(out.infeasible.every((t, i) => t < min && (i === 0 || t === out.infeasible[i - 1]! + 1))).toBe(true);
      const ls = localSearch(4, scorer, p.group, { seed: 3, maxEvaluations: 3000, isOptimal: () => false });
      return ls.then((r) => expect(scorer.compare(r.best, min)).toBeGreaterThanOrEqual(0));
    });
  }
});
