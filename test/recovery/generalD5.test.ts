/**
 * The general exact search at d = 5 (src/recovery/exact/generalPlaces.ts, generalOrbits.ts):
 * partial support and rational tasks, head-only biases. Cross-checked against
 * - the orbit bookkeeping: orbit sizes add up to C(2^d, s), stabilisers fix S and have the size
 *   the orbit says, and at d = 4 the classes are those of the scan over all sets (orbits.ts);
 * - the same search over all sets (generalSearch.ts, generalSteps) at d = 3, 4, every head-only
 *   bias and group, random partial supports, Boolean and rational tasks;
 * - a brute force over every injection U -> C_5 scored by the plain scorer (|U| = 3, or 2 for
 *   head-profile), and the full-support tuple search (U = C_5, tasks with few -1 points).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recover } from '../../src/recovery/engine.js';
import { recoverByTuples } from '../../src/recovery/exact/exactRecovery.js';
import { generalApplies, generalSteps } from '../../src/recovery/exact/general.js';
import { generalPlaceSteps } from '../../src/recovery/exact/generalPlaces.js';
import { canonicalFixers, lexLess, pointSetClasses, stabiliserOfClass } from '../../src/recovery/exact/generalOrbits.js';
import { moveCode, orbitOf, signedPermutationOrbits } from '../../src/recovery/exact/orbits.js';
import { drainSteps } from '../../src/recovery/exact/steps.js';
import { makeScorer } from '../../src/recovery/scorer.js';
import { inGroup } from '../../src/recovery/groups.js';
import { GROUPS, type Bias, type Group, type RecoveryProblem } from '../../src/recovery/types.js';
import { SEED, arbBooleanTask, arbRationalTask, dictators } from './helpers.js';
import { identityMap } from '../../src/maps/boolMap.js';
import { fromRationals, fromSignBits } from '../../src/core/cubeFunction.js';
import { Rational } from '../../src/core/rational.js';
import type { DataCost } from '../../src/recovery/exact/dataCosts.js';

const HEAD_ONLY: readonly Bias[] = ['head-degree', 'head-gf2', 'head-max', 'head-profile'];
const costText = (c: DataCost): string => (typeof c === 'number' ? String(c) : c.map(String).join(','));
const binom = (n: number, k: number): number => {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return Math.round(r);
};
const fact = (n: number): bigint => (n <= 1 ? 1n : BigInt(n) * fact(n - 1));
const arbSupportOf = (d: number, min: number, max: number): fc.Arbitrary<number[]> =>
  fc.subarray(Array.from({ length: 2 ** d }, (_, z) => z), { minLength: min, maxLength: max }).map((s) => [...s].sort((a, b) => a - b));

describe('point-set classes under the signed permutations (generalOrbits.ts)', () => {
  it('orbit sizes add up to C(2^d, s) (d = 3, 4 every s; d = 5, s <= 5), and |Stab(S)| * orbit = 2^d d!', () => {
    for (const [d, top] of [[3, 8], [4, 16], [5, 5], [5, 32]] as const) {
      if (d === 5 && top === 32) {
        for (const s of [27, 28, 31, 32]) expect([...pointSetClasses(5, s)].reduce((t, c) => t + c.size, 0)).toBe(binom(32, s));
        continue;
      }
      const group = signedPermutationOrbits(d).tables.length;
      for (let s = 0; s <= top; s++) {
        let total = 0;
        for (const c of pointSetClasses(d, s)) {
          total += c.size;
          if (s > 0) {
            const stab = stabiliserOfClass(d, c.S);
            expect(stab.length * c.size).toBe(group);
            for (const a of stab) expect(Array.from({ length: 2 ** d }, (_, x) => x).filter((x) => (c.S >>> x) & 1).reduce((m, x) => m | (1 << a[x]!), 0) >>> 0).toBe(c.S);
          }
        }
        expect(total).toBe(binom(2 ** d, s));
      }
    }
  });

  it('d = 4: one class per orbit of the scan over all sets (orbits.ts), the sizes agreeing', () => {
    const o = signedPermutationOrbits(4);
    for (const s of [3, 6, 8, 12]) {
      const scan = new Map<number, number>();
      for (let S = 0; S < 1 << 16; S++) {
        let c = 0;
        for (let r = S; r !== 0; r &= r - 1) c++;
        if (c !== s) continue;
        const orbit = orbitOf(o, S);
        if (orbit.canonical === S) scan.set(S, orbit.size);
      }
      const ours = [...pointSetClasses(4, s)];
      expect(ours.length).toBe(scan.size);
      // Each canonical set's orbit (its least code) is a scanned class with the same size.
      const least = (S: number): number => o.tables.reduce((m, t) => Math.min(m, moveCode(t, S, 2)), S);
      for (const c of ours) expect(scan.get(least(c.S))).toBe(c.size);
    }
  });

  it('lexLess is the order of sorted point lists; a non-canonical set has a smaller image', () => {
    expect(lexLess(0b101, 0b1001)).toBe(true); // {0,2} < {0,3}
    expect(lexLess(0b1001, 0b101)).toBe(false);
    expect(lexLess(0b110, 0b101)).toBe(false); // {1,2} > {0,2}
    expect(canonicalFixers(5, 0b10)).toBe(0); // {1}: translated to {0}
    expect(canonicalFixers(5, 0b1)).toBe(32 * 120 / 32);
  });
});

describe('the place-by-place search = the scan over all point sets (d = 3, 4)', () => {
  for (const d of [3, 4]) {
    for (const bias of HEAD_ONLY) {
      it(`d = ${d}, ${bias}`, () => {
        const task = bias === 'head-gf2' ? arbBooleanTask(d) : fc.oneof(arbBooleanTask(d), arbRationalTask(d));
        const size = d === 3 ? 8 : bias === 'head-profile' ? 5 : 7;
        fc.assert(
          fc.property(arbSupportOf(d, 1, size), fc.array(task, { minLength: 1, maxLength: 3 }), fc.constantFrom<Group>(...GROUPS), (support, tasks, group) => {
            const p: RecoveryProblem = { d, psi: identityMap(d), tasks, bias, group, support };
            if (!generalApplies(p)) return;
            const slow = drainSteps(generalSteps(p))!;
            const fast = drainSteps(generalPlaceSteps(p))!;
            expect(costText(fast.minimum)).toBe(costText(slow.minimum));
            expect(fast.minimizers).toBe(slow.minimizers);
            expect(fast.recovers).toBe(slow.recovers);
            if (fast.witness) expect(inGroup(d, fast.witness, group)).toBe(false);
          }),
          { seed: SEED + d, numRuns: d === 3 ? 10 : 4 },
        );
      });
    }
  }
});

describe('d = 5 partial support: against a brute force over the injections of U into C_5', () => {
  /** Minimum and count by every injection of U (extended to a bijection in increasing order). */
  function brute(p: RecoveryProblem): { min: string; count: bigint } {
    const U = p.support!;
    const scorer = makeScorer(p);
    let best: unknown = null;
    let count = 0n;
    const img = new Array<number>(U.length);
    const rec = (i: number, used: number): void => {
      if (i === U.length) {
        const v = new Uint32Array(32);
        const rest = Array.from({ length: 32 }, (_, x) => x).filter((x) => !((used >>> x) & 1));
        let r = 0;
        for (let z = 0; z < 32; z++) {
          const k = U.indexOf(z);
          v[z] = k >= 0 ? img[k]! : rest[r++]!;
        }
        const s = scorer.evaluate(v);
        const c = best === null ? -1 : scorer.compare(s, best);
        if (c < 0) [best, count] = [s, 0n];
        if (c <= 0) count++;
        return;
      }
      for (let x = 0; x < 32; x++) {
        if ((used >>> x) & 1) continue;
        img[i] = x;
        rec(i + 1, (used | (1 << x)) >>> 0);
      }
    };
    rec(0, 0);
    const o = scorer.toObjective(best);
    return { min: o.kind === 'number' ? String(o.value) : o.weights.map(String).join(','), count: count * fact(32 - U.length) };
  }
  for (const bias of HEAD_ONLY) {
    const u = bias === 'head-profile' ? 2 : 3;
    it(`${bias}: |U| = ${u}, up to three tasks`, () => {
      fc.assert(
        fc.property(arbSupportOf(5, u, u), fc.array(bias === 'head-gf2' ? arbBooleanTask(5) : fc.oneof(arbBooleanTask(5), arbRationalTask(5)), { minLength: 1, maxLength: 3 }), (support, tasks) => {
          const p: RecoveryProblem = { d: 5, psi: identityMap(5), tasks, bias, group: 'signed-permutation', support };
          const fast = recoverByTuples(p)!;
          const slow = brute(p);
          expect(costText(fast.profile ?? (fast.minimum as number))).toBe(slow.min);
          expect(fast.minimizers).toBe(slow.count);
          expect(fast.recovers).toBe(false);
        }),
        { seed: SEED, numRuns: 2 },
      );
    });
  }
});

