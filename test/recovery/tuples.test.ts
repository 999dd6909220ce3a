/**
 * The tuple search (src/recovery/exact) against the exhaustive enumeration at d <= 3: for every
 * bias and group, random Boolean task lists and random psi, the same minimum, number of
 * minimisers and verdict; its witnesses and minimisers re-scored by the plain scorer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recoverExhaustive } from '../../src/recovery/engine.js';
import { recoverByTuples, profileWeights } from '../../src/recovery/exact/exactRecovery.js';
import { makeScorer } from '../../src/recovery/scorer.js';
import { inGroup } from '../../src/recovery/groups.js';
import { BIASES, GROUPS, type Bias, type Group, type Objective, type RecoveryProblem } from '../../src/recovery/types.js';
import { SEED, arbBijectionImage, arbBooleanTask, mapOf } from './helpers.js';
import type { Cost } from '../../src/recovery/exact/costs.js';

const text = (o: Objective): string => (o.kind === 'number' ? String(o.value) : o.weights.map(String).join(','));
const costText = (d: number, c: Cost): string => (typeof c === 'number' ? String(c) : profileWeights(d, c).map(String).join(','));

function arbProblem(d: number, bias: Bias): fc.Arbitrary<RecoveryProblem> {
  return fc.record({
    d: fc.constant(d),
    psi: arbBijectionImage(d).map((v) => mapOf(d, v)),
    tasks: fc.array(arbBooleanTask(d), { minLength: 1, maxLength: 4 }),
    bias: fc.constant(bias),
    group: fc.constantFrom<Group>(...GROUPS),
    support: fc.constant(null),
  });
}

describe('tuple search = exhaustive enumeration (d <= 3, full support, Boolean tasks)', () => {
  for (const d of [1, 2, 3]) {
    for (const bias of BIASES) {
      it(`d = ${d}, ${bias}`, () => {
        fc.assert(
          fc.property(arbProblem(d, bias), (p) => {
            const slow = recoverExhaustive(p);
            const fast = recoverByTuples(p);
            expect(fast).not.toBeNull();
            expect(costText(d, fast!.minimum)).toBe(text(slow.minimum));
            expect(Number(fast!.minimizers)).toBe(slow.minimizers);
            expect(fast!.recovers).toBe(slow.recovers);
            const scorer = makeScorer(p);
            const atBest = text(scorer.toObjective(scorer.evaluate(fast!.best)));
            expect(atBest).toBe(text(slow.minimum));
            if (fast!.witness) {
              expect(inGroup(d, fast!.witness, p.group)).toBe(false);
              expect(text(scorer.toObjective(scorer.evaluate(fast!.witness)))).toBe(text(slow.minimum));
            }
          }),
          { seed: SEED + d, numRuns: d === 3 ? 12 : 40, verbose: 1 },
        );
      });
    }
  }
});
