/**
 * The general exact search (src/recovery/exact/general.ts: partial support, rational tasks)
 * against the exhaustive enumeration at d <= 3 for every head-only bias and group, and at d = 4
 * against a brute force over the injections of a small support U into C_4 (the objective depends
 * on V only through V on U; each injection stands for (16 - |U|)! bijections).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recover, recoverExhaustive } from '../../src/recovery/engine.js';
import { recoverByTuples } from '../../src/recovery/exact/exactRecovery.js';
import { generalApplies } from '../../src/recovery/exact/general.js';
import { makeScorer } from '../../src/recovery/scorer.js';
import { inGroup } from '../../src/recovery/groups.js';
import { GROUPS, type Bias, type Group, type Objective, type RecoveryProblem } from '../../src/recovery/types.js';
import { SEED, arbBijectionImage, arbBooleanTask, arbRationalTask, mapOf } from './helpers.js';
import { identityMap } from '../../src/maps/boolMap.js';
import { fromRationals } from '../../src/core/cubeFunction.js';
import { Rational } from '../../src/core/rational.js';

const text = (o: Objective): string => (o.kind === 'number' ? String(o.value) : o.weights.map(String).join(','));
const HEAD_ONLY: readonly Bias[] = ['head-degree', 'head-gf2', 'head-max', 'head-profile'];

const arbSupportOf = (d: number, min: number): fc.Arbitrary<number[]> =>
  fc.subarray(Array.from({ length: 2 ** d }, (_, z) => z), { minLength: min }).map((s) => [...s].sort((a, b) => a - b));

function arbProblem(d: number, bias: Bias, partial: boolean): fc.Arbitrary<RecoveryProblem> {
  const task = bias === 'head-gf2' ? arbBooleanTask(d) : fc.oneof(arbBooleanTask(d), arbRationalTask(d));
  return fc.record({
    d: fc.constant(d),
    psi: arbBijectionImage(d).map((v) => mapOf(d, v)),
    tasks: fc.array(task, { minLength: 1, maxLength: 3 }),
    bias: fc.constant(bias),
    group: fc.constantFrom<Group>(...GROUPS),
    support: partial ? arbSupportOf(d, 1) : fc.constant(null),
  });
}

describe('general exact search = exhaustive enumeration (d <= 3, partial support and rational tasks)', () => {
  for (const d of [2, 3]) {
    for (const bias of HEAD_ONLY) {
      it(`d = ${d}, ${bias}`, async () => {
        await fc.assert(
          fc.asyncProperty(fc.boolean().chain((partial) => arbProblem(d, bias, partial)), async (p) => {
            if (!generalApplies(p) || (p.support === null && p.tasks.every((t) => t.denominator.equals(1) && Array.from(t.numerators as ArrayLike<number>).every((v) => Math.abs(Number(v)) === 1)))) return;
            const slow = recoverExhaustive(p);
            const fast = await recover(p, { method: 'tuples' });
            expect(fast.stats.method).toBe('tuples');
            expect(text(fast.minimum)).toBe(text(slow.minimum));
            expect(fast.minimizers).toBe(slow.minimizers);
            expect(fast.recovers).toBe(slow.recovers);
            const scorer = makeScorer(p);
            expect(text(scorer.toObjective(scorer.evaluate(fast.best.image)))).toBe(text(slow.minimum));
            if (fast.witness) expect(inGroup(d, fast.witness.image, p.group)).toBe(false);
          }),
          { seed: SEED + d, numRuns: d === 3 ? 6 : 25 },
        );
      });
    }
  }
});

describe('general exact search at d = 4 against a brute force over injections of U', () => {
  const fact = (n: number): bigint => (n <= 1 ? 1n : BigInt(n) * fact(n - 1));
  /** Minimum and count by every injection of U (extended to a bijection in increasing order). */
  function brute(p: RecoveryProblem): { min: string; count: bigint } {
    const U = p.support!;
    const scorer = makeScorer(p);
    let best: unknown = null;
    let count = 0n;
    const img = new Array<number>(U.length);
    const rec = (i: number, used: number): void => {
      if (i === U.length) {
        const v = new Uint32Array(16);
        const rest = Array.from({ length: 16 }, (_, x) => x).filter((x) => !((used >>> x) & 1));
        let r = 0;
        for (let z = 0; z < 16; z++) {
          const k = U.indexOf(z);
          v[z] = k >= 0 ? img[k]! : rest[r++]!;
        }
        const s = scorer.evaluate(v);
        const c = best === null ? -1 : scorer.compare(s, best);
        if (c < 0) [best, count] = [s, 0n];
        if (c <= 0) count++;
        return;
      }
      for (let x = 0; x < 16; x++) {
        if ((used >>> x) & 1) continue;
        img[i] = x;
        rec(i + 1, used | (1 << x));
      }
    };
    rec(0, 0);
    return { min: text(scorer.toObjective(best)), count: count * fact(16 - U.length) };
  }
  for (const bias of HEAD_ONLY) {
    const u = bias === 'head-profile' ? 2 : 3;
    it(`${bias}: |U| = ${u}, up to three tasks`, () => {
      fc.assert(
        fc.property(arbSupportOf(4, u).map((s) => s.slice(0, u)), fc.array(bias === 'head-gf2' ? arbBooleanTask(4) : fc.oneof(arbBooleanTask(4), arbRationalTask(4)), { minLength: 1, maxLength: 3 }), (support, tasks) => {
          const p: RecoveryProblem = { d: 4, psi: identityMap(4), tasks, bias, group: 'signed-permutation', support };
          const fast = recoverByTuples(p)!;
          const slow = brute(p);
          const min = typeof fast.minimum === 'number' ? String(fast.minimum) : fast.profile!.map(String).join(',');
          expect(min).toBe(slow.min);
          expect(fast.minimizers).toBe(slow.count);
          expect(fast.recovers).toBe(false); // 13! extensions outside U, most not signed permutations
        }),
        { seed: SEED, numRuns: 3 },
      );
    });
  }

  it('full support, rational tasks at d = 4: exact, with the count the structure gives', async () => {
    // h1 = 1[x1 = x2 = -1] (values 0, 1: an AND, degree 2); h2 = delta_0 - delta_15 (three values).
    const h1 = fromRationals(4, Array.from({ length: 16 }, (_, z) => Rational.fromInt((z & 3) === 3 ? 1 : 0)));
    const h2 = fromRationals(4, Array.from({ length: 16 }, (_, z) => Rational.fromInt(z === 0 ? 1 : z === 15 ? -1 : 0)));
    const r = await recover({ d: 4, psi: identityMap(4), tasks: [h1, h2], bias: 'head-degree', group: 'signed-permutation', support: null });
    expect(r.exact).toBe(true);
    expect(r.stats.method).toBe('tuples');
    // A 0/1 head of weight 4 has degree >= 2, and delta_p - delta_q has degree 4 when |p xor q| is
    // odd, else 3; the true latents reach 2 + 3, so the minimum is 5.
    expect(text(r.minimum)).toBe('5');
    expect(r.recovers).toBe(false);
  });
});

