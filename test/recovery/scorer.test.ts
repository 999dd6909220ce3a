import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { identityMap } from '../../src/maps/boolMap.js';
import { signedPermutationMap } from '../../src/maps/signedPermutation.js';
import { affineMap } from '../../src/maps/affine.js';
import { gf2Rank } from '../../src/maps/gf2Linear.js';
import { makeScorer } from '../../src/recovery/scorer.js';
import { BIASES, type Bias, type RecoveryProblem } from '../../src/recovery/types.js';
import { booleanTables } from '../../src/recovery/booleanTables.js';
import { fromInt32 } from '../../src/core/cubeFunction.js';
import { degree, gf2Degree } from '../../src/core/degree.js';
import { degreeProfile as levelWeights } from '../../src/core/measures/profile.js';
import { spectrum } from '../../src/core/spectrum.js';
import { Rational } from '../../src/core/rational.js';
import { SEED, arbBijectionImage, arbBooleanTask, arbRationalTask, arbSupport, mapOf, objectiveText, slowObjective } from './helpers.js';

function arbProblem(d: number, booleanOnly: boolean, partial: boolean): fc.Arbitrary<{ p: RecoveryProblem; v: Uint32Array }> {
  const task = booleanOnly ? arbBooleanTask(d) : fc.oneof(arbBooleanTask(d), arbRationalTask(d));
  return fc
    .record({
      tasks: fc.array(task, { minLength: 1, maxLength: 3 }),
      psi: arbBijectionImage(d),
      support: partial ? arbSupport(d) : fc.constant(null),
      v: arbBijectionImage(d),
      bias: fc.constantFrom(...BIASES),
    })
    .map(({ tasks, psi, support, v, bias }) => {
      const boolTasks = bias === 'head-gf2' ? tasks.map((h) => (h.denominator.equals(1) && Array.from(h.numerators as ArrayLike<number>).every((x) => Math.abs(Number(x)) === 1) ? h : fromInt32(d, new Int32Array(2 ** d).fill(-1)))) : tasks;
      return { p: { d, psi: mapOf(d, psi), tasks: boolTasks, bias: bias as Bias, group: 'signed-permutation' as const, support }, v };
    });
}

describe('scorer', () => {
  it('Boolean tables agree with the core degree, GF(2) degree and profile (d <= 3)', () => {
    for (const d of [1, 2, 3]) {
      const t = booleanTables(d);
      for (let code = 0; code < 2 ** 2 ** d; code++) {
        const f = fromInt32(d, Int32Array.from({ length: 2 ** d }, (_, x) => ((code >>> x) & 1 ? -1 : 1)));
        expect(t.degree[code]).toBe(degree(f));
        expect(t.gf2[code]).toBe(gf2Degree(f) ?? 0);
        const w = levelWeights(spectrum(f));
        for (let k = 0; k <= d; k++) expect(w[k]!.mul(Rational.fromInt(4 ** d)).toSafeInteger()).toBe(t.profile[code * (d + 1) + k]);
      }
    }
  });

  for (const d of [1, 2, 3, 4]) {
    it(`matches the slow definition of every bias, full and partial support (d = ${d})`, () => {
      fc.assert(
        fc.property(arbProblem(d, false, true), ({ p, v }) => {
          expect(objectiveText(makeScorer(p).toObjective(makeScorer(p).evaluate(v)))).toBe(objectiveText(slowObjective(p, v)));
        }),
        { seed: SEED, numRuns: d === 4 ? 25 : 60 },
      );
    });
  }

  it('matches the slow definition without lookup tables (d = 5, full support)', () => {
    fc.assert(
      fc.property(arbProblem(5, false, false), ({ p, v }) => {
        expect(objectiveText(makeScorer(p).toObjective(makeScorer(p).evaluate(v)))).toBe(objectiveText(slowObjective(p, v)));
      }),
      { seed: SEED, numRuns: 20 },
    );
  });

  it('is invariant under V -> A o V for A in its declared group (signed permutations; GF(2)-affine for head-gf2)', () => {
    const arbA = (d: number) =>
      fc.record({
        perm: fc.shuffledSubarray(Array.from({ length: d }, (_, i) => i + 1), { minLength: d, maxLength: d }),
        signs: fc.array(fc.constantFrom(1, -1), { minLength: d, maxLength: d }),
        rows: fc.array(fc.integer({ min: 1, max: 2 ** d - 1 }), { minLength: d, maxLength: d }),
        c: fc.integer({ min: 0, max: 2 ** d - 1 }),
      });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }).chain((d) => fc.tuple(arbProblem(d, true, true), arbA(d))), ([{ p, v }, a]) => {
        const { d } = p;
        const s = makeScorer(p);
        let A;
        if (s.invariance === 'signed-permutation') A = signedPermutationMap(a.perm, a.signs);
        else {
          if (gf2Rank(a.rows) < d) return; // not invertible: skip
          A = affineMap(a.rows.map((r) => Array.from({ length: d }, (_, k) => (r >>> k) & 1)), Array.from({ length: d }, (_, j) => (a.c >>> j) & 1));
        }
        const av = v.map((x) => A.image[x]!);
        expect(s.compare(s.evaluate(av), s.evaluate(v))).toBe(0);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('head-degree is not invariant under GF(2)-affine maps (why only head-gf2 gets the larger group)', () => {
    const d = 2;
    const p: RecoveryProblem = { d, psi: identityMap(d), tasks: [fromInt32(d, Int32Array.from([1, -1, -1, 1]))], bias: 'head-degree', group: 'signed-permutation', support: null };
    const s = makeScorer(p);
    // x1 x2 under V = (x1 x2, x2) becomes the dictator x1: degree 2 -> 1.
    expect(s.evaluate(Uint32Array.from([0, 1, 2, 3]))).toBe(2);
    expect(s.evaluate(Uint32Array.from([0, 1, 3, 2]))).toBe(1);
  });
});
