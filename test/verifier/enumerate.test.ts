import { describe, expect, it } from 'vitest';
import type { CubeMap, ResolvedDomain } from '../../src/claim/index.js';
import { MAX_ENUMERATION, encodeValue, enumerate, enumerationWork } from '../../src/verifier/index.js';
import { slowEncode, slowEnumerate } from './helpers/domains.js';

const domains: ResolvedDomain[] = [
  { kind: 'boolean-functions', n: 0 },
  { kind: 'boolean-functions', n: 2 },
  { kind: 'boolean-functions', n: 3 },
  { kind: 'low-degree-functions', n: 2, maxDegree: 0 },
  { kind: 'low-degree-functions', n: 3, maxDegree: 1 },
  { kind: 'low-degree-functions', n: 2, maxDegree: 2 },
  { kind: 'integer-functions', n: 2, min: -1, max: 1 },
  { kind: 'integer-functions', n: 1, min: 5, max: 5 },
  { kind: 'maps', n: 2, m: 2 },
  { kind: 'maps', n: 1, m: 3 },
  { kind: 'maps', n: 2, m: 0 },
  { kind: 'bijections', n: 1 },
  { kind: 'bijections', n: 2 },
  { kind: 'signed-permutations', n: 2 },
  { kind: 'gf2-affine-maps', n: 2 },
  { kind: 'subsets', n: 2 },
];

const texts = (d: ResolvedDomain, slow: boolean): string[] =>
  slow ? slowEnumerate(d).map((v) => slowEncode(v, d)) : enumerate(d).map((v) => encodeValue(v, d));

describe('enumerate', () => {
  it.each(domains)('lists %o in the canonical order of the test-side enumerator', (d) => {
    expect(texts(d, false)).toEqual(texts(d, true));
  });

  it('starts and ends where docs/certificates.md says', () => {
    expect(texts({ kind: 'boolean-functions', n: 2 }, false).slice(0, 3)).toEqual(['hex:0', 'hex:1', 'hex:2']);
    expect(texts({ kind: 'maps', n: 1, m: 1 }, false)).toEqual(['perm:0,0', 'perm:1,0', 'perm:0,1', 'perm:1,1']);
    expect(texts({ kind: 'integer-functions', n: 1, min: -1, max: 0 }, false)).toEqual(['vals:-1,-1', 'vals:0,-1', 'vals:-1,0', 'vals:0,0']);
    expect(texts({ kind: 'subsets', n: 1 }, false)).toEqual(['points:', 'points:0', 'points:1', 'points:0,1']);
    expect(texts({ kind: 'bijections', n: 1 }, false)).toEqual(['perm:0,1', 'perm:1,0']);
  });

  it('gives the known sizes at n = 3 (48 signed permutations, 1344 affine maps, 8! bijections), sorted', () => {
    const sizes: [ResolvedDomain, number][] = [
      [{ kind: 'signed-permutations', n: 3 }, 48],
      [{ kind: 'gf2-affine-maps', n: 3 }, 1344],
      [{ kind: 'bijections', n: 3 }, 40320],
      [{ kind: 'low-degree-functions', n: 4, maxDegree: 1 }, 10],
    ];
    for (const [d, size] of sizes) {
      const all = enumerate(d);
      expect(all).toHaveLength(size);
      if (d.kind === 'low-degree-functions') continue;
      const keys = (all as CubeMap[]).map((t) => Array.from(t.image, (y) => String.fromCharCode(65 + y)).join(''));
      expect(keys.every((k, i) => i === 0 || keys[i - 1]! < k)).toBe(true);
    }
    expect(enumerate({ kind: 'signed-permutations', n: 4 })).toHaveLength(384);
  });

  it('refuses domains beyond its size guard or with bad parameters', () => {
    expect(enumerationWork({ kind: 'boolean-functions', n: 5 })).toBeGreaterThan(MAX_ENUMERATION);
    expect(() => enumerate({ kind: 'boolean-functions', n: 5 })).toThrow(/too large to re-enumerate/);
    expect(() => enumerate({ kind: 'bijections', n: 4 })).toThrow(/too large/);
    expect(() => enumerate({ kind: 'maps', n: 3, m: 3 })).toThrow(/too large/);
    expect(() => enumerate({ kind: 'integer-functions', n: 1, min: 2, max: 1 })).toThrow(/min <= max/);
    expect(() => enumerate({ kind: 'subsets', n: -1 })).toThrow(/unsupported n/);
  });
});
