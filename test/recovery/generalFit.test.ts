/**
 * The fast Fourier cost on a point set (src/recovery/exact/generalFit.ts) against the annihilator
 * oracle of dataCosts.ts (the scorer's), at d = 4, 5, on random point sets and data: small
 * integers (the floating-point path) and numerators near 2^60 (the bigint path).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fourierCosterOn } from '../../src/recovery/exact/generalFit.js';
import { dataCoster, type TaskValues } from '../../src/recovery/exact/dataCosts.js';
import { Rational } from '../../src/core/rational.js';
import { SEED } from './helpers.js';

describe('fourierCosterOn = the fit-degree oracle', () => {
  for (const d of [4, 5]) {
    it(`d = ${d}`, () => {
      const size = 2 ** d;
      const big = fc.bigInt({ min: -(2n ** 60n), max: 2n ** 60n });
      const small = fc.bigInt({ min: -3n, max: 3n });
      fc.assert(
        fc.property(
          fc.uniqueArray(fc.integer({ min: 0, max: size - 1 }), { minLength: 1, maxLength: Math.min(size - 1, 14) }),
          fc.uniqueArray(fc.oneof(small, big), { minLength: 1, maxLength: 3 }),
          fc.array(fc.nat(), { minLength: size, maxLength: size }),
          fc.constantFrom(1n, 3n),
          (points, numerators, picks, denominator) => {
            const tv: TaskValues = { numerators, values: numerators.map((n) => Rational.of(n, denominator)), denominator };
            const data = new Int8Array(size).fill(-1);
            for (const x of points) data[x] = picks[x]! % numerators.length;
            const fast = fourierCosterOn(d, points)(tv, data);
            expect(fast).toBe(dataCoster(d, 'fourier').cost(tv, data));
          },
        ),
        { seed: SEED + d, numRuns: d === 4 ? 60 : 25 },
      );
    });
  }
});
