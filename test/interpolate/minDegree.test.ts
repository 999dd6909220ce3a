import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toRationals, fromRationals, valueAt } from '../../src/core/cubeFunction.js';
import { Rational } from '../../src/core/rational.js';
import { coefficientAt } from '../../src/core/spectrum.js';
import { minDegreeInterpolator } from '../../src/core/interpolate/minDegree.js';
import { compareProfiles as compareProfilesFromTop } from '../../src/core/measures/profile.js';
import { SEED, arbProblem, arbRational, referenceSpectrum, slowProfile } from './helpers.js';

const R = (p: number, q = 1) => Rational.of(p, q);

describe('minDegreeInterpolator', () => {
  it('T11: on the half cube {x1 = +1} the interpolator of f is f(+1, x2..xn)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((n) =>
          fc.record({ n: fc.constant(n), table: fc.array(arbRational, { minLength: 2 ** n, maxLength: 2 ** n }) }),
        ),
        ({ n, table }) => {
          const points = table.map((_, i) => i).filter((i) => (i & 1) === 0);
          const g = minDegreeInterpolator(n, points, points.map((p) => table[p]!));
          for (let x = 0; x < 2 ** n; x++) expect(valueAt(g.fn, x).equals(table[x & ~1]!)).toBe(true);
          // no dependence on x1: every coefficient on a set containing 1 is zero
          for (let S = 1; S < 2 ** n; S += 2) expect(coefficientAt(g.spectrum, S).isZero()).toBe(true);
        },
      ),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('full support gives f itself', () => {
    fc.assert(
      fc.property(arbProblem(0, 4), ({ n, table }) => {
        const all = table.map((_, i) => i);
        const g = minDegreeInterpolator(n, all, table);
        expect(toRationals(g.fn).every((v, i) => v.equals(table[i]!))).toBe(true);
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('fits the data exactly, and its profile and degree are those of its table', () => {
    fc.assert(
      fc.property(arbProblem(1, 4), ({ n, points, table }) => {
        const g = minDegreeInterpolator(n, points, points.map((p) => table[p]!));
        for (const p of points) expect(valueAt(g.fn, p).equals(table[p]!)).toBe(true);
        const slow = slowProfile(n, toRationals(g.fn));
        expect(g.profile.map(String)).toEqual(slow.map(String));
        let top: number | null = null;
        slow.forEach((w, k) => {
          if (!w.isZero()) top = k;
        });
        expect(g.degree).toBe(top);
      }),
      { seed: SEED, numRuns: 80 },
    );
  });

  it('has a profile no larger than any other fit (random fits), with equality only for itself', () => {
    fc.assert(
      fc.property(arbProblem(1, 4), fc.array(arbRational, { minLength: 16, maxLength: 16 }), ({ n, points, table }, other) => {
        const g = minDegreeInterpolator(n, points, points.map((p) => table[p]!));
        const inU = new Set(points);
        const fit = Array.from({ length: 2 ** n }, (_, x) => (inU.has(x) ? table[x]! : other[x]!));
        const c = compareProfilesFromTop(g.profile, slowProfile(n, fit));
        expect(c).toBeLessThanOrEqual(0);
        if (c === 0) expect(toRationals(g.fn).every((v, x) => v.equals(fit[x]!))).toBe(true);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('agrees with the coefficient-space construction of the brief', () => {
    fc.assert(
      fc.property(arbProblem(1, 3), ({ n, points, table }) => {
        const values = points.map((p) => table[p]!);
        const g = minDegreeInterpolator(n, points, values);
        const ref = referenceSpectrum(n, points, values);
        ref.forEach((c, S) => expect(coefficientAt(g.spectrum, S).equals(c)).toBe(true));
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('beats every fit on a grid (brute force, n = 2)', () => {
    // U = {0, 3}, y = (1, -1): unknown values at points 1 and 2 on the grid {-2, -3/2, ..., 2}.
    const g = minDegreeInterpolator(2, [0, 3], [R(1), R(-1)]);
    const grid = Array.from({ length: 9 }, (_, i) => R(i - 4, 2));
    let ties = 0;
    for (const a of grid) {
      for (const b of grid) {
        const c = compareProfilesFromTop(g.profile, slowProfile(2, [R(1), a, b, R(-1)]));
        expect(c).toBeLessThanOrEqual(0);
        if (c === 0) ties++;
      }
    }
    // The minimiser is (x1 + x2)/2: values 1, 0, 0, -1 (on the grid), so exactly one tie.
    expect(toRationals(g.fn).map(String)).toEqual(['1', '0', '0', '-1']);
    expect(ties).toBe(1);
  });

  it('known small cases', () => {
    // One point: the constant.
    const one = minDegreeInterpolator(3, [5], [R(-2, 3)]);
    expect(toRationals(one.fn).every((v) => v.equals(R(-2, 3)))).toBe(true);
    expect(one.degree).toBe(0);
    // All-zero data: the zero function, degree null.
    const zero = minDegreeInterpolator(2, [1, 2], [R(0), R(0)]);
    expect(zero.degree).toBeNull();
    // and(x1,x2) seen on {x1 = -1}: there it equals x2, so the interpolator is x2 (degree 1).
    const half = minDegreeInterpolator(2, [1, 3], [R(1), R(-1)]);
    expect(toRationals(half.fn).map(String)).toEqual(['1', '1', '-1', '-1']);
    // Empty support: the zero function.
    expect(minDegreeInterpolator(2, [], []).degree).toBeNull();
  });

  it('rejects malformed data', () => {
    expect(() => minDegreeInterpolator(2, [0, 0], [R(1), R(1)])).toThrow(/twice/);
    expect(() => minDegreeInterpolator(2, [4], [R(1)])).toThrow(/not a point/);
    expect(() => minDegreeInterpolator(2, [1], [])).toThrow(/values/);
  });

  it('round-trips through fromRationals', () => {
    const g = minDegreeInterpolator(3, [0, 1, 6], [R(1), R(1, 2), R(-3)]);
    expect(toRationals(fromRationals(3, toRationals(g.fn))).map(String)).toEqual(toRationals(g.fn).map(String));
  });
});
