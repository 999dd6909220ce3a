/**
 * The d = 5 exact cuts (docs/math.md "Exact cuts for hard d = 5 instances"): the parity capacity
 * bound (parityCapacity.ts) never exceeds what a real bijection's heads cost, and the search
 * answers the same with it on and off (d = 3 also against the exhaustive enumeration); the
 * look-ahead on the d = 5 lists (lookahead.ts, beyondList) answers as without it; firstOf with
 * `settles` lets a later search answer when the first to end does not settle.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { recoverExhaustive } from '../../src/recovery/engine.js';
import { recoverByTuples } from '../../src/recovery/exact/exactRecovery.js';
import { PARITY_CAPACITY, parityCapacityBound, paritySetOfCode } from '../../src/recovery/exact/parityCapacity.js';
import { D5_LOOKAHEAD, Lookahead, beyondList } from '../../src/recovery/exact/lookahead.js';
import { costOfCode, sumAlgebra } from '../../src/recovery/exact/costs.js';
import { candidateStore } from '../../src/recovery/exact/candidates.js';
import { firstOf } from '../../src/recovery/exact/portfolio.js';
import type { TupleTask } from '../../src/recovery/exact/tupleSpec.js';
import { type Steps, drainSteps } from '../../src/recovery/exact/steps.js';
import { identityMap } from '../../src/maps/boolMap.js';
import { popcount } from '../../src/core/cube.js';
import type { Bias, RecoveryProblem } from '../../src/recovery/types.js';
import { SEED, arbBijectionImage, arbBooleanTask, dictators, parity } from './helpers.js';

afterEach(() => {
  PARITY_CAPACITY.on = true;
  D5_LOOKAHEAD.on = true;
});

const chiCode = (d: number, S: number): number => {
  let c = 0;
  for (let z = 0; z < 1 << d; z++) if (popcount(z & S) & 1) c |= 1 << z;
  return c >>> 0;
};
/** g = h o W as a code on x, W = V^-1 given by V's image table (V(z) = x). */
const headCode = (d: number, code: number, v: Uint32Array): number => {
  let g = 0;
  for (let z = 0; z < 1 << d; z++) if ((code >>> z) & 1) g |= 1 << v[z]!;
  return g >>> 0;
};

describe('parity capacity (parityCapacity.ts)', () => {
  it('paritySetOfCode finds S for +-chi_S and nothing for other codes', () => {
    for (const d of [2, 3, 4]) {
      const full = (1 << (1 << d)) - 1;
      for (let S = 1; S < 1 << d; S++) {
        expect(paritySetOfCode(d, chiCode(d, S))).toBe(S);
        expect(paritySetOfCode(d, ~chiCode(d, S) & full)).toBe(S);
      }
      expect(paritySetOfCode(d, 0)).toBeNull();
      expect(paritySetOfCode(d, 1)).toBeNull();
    }
  });

  it('never bounds above the true cost of any bijection\'s remaining heads (every prefix, sum and max)', () => {
    const d = 4;
    // signed permutations fill the capacities exactly (deg chi_S o W = |S|); a swap of two points nearly
    const signedPerm = fc.record({ perm: fc.shuffledSubarray([0, 1, 2, 3], { minLength: 4, maxLength: 4 }), flips: fc.nat(15), a: fc.nat(15), b: fc.nat(15), swap: fc.boolean() }).map(({ perm, flips, a, b, swap }) => {
      const v = Uint32Array.from({ length: 16 }, (_, z) => perm.reduce((x, p, i) => x | (((z >>> i) & 1) << p), 0) ^ flips);
      if (swap) [v[a], v[b]] = [v[b]!, v[a]!];
      return v;
    });
    const arb = fc.record({
      v: fc.oneof(arbBijectionImage(d), signedPerm),
      sets: fc.array(fc.integer({ min: 0, max: 15 }), { minLength: 2, maxLength: 9 }),
      j: fc.nat(9),
      from: fc.nat(9),
    });
    const deg = (g: number): number => costOfCode(d, 'fourier', g) as number;
    fc.assert(
      fc.property(arb, ({ v, sets, j, from }) => {
        // S = 0 stands for a non-parity task (a fixed odd-weight code, floor 1 is below its cost)
        const tasks: TupleTask[] = sets.map((S) => ({ code: S === 0 ? 0b111 : chiCode(d, S), floor: 1, ceiling: null }));
        const heads = tasks.map((t) => headCode(d, t.code, v));
        const k = tasks.length;
        const jj = Math.min(j, k);
        const ff = Math.min(Math.max(from, jj), k);
        for (const max of [false, true]) {
          const bound = parityCapacityBound(d, tasks, deg, max);
          if (bound === undefined) continue;
          const b = bound(ff, jj, heads);
          expect(b).not.toBeNull();
          const costs = heads.slice(ff).map(deg);
          const truth = max ? Math.max(0, ...costs) : costs.reduce((s, c) => s + c, 0);
          expect(b!).toBeLessThanOrEqual(truth);
        }
      }),
      { seed: SEED + 501, numRuns: 300, verbose: 1 },
    );
  });

  const biases: Bias[] = ['head-degree', 'head-max'];
  for (const d of [3, 4]) {
    for (const bias of biases) {
      it(`d = ${d}, ${bias}: on and off agree (minimum, count, verdict)${d === 3 ? ', and with the exhaustive enumeration' : ''}`, () => {
        const task = fc.oneof(
          fc.integer({ min: 1, max: (1 << d) - 1 }).map((S) => parity(d, S)),
          arbBooleanTask(d),
        );
        fc.assert(
          fc.property(fc.array(task, { minLength: 2, maxLength: d === 4 ? 5 : 6 }), (ts) => {
            const p: RecoveryProblem = { d, psi: identityMap(d), tasks: ts, bias, group: 'signed-permutation', support: null };
            PARITY_CAPACITY.on = false;
            const plain = recoverByTuples(p);
            PARITY_CAPACITY.on = true;
            const fast = recoverByTuples(p);
            expect(fast).not.toBeNull();
            expect(fast!.minimum).toBe(plain!.minimum);
            expect(fast!.minimizers).toBe(plain!.minimizers);
            expect(fast!.recovers).toBe(plain!.recovers);
            if (d === 3) {
              const slow = recoverExhaustive(p);
              expect(BigInt(slow.minimizers!)).toBe(fast!.minimizers);
              expect(slow.recovers).toBe(fast!.recovers);
            }
          }),
          { seed: SEED + 503 + 7 * d + biases.indexOf(bias), numRuns: d === 4 ? 8 : 12, verbose: 1 },
        );
      });
    }
  }
});