describe('two-valued tasks reduce to Boolean ones under the degree biases (twoValued.ts)', () => {
  it('d = 3: the reduced tuple search and the exhaustive enumeration agree (0/1 and 2/-1/3-valued tasks, head-degree, head-max, head+rep)', async () => {
    const arbTwo = (d: number) =>
      fc.tuple(fc.array(fc.boolean(), { minLength: 2 ** d, maxLength: 2 ** d }), fc.constantFrom([0, 1], [2, -1 / 3], [5, 5])).map(([bits, [a, b]]) =>
        fromRationals(d, bits.map((x) => (x ? Rational.of(Math.round(b! * 3), 3) : Rational.fromInt(a!)))),
      );
    await fc.assert(
      fc.asyncProperty(fc.array(arbTwo(3), { minLength: 1, maxLength: 3 }), fc.constantFrom<Bias>('head-degree', 'head-max', 'head+rep'), fc.constantFrom<Group>(...GROUPS), async (tasks, bias, group) => {
        const p: RecoveryProblem = { d: 3, psi: identityMap(3), tasks, bias, group, support: null };
        const slow = recoverExhaustive(p);
        const fast = await recover(p, { method: 'tuples' });
        expect(fast.stats.method).toBe('tuples');
        expect(text(fast.minimum)).toBe(text(slow.minimum));
        expect(fast.minimizers).toBe(slow.minimizers);
        expect(fast.recovers).toBe(slow.recovers);
      }),
      { seed: SEED, numRuns: 8 },
    );
  });
});