describe('d = 5: the general route with U = C_5 against the full-support tuple search', () => {
  it('tasks with one or two -1 points (few candidate data), head-degree and head-max', () => {
    const few = fc.uniqueArray(fc.integer({ min: 0, max: 31 }), { minLength: 1, maxLength: 2 }).map((ones) => fromSignBits(5, (x) => ones.includes(x)));
    fc.assert(
      fc.property(fc.array(few, { minLength: 1, maxLength: 2 }), fc.constantFrom<Bias>('head-degree', 'head-max'), (tasks, bias) => {
        const full: RecoveryProblem = { d: 5, psi: identityMap(5), tasks, bias, group: 'signed-permutation', support: null };
        const viaTuples = recoverByTuples(full);
        if (viaTuples === null) return; // beyond the degree-3 lists: the tuple search gives up
        const viaPlaces = drainSteps(generalPlaceSteps({ ...full, support: Array.from({ length: 32 }, (_, z) => z) }))!;
        expect(viaPlaces.minimum).toBe(viaTuples.minimum);
        expect(viaPlaces.minimizers).toBe(viaTuples.minimizers);
        expect(viaPlaces.recovers).toBe(viaTuples.recovers);
      }),
      { seed: SEED, numRuns: 6 },
    );
  });
});

describe('recover at d = 5 with partial support is exact (the local search answered before)', () => {
  it('x1..x5 seen on six points: exact, counted, not recovered (V is free off U)', async () => {
    const p: RecoveryProblem = { d: 5, psi: identityMap(5), tasks: dictators(5), bias: 'head-degree', group: 'signed-permutation', support: [0, 3, 5, 9, 17, 30] };
    const r = await recover(p);
    expect(r.exact).toBe(true);
    expect(r.stats.method).toBe('tuples');
    expect(r.minimizerCount).not.toBeNull();
    expect(r.minimizerCount! > 0n).toBe(true);
    expect(r.recovers).toBe(false);
    expect(r.witness).not.toBeNull();
  });
});