describe('look-ahead on the d = 5 lists', () => {
  it('beyondList: one above the list when the cap allows, none otherwise', () => {
    expect(beyondList(3, 4)).toBe(4);
    expect(beyondList(3, 3)).toBeNull();
    expect(beyondList(2, 5)).toBe(3);
    expect(beyondList(Infinity, 10)).toBeNull();
  });

  it('at d = 5 never bounds above a real completion (random bijection, classes of fixed tasks, any remaining tasks)', () => {
    const d = 5;
    // few -1 values: short or empty lists, where the look-ahead reaches past the list (beyondList)
    const sparse = fc.array(fc.integer({ min: 0, max: 31 }), { minLength: 1, maxLength: 6 }).map((bits) => bits.reduce((a, b) => a | (1 << b), 0) >>> 0);
    const arb = fc.record({
      v: arbBijectionImage(d),
      fixed: fc.array(fc.integer({ min: 0, max: 0xffffffff }), { minLength: 1, maxLength: 4 }),
      rest: fc.array(fc.oneof(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 1, max: 31 }).map((S) => chiCode(d, S)), sparse), { minLength: 1, maxLength: 4 }),
    });
    for (const measure of ['fourier', 'gf2'] as const) {
      const store = candidateStore(d, measure);
      fc.assert(
        fc.property(arb, ({ v, fixed, rest }) => {
          const codes = [...fixed, ...rest].map((c) => c >>> 0);
          const tasks: TupleTask[] = codes.map((code) => ({ code, floor: 0, ceiling: null }));
          // joint classes of the fixed tasks on z, carried to x by V
          let zs = [0xffffffff];
          for (const c of fixed) zs = zs.flatMap((m) => [(m & c) >>> 0, (m & ~c) >>> 0]).filter((m) => m !== 0);
          const xs = zs.map((m) => {
            let x = 0;
            for (let z = 0; z < 32; z++) if ((m >>> z) & 1) x |= 1 << v[z]!;
            return x >>> 0;
          });
          const truth = rest.map((c) => costOfCode(d, measure, headCode(d, c >>> 0, v)) as number);
          const total = truth.reduce((a, b) => a + b, 0);
          const j = fixed.length - 1;
          const ahead = new Lookahead({ d, measure, algebra: sumAlgebra, store, tasks, orbits: null });
          // the completion by V's own heads costs `total` after level j: never cut, never bounded above it
          const after = ahead.restAfter(j, xs, zs, 0, total);
          expect(after).not.toBeNull();
          expect(after!).toBeLessThanOrEqual(total);
        }),
        { seed: SEED + 509 + (measure === 'gf2' ? 1 : 0), numRuns: 40, verbose: 1 },
      );
    }
  });

  // Small d = 5 instances the search settles in a second either way (the hard ones: bench/recoveryD5Hard.ts).
  const d = 5;
  const cases: [string, RecoveryProblem['tasks'], Bias][] = [
    ['x1..x5, x1*x2', [...dictators(d), parity(d, 3)], 'head-degree'],
    ['x1..x5, x1*x2*x3', [...dictators(d), parity(d, 7)], 'head-gf2'],
  ];
  for (const [name, tasks, bias] of cases) {
    it(`${name} under ${bias}: the same answer with the d = 5 look-ahead and the parity capacity on and off`, () => {
      const p: RecoveryProblem = { d, psi: identityMap(d), tasks, bias, group: 'signed-permutation', support: null };
      D5_LOOKAHEAD.on = false;
      PARITY_CAPACITY.on = false;
      const plain = recoverByTuples(p);
      D5_LOOKAHEAD.on = true;
      PARITY_CAPACITY.on = true;
      const fast = recoverByTuples(p);
      expect(plain).not.toBeNull();
      expect(fast).not.toBeNull();
      expect(fast!.minimum).toBe(plain!.minimum);
      expect(fast!.minimizers).toBe(plain!.minimizers);
      expect(fast!.recovers).toBe(plain!.recovers);
    });
  }
});

describe('firstOf with settles (portfolio.ts)', () => {
  function* after(steps: number, value: number): Steps<number> {
    for (let i = 0; i < steps; i++) yield;
    return value;
  }
  it('skips an answer that does not settle while others run, and falls back to the last one', () => {
    const settles = (v: number): boolean => v > 0;
    expect(drainSteps(firstOf([after(1, -1), after(5, 7), after(9, 8)], settles))).toEqual({ index: 1, value: 7 });
    expect(drainSteps(firstOf([after(1, -1), after(3, -2)], settles))).toEqual({ index: 1, value: -2 });
    expect(drainSteps(firstOf([after(2, 3), after(1, 4)]))).toEqual({ index: 1, value: 4 });
  });
});
