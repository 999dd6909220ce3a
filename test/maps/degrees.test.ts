import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { degree, gf2Degree } from '../../src/core/degree.js';
import {
  coordinate,
  coordinateDegrees,
  coordinateGf2Degrees,
  inverseMapDegrees,
  inverseOrThrow,
  mapDegrees,
  maxCoordinateDegree,
} from '../../src/maps/index.js';
import { SEED, arbBijection, arbMap } from './helpers.js';

describe('coordinate degrees', () => {
  it('on a known map: T = (x1, x1 x2) and its inverse (which is itself)', () => {
    const t = { n: 2, m: 2, image: Uint32Array.from([0, 3, 2, 1]) };
    expect(mapDegrees(t)).toEqual({ fourier: [1, 2], gf2: [1, 1] });
    // and-map coordinate: T = (x1, and(x1, x2)) is not a bijection; and has deg 2, deg2 2.
    const a = { n: 2, m: 2, image: Uint32Array.from([0, 1, 0, 3]) };
    expect(mapDegrees(a)).toEqual({ fourier: [1, 2], gf2: [1, 2] });
    expect(inverseMapDegrees(t)).toEqual({ ok: true, value: { fourier: [1, 2], gf2: [1, 1] } });
    expect(inverseMapDegrees(a).ok).toBe(false);
    // Constant coordinates: +1 has gf2 degree null, -1 has 0; both Fourier degree 0.
    expect(mapDegrees({ n: 1, m: 2, image: Uint32Array.from([2, 2]) })).toEqual({ fourier: [0, 0], gf2: [null, 0] });
    expect(maxCoordinateDegree({ n: 3, m: 0, image: new Uint32Array(8) })).toBe(0);
  });

  it('agree with degree and gf2Degree of each coordinate, for T and T^-1', () => {
    fc.assert(
      fc.property(fc.oneof(arbMap(0, 6, 0, 5), arbBijection(0, 6)), (t) => {
        const fourier = coordinateDegrees(t);
        const gf2 = coordinateGf2Degrees(t);
        for (let j = 1; j <= t.m; j++) {
          expect(fourier[j - 1]).toBe(degree(coordinate(t, j)));
          expect(gf2[j - 1]).toBe(gf2Degree(coordinate(t, j)));
        }
        expect(maxCoordinateDegree(t)).toBe(Math.max(0, ...fourier));
        const inv = inverseMapDegrees(t);
        if (inv.ok) expect(inv.value).toEqual(mapDegrees(inverseOrThrow(t)));
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});
