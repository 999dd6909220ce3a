/**
 * The paper's setting (docs/math.md "The paper's own setting"): observations x = psi(z) in C_m,
 * m >= d, psi injective; Phi free off psi's image. Every fast path against a slow one: the
 * observation-side degrees against the min-degree interpolator, the hier biases against the slow
 * objective and a plain enumeration of all V, the CLI's one-line errors.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recoverCommand } from '../../src/cli/commands/recover.js';
import { fromSignBits } from '../../src/core/cubeFunction.js';
import { Rational } from '../../src/core/rational.js';
import { minDegreeInterpolator } from '../../src/core/interpolate/minDegree.js';
import { fitDegreeOracle } from '../../src/core/interpolate/fitDegree.js';
import { forEachBijectionInPlace } from '../../src/search/enumerate/bijections.js';
import { recover, recoverExhaustive } from '../../src/recovery/engine.js';
import { observedDegrees } from '../../src/recovery/paper/observedDegree.js';
import { makeScorer } from '../../src/recovery/scorer.js';
import type { BoolMap } from '../../src/maps/boolMap.js';
import type { Bias, RecoveryProblem } from '../../src/recovery/types.js';
import { SEED, arbBijectionImage, arbBooleanTask, objectiveText, slowObjective } from '../recovery/helpers.js';
import { run } from '../recovery/cliHelpers.js';
import { fastKernel } from '../../src/check/kernel/index.js';
import { verifierKernel } from '../../src/verifier/kernel.js';

/** An injective psi: C_d -> C_m as d distinct points drawn from C_m. */
function arbInjective(d: number, m: number): fc.Arbitrary<BoolMap> {
  return fc.uniqueArray(fc.integer({ min: 0, max: 2 ** m - 1 }), { minLength: 2 ** d, maxLength: 2 ** d }).map((pts) => ({ n: d, m, image: Uint32Array.from(pts) }));
}

const slowCoordinateDegrees = (psi: BoolMap, v: Uint32Array): number[] =>
  Array.from({ length: psi.n }, (_, j) => minDegreeInterpolator(psi.m, Array.from(psi.image), Array.from(v, (y) => Rational.fromInt((y >>> j) & 1 ? -1 : 1))).degree ?? 0);

describe("the paper's setting: psi: C_d -> C_m injective", () => {
  for (const [d, m] of [[1, 3], [2, 3], [2, 4], [3, 4]] as const) {
    it(`coordinate degrees of Phi on C_${m} agree with the min-degree interpolator (d = ${d})`, () => {
      fc.assert(
        fc.property(arbInjective(d, m), arbBijectionImage(d), (psi, v) => {
          expect(observedDegrees(psi).coordinateDegrees(v)).toEqual(slowCoordinateDegrees(psi, v));
        }),
        { seed: SEED, numRuns: 40 },
      );
    });
  }

  it('with m = d the observation-side degrees are the plain degrees of Phi = V o psi^-1 (hand case)', () => {
    // psi(z) = (z1 z2, z2) is an involution; V = identity gives Phi = psi^-1 = psi: degrees 2, 1.
    const psi: BoolMap = { n: 2, m: 2, image: Uint32Array.from([0, 1, 3, 2]) };
    expect(observedDegrees(psi).coordinateDegrees(Uint32Array.from([0, 1, 2, 3]))).toEqual([2, 1]);
    // Observed in C_3 as (z1 z2, z2, z1): Phi = identity on the latents reads z1 off x3: degrees 1, 1.
    const longer: BoolMap = { n: 2, m: 3, image: Uint32Array.from([0, 1 | 4, 3, 2 | 4]) };
    expect(observedDegrees(longer).coordinateDegrees(Uint32Array.from([0, 1, 2, 3]))).toEqual([1, 1]);
  });

  it('the least-degree fit on 2^d points of C_m has degree <= d (the shattering bound the P1 counterexample claim uses; d = 2, m = 3, 4, every point set and data)', () => {
    for (const m of [3, 4]) {
      const oracle = fitDegreeOracle(m);
      let largest = 0;
      for (let set = 0; set < 2 ** 2 ** m; set++) {
        const pts = [...Array(2 ** m).keys()].filter((x) => (set >>> x) & 1);
        if (pts.length !== 4) continue;
        for (let c = 0; c < 16; c++) largest = Math.max(largest, oracle.degree(pts, pts.map((_, i) => ((c >>> i) & 1 ? -1n : 1n)))!);
      }
      expect(largest).toBe(2);
    }
  });

  for (const bias of ['hier-max', 'hier-sum'] as const) {
    it(`${bias} with m > d: the scorer matches the slow objective, and the engine's exhaustive answer a plain enumeration`, () => {
      fc.assert(
        fc.property(arbInjective(2, 3), fc.array(arbBooleanTask(2), { minLength: 1, maxLength: 3 }), (psi, tasks) => {
          const p: RecoveryProblem = { d: 2, psi, tasks, bias: bias as Bias, group: 'signed-permutation', support: null };
          const scorer = makeScorer(p);
          let least = Infinity;
          let count = 0;
          forEachBijectionInPlace(2, (v) => {
            const slow = slowObjective(p, v);
            expect(objectiveText(scorer.toObjective(scorer.evaluate(v)))).toBe(objectiveText(slow));
            const value = slow.kind === 'number' ? slow.value : NaN;
            if (value < least) [least, count] = [value, 0];
            if (value === least) count++;
          });
          const r = recoverExhaustive(p);
          expect(r.minimum).toEqual({ kind: 'number', value: least });
          expect(r.minimizers).toBe(count);
        }),
        { seed: SEED, numRuns: 30 },
      );
    });
  }

  it('hand case: dictators observed with a redundant bit x3 = x1 x2 recover under hier-max (3 = 1 + 1 + 1, 8 signed permutations)', async () => {
    const psi: BoolMap = { n: 2, m: 3, image: Uint32Array.from([0, 1 | 4, 2 | 4, 3]) };
    const tasks = [fromSignBits(2, (z) => (z & 1) === 1), fromSignBits(2, (z) => (z & 2) === 2)];
    const r = await recover({ d: 2, psi, tasks, bias: 'hier-max', group: 'signed-permutation', support: null });
    expect([r.exact, r.minimum, r.minimizers, r.recovers]).toEqual([true, { kind: 'number', value: 3 }, 8, true]);
  });

  it('hier-sum at d = 4 with m = d is answered by the tuple search as head+rep', async () => {
    const tasks = [0, 1].map((j) => fromSignBits(4, (z) => ((z >>> j) & 1) === 1));
    const psi: BoolMap = { n: 4, m: 4, image: Uint32Array.from({ length: 16 }, (_, z) => z) };
    const a = await recover({ d: 4, psi, tasks, bias: 'hier-sum', group: 'signed-permutation', support: null }, { exactTimeLimitMs: 30_000 });
    const b = await recover({ d: 4, psi, tasks, bias: 'head+rep', group: 'signed-permutation', support: null }, { exactTimeLimitMs: 30_000 });
    expect(a.problem.bias).toBe('hier-sum');
    expect([a.exact, a.minimum, a.minimizers, a.recovers]).toEqual([b.exact, b.minimum, b.minimizers, b.recovers]);
  });
});

