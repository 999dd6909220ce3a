/**
 * The head-only tuple search's speed-ups (look-ahead bounds, block bounds, task orders run side
 * by side, the shorter of generating and scanning) change no answer: with them on and off
 * (LOOKAHEAD.on) the same minimum, count of minimisers and verdict, at d <= 3 against the
 * exhaustive enumeration too; the 'verdict' mode agrees with the full count; the block bounds are
 * the least totals found by brute force over head pairs.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { recoverExhaustive } from '../../src/recovery/engine.js';
import { recoverByTuples } from '../../src/recovery/exact/exactRecovery.js';
import { LOOKAHEAD } from '../../src/recovery/exact/exactSwitches.js';
import { blockBoundSteps } from '../../src/recovery/exact/blockBounds.js';
import { candidateStore } from '../../src/recovery/exact/candidates.js';
import { signedPermutationOrbits } from '../../src/recovery/exact/orbits.js';
import { drainSteps } from '../../src/recovery/exact/steps.js';
import { firstOf } from '../../src/recovery/exact/portfolio.js';
import { booleanTables } from '../../src/recovery/booleanTables.js';
import { identityMap } from '../../src/maps/boolMap.js';
import type { Bias, RecoveryProblem } from '../../src/recovery/types.js';
import { SEED, arbBooleanTask } from './helpers.js';

const HEAD_ONLY: Bias[] = ['head-degree', 'head-gf2', 'head-max', 'head-profile'];
const show = (c: unknown): string => JSON.stringify(c);

function both(p: RecoveryProblem, mode: boolean | 'verdict' = false) {
  LOOKAHEAD.on = false;
  const plain = recoverByTuples(p, undefined, undefined, mode);
  LOOKAHEAD.on = true;
  const fast = recoverByTuples(p, undefined, undefined, mode);
  return { plain, fast };
}

afterEach(() => {
  LOOKAHEAD.on = true;
});

describe('tuple search speed-ups agree with the plain search', () => {
  for (const d of [2, 3, 4]) {
    for (const bias of HEAD_ONLY) {
      it(`d = ${d}, ${bias}: minimum, count, verdict${d <= 3 ? ' (and the exhaustive enumeration)' : ''}`, () => {
        const tasks = fc.array(arbBooleanTask(d), { minLength: 1, maxLength: d === 4 ? 3 : 4 });
        fc.assert(
          fc.property(tasks, (ts) => {
            const p: RecoveryProblem = { d, psi: identityMap(d), tasks: ts, bias, group: 'signed-permutation', support: null };
            const { plain, fast } = both(p);
            expect(fast).not.toBeNull();
            expect(show(fast!.minimum)).toBe(show(plain!.minimum));
            expect(fast!.minimizers).toBe(plain!.minimizers);
            expect(fast!.recovers).toBe(plain!.recovers);
            if (bias !== 'head-profile') {
              // every total below the minimum is proven infeasible, by the search or the block bounds
              const m = fast!.minimum as number;
              expect(fast!.infeasible.length === 0 || fast!.infeasible[fast!.infeasible.length - 1] === m - 1).toBe(true);
              const verdict = recoverByTuples(p, undefined, undefined, 'verdict');
              expect(verdict!.recovers).toBe(fast!.recovers);
              expect(show(verdict!.minimum)).toBe(show(fast!.minimum));
            }
            if (d <= 3) {
              const slow = recoverExhaustive(p);
              expect(BigInt(slow.minimizers!)).toBe(fast!.minimizers);
              expect(slow.recovers).toBe(fast!.recovers);
            }
          }),
          { seed: SEED + 17 * d + HEAD_ONLY.indexOf(bias), numRuns: d === 4 ? 6 : 15, verbose: 1 },
        );
      });
    }
  }
});

describe('block bounds', () => {
  it('a pair bound is the least total of two heads with the pair of tasks\' joint histogram (brute force at d = 3)', () => {
    const d = 3;
    const T = booleanTables(d);
    const weight = (c: number): number => c.toString(2).split('1').length - 1;
    const pop = Uint8Array.from({ length: 256 }, (_, c) => weight(c));
    const joint = (a: number, b: number): number => pop[a & b]! * 81 + pop[a & ~b & 255]! * 9 + pop[~a & b & 255]!;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.constantFrom<'fourier' | 'gf2'>('fourier', 'gf2'), (a, b, measure) => {
        const cost = (c: number): number => (measure === 'gf2' ? T.gf2[c]! : T.degree[c]!);
        const store = candidateStore(d, measure);
        const floorOf = (c: number): number => store.byWeight(weight(c)).costs[0] as number;
        const ceilOf = (c: number): number => { const l = store.byWeight(weight(c)).costs; return l[l.length - 1] as number; };
        const tasks = [a, b].map((code) => ({ code, floor: floorOf(code), ceiling: ceilOf(code) }));
        const best = drainSteps(blockBoundSteps({ d, measure, store, orbits: signedPermutationOrbits(d) }, tasks))!;
        let least = Infinity;
        for (let g = 0; g < 256; g++) for (let h = 0; h < 256; h++) if (joint(g, h) === joint(a, b)) least = Math.min(least, cost(g) + cost(h));
        const fixed = tasks.some((t) => t.floor === t.ceiling);
        // a fixed-cost task adds its floor only (the bound is then the floors' sum, still below the least)
        if (fixed) expect(best[3]).toBe(tasks[0]!.floor + tasks[1]!.floor);
        else expect(best[3]).toBe(least);
        expect(best[3]).toBeLessThanOrEqual(least);
      }),
      { seed: SEED + 99, numRuns: 25, verbose: 1 },
    );
  });

  it('firstOf returns the first search to end, with its index', () => {
    function* slow(n: number, v: string) {
      for (let i = 0; i < n; i++) yield;
      return v;
    }
    expect(drainSteps(firstOf([slow(5, 'a'), slow(2, 'b'), slow(3, 'c')]))).toEqual({ index: 1, value: 'b' });
  });
});
