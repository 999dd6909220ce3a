import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coordinate as coordinateAt } from '../../src/core/cube.js';
import { component, componentSignsInPlace, coordinate, coordinates } from '../../src/maps/index.js';
import { SEED, arbMap, slowComponentValue } from './helpers.js';

describe('component functions', () => {
  it('T_j reads bit j-1 of the image in the sign convention', () => {
    // T(x1, x2) = (x1 x2, -x1): image of point i is bit0 = b1 xor b2, bit1 = not b1.
    const t = { n: 2, m: 2, image: Uint32Array.from([2, 1, 3, 0]) };
    expect(Array.from(coordinate(t, 1).numerators as Int32Array)).toEqual([1, -1, -1, 1]);
    expect(Array.from(coordinate(t, 2).numerators as Int32Array)).toEqual([-1, 1, -1, 1]);
    expect(Array.from(component(t, 3).numerators as Int32Array)).toEqual([-1, -1, 1, 1]);
    expect(Array.from(component(t, 0).numerators as Int32Array)).toEqual([1, 1, 1, 1]);
    expect(() => coordinate(t, 0)).toThrow(RangeError);
    expect(() => coordinate(t, 3)).toThrow(RangeError);
    expect(() => component(t, 4)).toThrow(RangeError);
  });

  it('chi_S o T is the product of the coordinates in S, and T_j matches the cube convention', () => {
    fc.assert(
      fc.property(
        arbMap(0, 5, 0, 5).chain((t) => fc.tuple(fc.constant(t), fc.nat(2 ** t.m - 1))),
        ([t, s]) => {
          const f = component(t, s);
          expect(f.n).toBe(t.n);
          const buf = new Int32Array(t.image.length);
          componentSignsInPlace(t, s, buf);
          for (let x = 0; x < t.image.length; x++) {
            expect(f.numerators[x]).toBe(slowComponentValue(t, s, x));
            expect(buf[x]).toBe(f.numerators[x]);
          }
          const cs = coordinates(t);
          expect(cs.length).toBe(t.m);
          cs.forEach((c, k) => {
            for (let x = 0; x < t.image.length; x++) expect(c.numerators[x]).toBe(coordinateAt(t.image[x]!, k + 1));
          });
        },
      ),
      { seed: SEED, numRuns: 200 },
    );
  });
});
