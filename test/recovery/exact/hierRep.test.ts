/**
 * The exact paths of head+rep, hier-sum (headRep.ts) and hier-max (hierMax.ts), also with
 * observations longer than the latents (observedCoordinates.ts), called directly at d = 1..3
 * against the exhaustive enumeration: random Boolean tasks, random injective psi: C_d -> C_m
 * (m = d and m > d), every group; the same minimum, number of minimisers and verdict, and the
 * plain scorer gives the minimiser and the witness the minimum.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recoverExhaustive } from '../../../src/recovery/engine.js';
import { recoverByTuples } from '../../../src/recovery/exact/exactRecovery.js';
import { inGroup } from '../../../src/recovery/groups.js';
import { makeScorer } from '../../../src/recovery/scorer.js';
import { GROUPS, type Bias, type Group, type RecoveryProblem } from '../../../src/recovery/types.js';
import type { BoolMap } from '../../../src/maps/boolMap.js';
import { SEED, arbBooleanTask } from '../helpers.js';

const REP_BIASES: readonly Bias[] = ['head+rep', 'hier-sum', 'hier-max'];

function arbInjective(d: number, m: number): fc.Arbitrary<BoolMap> {
  return fc.uniqueArray(fc.integer({ min: 0, max: 2 ** m - 1 }), { minLength: 2 ** d, maxLength: 2 ** d }).map((pts) => ({ n: d, m, image: Uint32Array.from(pts) }));
}

function arbProblem(d: number, m: number): fc.Arbitrary<RecoveryProblem> {
  return fc.record({
    d: fc.constant(d),
    psi: arbInjective(d, m),
    tasks: fc.array(arbBooleanTask(d), { minLength: 1, maxLength: 4 }),
    bias: fc.constantFrom(...REP_BIASES),
    group: fc.constantFrom<Group>(...GROUPS),
    support: fc.constant(null),
  });
}

function agree(p: RecoveryProblem): void {
  const slow = recoverExhaustive(p);
  const fast = recoverByTuples(p);
  expect(fast).not.toBeNull();
  const label = `${p.bias} d=${p.d} m=${p.psi.m} psi=${Array.from(p.psi.image)} group=${p.group}`;
  expect(slow.minimum.kind === 'number' ? slow.minimum.value : NaN, label).toBe(fast!.minimum);
  expect(fast!.minimizers, label).toBe(BigInt(slow.minimizers!));
  expect(fast!.recovers, label).toBe(slow.recovers);
  const scorer = makeScorer(p);
  for (const v of [fast!.best, fast!.witness]) {
    if (v === null) continue;
    expect(scorer.evaluate(v), label).toBe(fast!.minimum);
  }
  if (fast!.witness !== null) expect(inGroup(p.d, fast!.witness, p.group)).toBe(false);
  for (const t of fast!.infeasible) expect(t).toBeLessThan(fast!.minimum as number);
}

describe('exact head+rep / hier-sum / hier-max = exhaustive enumeration (d <= 3, psi: C_d -> C_m)', () => {
  for (const [d, m, runs] of [[1, 1, 20], [1, 3, 20], [2, 2, 60], [2, 3, 60], [2, 4, 40], [3, 3, 25], [3, 4, 25], [3, 5, 10]] as const) {
    it(`d = ${d}, m = ${m}`, () => {
      fc.assert(fc.property(arbProblem(d, m), agree), { seed: SEED + 13 * d + m, numRuns: runs });
    });
  }

  it("'verdict' and minimum-only modes: the same minimum and verdict, counts at most the full one", () => {
    fc.assert(
      fc.property(arbProblem(3, 4), (p) => {
        const full = recoverByTuples(p)!;
        const verdict = recoverByTuples(p, undefined, undefined, 'verdict')!;
        const least = recoverByTuples(p, undefined, undefined, true)!;
        expect(verdict.minimum).toBe(full.minimum);
        expect(least.minimum).toBe(full.minimum);
        expect(verdict.recovers).toBe(full.recovers);
        expect(verdict.minimizers <= full.minimizers).toBe(true);
        if (full.recovers) expect(verdict.minimizers).toBe(full.minimizers);
      }),
      { seed: SEED, numRuns: 20 },
    );
  });
});
