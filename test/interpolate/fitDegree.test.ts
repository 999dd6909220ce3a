import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitDegreeOracle, gf2FitDegreeOracle } from '../../src/core/interpolate/fitDegree.js';
import { minDegreeInterpolator } from '../../src/core/interpolate/minDegree.js';
import { leastGf2Extension } from '../../src/core/interpolate/gf2Extension.js';
import { Rational } from '../../src/core/rational.js';
import { SEED } from './helpers.js';

describe('fit degree oracles', () => {
  it('the real oracle gives the degree of the min-degree interpolator (any point order, cached or not)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((n) =>
          fc.record({
            n: fc.constant(n),
            points: fc.shuffledSubarray(Array.from({ length: 2 ** n }, (_, i) => i), { minLength: 1 }),
            vals: fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 2 ** n, maxLength: 2 ** n }),
          }),
        ),
        ({ n, points, vals }) => {
          const oracle = fitDegreeOracle(n);
          const values = points.map((_, i) => vals[i]!);
          const expected = minDegreeInterpolator(n, points, values.map((v) => Rational.fromInt(v))).degree;
          expect(oracle.degree(points, values.map(BigInt))).toBe(expected);
          // again from the cache, with the points reversed
          expect(oracle.degree([...points].reverse(), [...values].reverse().map(BigInt))).toBe(expected);
        },
      ),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('the GF(2) oracle gives the least GF(2) degree of a Boolean extension', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((n) =>
          fc.record({
            n: fc.constant(n),
            points: fc.shuffledSubarray(Array.from({ length: 2 ** n }, (_, i) => i), { minLength: 1 }),
            bits: fc.array(fc.constantFrom<0 | 1>(0, 1), { minLength: 2 ** n, maxLength: 2 ** n }),
          }),
        ),
        ({ n, points, bits }) => {
          const b = points.map((_, i) => bits[i]!);
          const expected = leastGf2Extension(n, points, b.map((x) => (x ? -1 : 1))).degree;
          expect(gf2FitDegreeOracle(n).degree(points, b)).toBe(expected);
        },
      ),
      { seed: SEED, numRuns: 150 },
    );
  });
});
