/**
 * The exact representation biases with partial support and rational tasks
 * (src/recovery/exact/generalRep.ts) against the exhaustive enumeration at d = 2, 3: head+rep,
 * hier-sum and hier-max, random supports, Boolean and rational tasks, random psi with m = d and
 * m > d (psi injective into C_m): the minimum, the exact count of minimisers, the verdict, and
 * the minimiser and witness scored by the plain scorer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recoverExhaustive } from '../../../src/recovery/engine.js';
import { exactApplies, recoverByTuples } from '../../../src/recovery/exact/exactRecovery.js';
import { inGroup } from '../../../src/recovery/groups.js';
import { makeScorer } from '../../../src/recovery/scorer.js';
import { SEED } from '../helpers.js';
import { fromRationals } from '../../../src/core/cubeFunction.js';
import { Rational } from '../../../src/core/rational.js';
import { identityMap } from '../../../src/maps/boolMap.js';
import { GROUPS, type Group, type RecoveryProblem } from '../../../src/recovery/types.js';
import { REP_BIASES, arbRepProblem } from './repHelpers.js';

const text = (o: { kind: string; value?: number }): string => String(o.value);

describe('generalRep = exhaustive enumeration (d = 2, 3; partial support, rational tasks, m >= d)', () => {
  for (const d of [2, 3]) {
    for (const bias of REP_BIASES) {
      it(`d = ${d}, ${bias}`, () => {
        let general = 0;
        fc.assert(
          fc.property(arbRepProblem(d, bias, fc.constantFrom(d, d, d + 1, d + 2)), (p) => {
            if (exactApplies(p)) return; // full support, Boolean tasks: the tuple search's (headRep.ts)
            const fast = recoverByTuples(p)!;
            expect(fast.general).toBe(true);
            general++;
            const slow = recoverExhaustive(p);
            expect(String(fast.minimum)).toBe(text(slow.minimum));
            expect(fast.minimizers).toBe(BigInt(slow.minimizers!));
            expect(fast.recovers).toBe(slow.recovers);
            const scorer = makeScorer(p);
            expect(scorer.evaluate(fast.best)).toBe(fast.minimum);
            if (fast.witness) {
              expect(scorer.evaluate(fast.witness)).toBe(fast.minimum);
              expect(inGroup(d, fast.witness, p.group)).toBe(false);
            }
            expect(fast.infeasible.every((t) => t < (fast.minimum as number))).toBe(true);
          }),
          { seed: SEED + d, numRuns: d === 3 ? 8 : 40 },
        );
        expect(general).toBeGreaterThan(d === 3 ? 3 : 20);
      });
    }
  }

  it('d = 3: rational dictators (a + b x_j, a third task of three values), where the verdict can be true', () => {
    let recovered = 0;
    fc.assert(
      fc.property(fc.constantFrom(...REP_BIASES), fc.constantFrom<Group>(...GROUPS), fc.integer({ min: 1, max: 3 }), fc.boolean(), (bias, group, b, partial) => {
        const tasks = [0, 1, 2].map((j) => fromRationals(3, Array.from({ length: 8 }, (_, z) => Rational.of(((z >> j) & 1) * b + (j === 2 ? z & 1 : 0), 2))));
        const p: RecoveryProblem = { d: 3, psi: identityMap(3), tasks, bias, group, support: partial ? [0, 1, 2, 3, 4, 7] : null };
        const fast = recoverByTuples(p)!;
        const slow = recoverExhaustive(p);
        expect(String(fast.minimum)).toBe(text(slow.minimum));
        expect(fast.minimizers).toBe(BigInt(slow.minimizers!));
        expect(fast.recovers).toBe(slow.recovers);
        if (fast.recovers) recovered++;
      }),
      { seed: SEED, numRuns: 10 },
    );
    expect(recovered).toBeGreaterThan(0);
  });
});
