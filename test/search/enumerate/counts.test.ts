import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ENUMERATION_LIMIT,
  assertEnumerable,
  bijectionCountExceeds,
  countAffineMaps,
  countBijections,
  countInvertibleMatrices,
  countMaps,
  countSignedPermutations,
  describeCount,
} from '../../../src/search/enumerate/index.js';

describe('family sizes', () => {
  it('match known numbers', () => {
    expect([0, 1, 2, 3, 4].map(countBijections)).toEqual([1n, 2n, 24n, 40320n, 20922789888000n]);
    expect([0, 1, 2, 3, 4].map(countSignedPermutations)).toEqual([1n, 2n, 8n, 48n, 384n]);
    expect([0, 1, 2, 3, 4].map(countInvertibleMatrices)).toEqual([1n, 1n, 6n, 168n, 20160n]);
    expect([0, 1, 2, 3, 4].map(countAffineMaps)).toEqual([1n, 2n, 24n, 1344n, 322560n]);
    expect(countMaps(2, 1)).toBe(16n);
    expect(countMaps(3, 3)).toBe(16777216n);
    expect(countMaps(0, 5)).toBe(32n);
    expect(countMaps(5, 0)).toBe(1n);
    // |GL(5, 2)| = 9999360; signed permutations of C_10: 2^10 10!.
    expect(countInvertibleMatrices(5)).toBe(9999360n);
    expect(countSignedPermutations(10)).toBe(1024n * 3628800n);
    expect(countMaps(20, 20)).toBe(1n << 20971520n);
  });

  it('are exact at larger n: (2^n)! by binary splitting equals the plain product', () => {
    let p = 1n;
    for (let k = 2n; k <= 256n; k++) p *= k;
    expect(countBijections(8)).toBe(p);
    // Each family is a subgroup chain: signed permutations < affine maps < bijections.
    for (let n = 0; n <= 8; n++) {
      expect(countAffineMaps(n) % countSignedPermutations(n)).toBe(0n);
      expect(countBijections(n) % countAffineMaps(n)).toBe(0n);
    }
  });

  it('bijectionCountExceeds agrees with the exact count', () => {
    for (let n = 0; n <= 4; n++) {
      const c = countBijections(n);
      for (const limit of [0n, c - 1n, c, c + 1n, DEFAULT_ENUMERATION_LIMIT]) {
        if (limit < 0n) continue;
        expect(bijectionCountExceeds(n, limit)).toBe(c > limit);
      }
    }
    expect(bijectionCountExceeds(20, DEFAULT_ENUMERATION_LIMIT)).toBe(true);
  });

  it('the guard names the family and the size', () => {
    expect(() => assertEnumerable('all maps', 10n, 10n)).not.toThrow();
    expect(() => assertEnumerable('all maps', 11n, 10n)).toThrow(/refusing to enumerate all maps: 11 maps, more than the limit 10/);
    expect(() => assertEnumerable('X', 'exceeds', 10n)).toThrow(/more than the limit 10/);
    expect(describeCount(1n << 70n)).toBe('at least 2^70');
    expect(describeCount(12345n)).toBe('12345');
  });
});
