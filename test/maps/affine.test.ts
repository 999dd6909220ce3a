import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chi } from '../../src/core/cube.js';
import {
  affineBits,
  affineFormFromMasks,
  affineFormMasks,
  affineImage,
  affineMap,
  gf2Rank,
  isAffine,
  recognizeAffine,
  recognizeSignedPermutation,
} from '../../src/maps/index.js';
import type { Bit } from '../../src/maps/index.js';
import { SEED, arbBijection, arbMap } from './helpers.js';

const bits = (len: number) => fc.array(fc.constantFrom<Bit>(0, 1), { minLength: len, maxLength: len });
const arbAffineData = fc
  .integer({ min: 0, max: 7 })
  .chain((n) => fc.record({ n: fc.constant(n), m: fc.oneof(fc.constant(n), fc.integer({ min: 0, max: 7 })) }))
  .chain(({ n, m }) => fc.record({ n: fc.constant(n), matrix: fc.array(bits(n), { minLength: m, maxLength: m }), translation: bits(m) }));

const mask = (row: readonly number[]) => row.reduce((a: number, b, k) => a | (b << k), 0);

describe('GF(2)-affine maps', () => {
  it('affineMap follows T_j = s_j chi_{A_j} with s_j = -1 exactly when c_j = 1', () => {
    fc.assert(
      fc.property(arbAffineData, ({ n, matrix, translation }) => {
        const t = affineMap(matrix, translation, n);
        expect([t.n, t.m]).toEqual([n, matrix.length]);
        for (let x = 0; x < t.image.length; x++) {
          for (let j = 0; j < matrix.length; j++) {
            const value = (translation[j] ? -1 : 1) * chi(mask(matrix[j]!), x);
            expect(chi(1 << j, t.image[x]!)).toBe(value);
          }
        }
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('recognizeAffine(affineMap(A, c)) = (A, c) exactly when A is square and invertible', () => {
    fc.assert(
      fc.property(arbAffineData, ({ n, matrix, translation }) => {
        const t = affineMap(matrix, translation, n);
        const invertible = matrix.length === n && gf2Rank(matrix.map(mask)) === n;
        expect(recognizeAffine(t)).toEqual(invertible ? { matrix, translation } : null);
        expect(isAffine(t)).toBe(invertible);
        // The decomposition exists for every affine map, square or not.
        const b = affineBits(t)!;
        expect(affineImage(n, b.columns, b.translation)).toEqual(t.image);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('recognition round trips from the map side; signed permutations are affine', () => {
    fc.assert(
      fc.property(fc.oneof(arbBijection(0, 5), arbMap(0, 4, 0, 4)), (t) => {
        const r = recognizeAffine(t);
        if (r !== null) expect(affineMap(r.matrix, r.translation, t.n)).toEqual(t);
        if (recognizeSignedPermutation(t) !== null) expect(r).not.toBeNull();
      }),
      { seed: SEED, numRuns: 300 },
    );
    // x -> (x1, x1 x2): A = [[1,0],[1,1]], c = 0.
    expect(recognizeAffine({ n: 2, m: 2, image: Uint32Array.from([0, 3, 2, 1]) })).toEqual({
      matrix: [[1, 0], [1, 1]],
      translation: [0, 0],
    });
    // and(x1, x2) in a coordinate: not affine.
    expect(recognizeAffine({ n: 2, m: 2, image: Uint32Array.from([0, 1, 0, 3]) })).toBeNull();
    expect(() => affineMap([[1, 0], [1]], [0, 0])).toThrow(/row 2/);
    expect(() => affineMap([[2]], [0])).toThrow(/0 or 1/);
    expect(() => affineMap([[1]], [0, 1])).toThrow(/translation/);
  });

  it('affineFormFromMasks and affineFormMasks are inverse', () => {
    fc.assert(
      fc.property(arbAffineData, ({ n, matrix, translation }) => {
        const form = { matrix, translation };
        const m = affineFormMasks(form);
        expect(affineFormFromMasks(n, m.rowMasks, m.translation)).toEqual(form);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('gf2Rank matches known ranks', () => {
    expect(gf2Rank([])).toBe(0);
    expect(gf2Rank([0, 0])).toBe(0);
    expect(gf2Rank([1, 2, 3])).toBe(2);
    expect(gf2Rank([3, 5, 6])).toBe(2);
    expect(gf2Rank([3, 5, 7])).toBe(3);
    expect(gf2Rank([1 << 19, (1 << 19) | 1, 1])).toBe(2);
  });
});