describe('the claim kernel on the paper setting', () => {
  it('recoverySummary: the checker (engine) and the verifier (plain enumeration) agree for hier-max, hier-sum and head+rep with psi: C_2 -> C_3', () => {
    fc.assert(
      fc.property(arbInjective(2, 3), fc.array(fc.integer({ min: 0, max: 15 }), { minLength: 1, maxLength: 3 }), fc.constantFrom('hier-max', 'hier-sum', 'head+rep'), (psi, codes, bias) => {
        const tasks = codes.map((c) => ({ n: 2, values: Int32Array.from({ length: 4 }, (_, x) => ((c >>> x) & 1 ? -1 : 1)) }));
        const q = { tasks, bias, group: 'signed-permutation', psi } as const;
        expect(fastKernel.recoverySummary(q)).toEqual(verifierKernel.recoverySummary(q));
      }),
      { seed: SEED, numRuns: 25 },
    );
  });
});

describe('recover --observed', () => {
  it('answers in JSON with the observed length', async () => {
    const r = await run(recoverCommand, ['--latents', '2', '--observed', '3', '--psi', 'x1; x2; x1*x2', '--tasks', 'x1; x2', '--bias', 'hier-max', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ observed: 3, minimum: 3, minimizers: 8, recovers: true, exact: true, bias: 'hier-max' });
  });

  it('without --psi pads the identity with +1 coordinates', async () => {
    const r = await run(recoverCommand, ['--latents', '2', '--observed', '4', '--tasks', 'x1*x2', '--bias', 'hier-sum']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('C_2 -> C_4');
  });

  it.each([
    [['--observed', '1'], /--observed 1 is below --latents 2/],
    [['--observed', '7'], /--observed must be between 1 and 6/],
    [['--observed', '3', '--psi', 'x1; x1; x1'], /psi is not injective: points/],
    [['--observed', '3', '--psi', 'x1; x2'], /--psi must have 3 coordinates \(a map C_2 -> C_3, --observed 3\), got 2/],
    [['--psi', 'x1; x2; x1*x2'], /got 3 \(for longer observations give --observed 3\)/],
  ])('refuses %j in one line, exit 2', async (extra, message) => {
    const r = await run(recoverCommand, ['--latents', '2', '--tasks', 'x1', ...extra]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
