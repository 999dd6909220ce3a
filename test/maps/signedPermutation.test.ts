import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coordinate as coordinateAt } from '../../src/core/cube.js';
import {
  identityMap,
  isSignedPermutation,
  recognizeSignedPermutation,
  signedPermutationMap,
} from '../../src/maps/index.js';
import type { Sign } from '../../src/maps/index.js';
import { SEED, arbBijection, arbMap } from './helpers.js';

const arbSignedPermutation = fc.integer({ min: 0, max: 8 }).chain((n) =>
  fc.record({
    permutation: fc
      .array(fc.nat(), { minLength: n, maxLength: n })
      .map((keys) => keys.map((_, i) => i).sort((a, b) => keys[a]! - keys[b]! || a - b).map((i) => i + 1)),
    signs: fc.array(fc.constantFrom<Sign>(1, -1), { minLength: n, maxLength: n }),
  }),
);

describe('signed permutations', () => {
  it('signedPermutationMap follows T(x)_j = s_j x_{pi(j)}', () => {
    // T(x1, x2) = (-x2, x1).
    const t = signedPermutationMap([2, 1], [-1, 1]);
    for (let x = 0; x < 4; x++) {
      expect(coordinateAt(t.image[x]!, 1)).toBe(-coordinateAt(x, 2));
      expect(coordinateAt(t.image[x]!, 2)).toBe(coordinateAt(x, 1));
    }
    expect(Array.from(t.image)).toEqual([1, 3, 0, 2]);
    expect(signedPermutationMap([], [])).toEqual(identityMap(0));
    expect(() => signedPermutationMap([1, 1], [1, 1])).toThrow(/not a permutation/);
    expect(() => signedPermutationMap([1, 3], [1, 1])).toThrow(/not a permutation/);
    expect(() => signedPermutationMap([1, 2], [1, 0])).toThrow(/\+1 or -1/);
    expect(() => signedPermutationMap([1, 2], [1])).toThrow(/2 signs/);
  });

  it('round trips: recognize(signedPermutationMap(pi, s)) = (pi, s), checked pointwise', () => {
    fc.assert(
      fc.property(arbSignedPermutation, ({ permutation, signs }) => {
        const t = signedPermutationMap(permutation, signs);
        const n = permutation.length;
        for (let x = 0; x < t.image.length; x += 1 + (x >> 4)) {
          for (let j = 1; j <= n; j++) {
            expect(coordinateAt(t.image[x]!, j)).toBe(signs[j - 1]! * coordinateAt(x, permutation[j - 1]!));
          }
        }
        expect(recognizeSignedPermutation(t)).toEqual({ permutation, signs });
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('recognition round trips from the map side and rejects other maps', () => {
    fc.assert(
      fc.property(fc.oneof(arbBijection(0, 5), arbMap(0, 4, 0, 4)), (t) => {
        const r = recognizeSignedPermutation(t);
        if (r !== null) expect(signedPermutationMap(r.permutation, r.signs)).toEqual(t);
        expect(isSignedPermutation(t)).toBe(r !== null);
      }),
      { seed: SEED, numRuns: 300 },
    );
    expect(recognizeSignedPermutation({ n: 1, m: 2, image: Uint32Array.from([0, 1]) })).toBeNull();
    // x -> (x1, x1 x2) is affine but not a signed permutation; a constant map is neither.
    expect(recognizeSignedPermutation({ n: 2, m: 2, image: Uint32Array.from([0, 3, 2, 1]) })).toBeNull();
    expect(recognizeSignedPermutation({ n: 1, m: 1, image: Uint32Array.from([1, 1]) })).toBeNull();
  });
});
