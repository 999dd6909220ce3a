import { describe, expect, it } from 'vitest';
import { MAX_MAP_N } from '../../src/core/cube.js';
import { assertMapN, identityMap, makeMap, mapFromImages, mapsEqual } from '../../src/maps/index.js';

describe('BoolMap construction', () => {
  it('accepts valid tables and rejects images outside C_m', () => {
    const t = makeMap(2, 1, Uint32Array.from([0, 1, 1, 0]));
    expect(t).toEqual({ n: 2, m: 1, image: Uint32Array.from([0, 1, 1, 0]) });
    expect(() => makeMap(2, 1, Uint32Array.from([0, 2, 1, 0]))).toThrow(RangeError);
    expect(() => makeMap(2, 1, Uint32Array.from([0, 1, 1]))).toThrow(/4 image points/);
  });

  it('refuses n or m beyond MAX_MAP_N with a clear message', () => {
    expect(MAX_MAP_N).toBe(20);
    expect(() => assertMapN(20)).not.toThrow();
    expect(() => assertMapN(21)).toThrow(/n = 21 is too large.*n, m <= 20/);
    expect(() => assertMapN(-1)).toThrow(RangeError);
    expect(() => assertMapN(1.5)).toThrow(RangeError);
    expect(() => makeMap(1, 21, new Uint32Array(2))).toThrow(/m = 21 is too large/);
    expect(() => identityMap(21)).toThrow(RangeError);
  });

  it('mapFromImages validates before converting (no silent wrap-around)', () => {
    expect(mapFromImages(1, 1, [1, 0]).image).toEqual(Uint32Array.from([1, 0]));
    expect(() => mapFromImages(1, 1, [2 ** 32, 0])).toThrow(/not a point of C_1/);
    expect(() => mapFromImages(1, 1, [-1, 0])).toThrow(RangeError);
    expect(() => mapFromImages(1, 1, [0.5, 0])).toThrow(RangeError);
  });

  it('mapsEqual compares dimensions and tables', () => {
    expect(mapsEqual(identityMap(3), identityMap(3))).toBe(true);
    expect(mapsEqual(identityMap(2), identityMap(3))).toBe(false);
    expect(mapsEqual(identityMap(1), mapFromImages(1, 1, [1, 0]))).toBe(false);
    expect(mapsEqual(mapFromImages(1, 1, [0, 0]), mapFromImages(1, 2, [0, 0]))).toBe(false);
  });
});