describe('two-valued rational tasks at d = 5, full support: the Boolean tuple search (twoValued.ts)', () => {
  // h1 = (1 + x1)/2 (values 1, 0), h2 = 3 x2 x3 (values 3, -3): the Boolean x1, x2 x3 up to sign.
  const half = (z: number): Rational => (z & 1 ? Rational.ZERO : Rational.ONE);
  const three = (z: number): Rational => Rational.fromInt((((z >>> 1) ^ (z >>> 2)) & 1) === 1 ? -3 : 3);
  const rational = [fromRationals(5, Array.from({ length: 32 }, (_, z) => half(z))), fromRationals(5, Array.from({ length: 32 }, (_, z) => three(z)))];
  const boolean = [dictators(5)[0]!, fromSignBits(5, (z) => (((z >>> 1) ^ (z >>> 2)) & 1) === 1)];
  for (const bias of ['head-degree', 'head-max', 'hier-sum'] as const) {
    it(`${bias}: exact, the same minimum, count and verdict as the Boolean tasks`, async () => {
      const p = (tasks: RecoveryProblem['tasks']): RecoveryProblem => ({ d: 5, psi: identityMap(5), tasks, bias, group: 'signed-permutation', support: null });
      const r = await recover(p(rational));
      const b = await recover(p(boolean));
      expect(r.exact).toBe(true);
      expect(r.stats.method).toBe('tuples');
      expect(b.stats.method).toBe('tuples');
      expect(r.minimum).toEqual(b.minimum);
      expect(r.minimizerCount).toBe(b.minimizerCount);
      expect(r.recovers).toBe(b.recovers);
    });
  }
});
