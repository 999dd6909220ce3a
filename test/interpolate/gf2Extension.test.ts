import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gf2Degree } from '../../src/core/degree.js';
import { fromInt32 } from '../../src/core/cubeFunction.js';
import { leastGf2Extension } from '../../src/core/interpolate/gf2Extension.js';
import { SEED } from './helpers.js';

/** Least deg2 over every Boolean function on C_n agreeing with the data (null < 0 < 1 ...). */
function bruteLeast(n: number, points: number[], values: number[]): number | null {
  let best: number | null | undefined;
  for (let code = 0; code < 2 ** 2 ** n; code++) {
    const t = Int32Array.from({ length: 2 ** n }, (_, x) => ((code >>> x) & 1 ? -1 : 1));
    if (!points.every((p, i) => t[p] === values[i])) continue;
    const d = gf2Degree(fromInt32(n, t));
    if (best === undefined || (best !== null && (d === null || d < best))) best = d;
  }
  return best!;
}

describe('leastGf2Extension', () => {
  it('matches brute force over all Boolean functions (n <= 3) and extends the data', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }).chain((n) =>
          fc.record({
            n: fc.constant(n),
            keep: fc.array(fc.boolean(), { minLength: 2 ** n, maxLength: 2 ** n }),
            vals: fc.array(fc.constantFrom(1, -1), { minLength: 2 ** n, maxLength: 2 ** n }),
          }),
        ),
        ({ n, keep, vals }) => {
          const points = keep.flatMap((k, i) => (k ? [i] : []));
          const values = points.map((p) => vals[p]!);
          const e = leastGf2Extension(n, points, values);
          expect(e.degree).toBe(bruteLeast(n, points, values));
          expect(gf2Degree(e.fn)).toBe(e.degree);
          points.forEach((p, i) => expect(e.fn.numerators[p]).toBe(values[i]));
        },
      ),
      { seed: SEED, numRuns: 120 },
    );
  });

  it('x1 x2 seen off the point (-1,-1) extends as the constant +1 (degree 0)', () => {
    // xor(x1,x2) = x1*x2 is +1 at points 0 and 3 and -1 at 1, 2; seeing only 0 and 3 -> constant.
    expect(leastGf2Extension(2, [0, 3], [1, 1]).degree).toBeNull();
    expect(leastGf2Extension(2, [0, 3], [-1, -1]).degree).toBe(0);
    expect(leastGf2Extension(2, [0, 1, 2], [1, -1, -1]).degree).toBe(1);
    expect(() => leastGf2Extension(2, [0], [0])).toThrow(/\+-1/);
  });
});
