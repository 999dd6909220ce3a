import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ResolvedDomain } from '../../src/claim/index.js';
import { decodeValue, encodeValue } from '../../src/verifier/index.js';
import { slowEncode, slowEnumerate } from './helpers/domains.js';

const small: ResolvedDomain[] = [
  { kind: 'boolean-functions', n: 0 },
  { kind: 'boolean-functions', n: 1 },
  { kind: 'boolean-functions', n: 3 },
  { kind: 'low-degree-functions', n: 3, maxDegree: 1 },
  { kind: 'integer-functions', n: 2, min: -2, max: 1 },
  { kind: 'maps', n: 2, m: 1 },
  { kind: 'maps', n: 1, m: 2 },
  { kind: 'bijections', n: 2 },
  { kind: 'signed-permutations', n: 2 },
  { kind: 'gf2-affine-maps', n: 2 },
  { kind: 'subsets', n: 2 },
];

describe('canonical encodings', () => {
  it('match the test-side encoder on every member, and decode back to the same value', () => {
    for (const d of small) {
      for (const v of slowEnumerate(d)) {
        const text = encodeValue(v, d);
        expect(text).toBe(slowEncode(v, d));
        const back = decodeValue(text, d);
        expect(back.ok && encodeValue(back.value, d)).toBe(text);
      }
    }
  });

  it('follow docs/math.md: x1*x2 is hex:6 and and(x1, x2) is hex:8', () => {
    const d: ResolvedDomain = { kind: 'boolean-functions', n: 2 };
    expect(encodeValue({ n: 2, values: Int32Array.from([1, -1, -1, 1]) }, d)).toBe('hex:6');
    expect(encodeValue({ n: 2, values: Int32Array.from([1, 1, 1, -1]) }, d)).toBe('hex:8');
    expect(encodeValue({ n: 4, values: Int32Array.from({ length: 16 }, (_, i) => (i === 4 ? -1 : 1)) }, { kind: 'boolean-functions', n: 4 })).toBe('hex:0010');
  });

  it('round-trip random Boolean tables at n = 5', () => {
    const d: ResolvedDomain = { kind: 'boolean-functions', n: 5 };
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 32, maxLength: 32 }), (bits) => {
        const f = { n: 5, values: Int32Array.from(bits, (b) => (b ? -1 : 1)) };
        const back = decodeValue(encodeValue(f, d), d);
        expect(back.ok && Array.from((back.value as typeof f).values)).toEqual(Array.from(f.values));
      }),
      { seed: 1234, numRuns: 100 },
    );
  });

  const rejected: [string, ResolvedDomain, string][] = [
    ['hex:06', { kind: 'boolean-functions', n: 2 }, 'needs exactly 1 lowercase hex digits'],
    ['hex:A', { kind: 'boolean-functions', n: 2 }, 'lowercase hex'],
    ['hex:', { kind: 'boolean-functions', n: 2 }, 'lowercase hex'],
    ['hex:3', { kind: 'boolean-functions', n: 1 }, 'needs the prefix tt:'],
    ['tt:+-', { kind: 'boolean-functions', n: 2 }, 'needs the prefix hex:'],
    ['tt:+', { kind: 'boolean-functions', n: 1 }, 'needs 2 signs'],
    ['hex:6', { kind: 'low-degree-functions', n: 2, maxDegree: 1 }, 'has degree above 1'],
    ['vals:1,1,1,2', { kind: 'integer-functions', n: 2, min: -1, max: 1 }, 'outside -1..1'],
    ['vals:1,01,1,1', { kind: 'integer-functions', n: 2, min: -1, max: 1 }, 'not in canonical form'],
    ['vals:1,-0,1,1', { kind: 'integer-functions', n: 2, min: -1, max: 1 }, 'not in canonical form'],
    ['vals:1,,1,1', { kind: 'integer-functions', n: 2, min: -1, max: 1 }, 'decimal integers'],
    ['vals:1, 1,1,1', { kind: 'integer-functions', n: 2, min: -1, max: 1 }, 'decimal integers'],
    ['perm:0,1,2', { kind: 'maps', n: 2, m: 2 }, 'needs 4 values, got 3'],
    ['perm:0,1,2,4', { kind: 'maps', n: 2, m: 2 }, 'outside [0, 4)'],
    ['perm:0,1,2,2', { kind: 'bijections', n: 2 }, 'not a bijection'],
    ['perm:0,2,01,3', { kind: 'signed-permutations', n: 2 }, 'not in canonical form'],
    ['perm:0,1,3,2', { kind: 'signed-permutations', n: 2 }, 'not a signed permutation'],
    ['perm:0,1,2,3,4,5,7,6', { kind: 'gf2-affine-maps', n: 3 }, 'not a GF(2)-affine bijection'],
    ['points:2,1', { kind: 'subsets', n: 2 }, 'increasing order'],
    ['points:1,1', { kind: 'subsets', n: 2 }, 'increasing order'],
    ['points:4', { kind: 'subsets', n: 2 }, '[0, 4)'],
    ['perm:0,1', { kind: 'maps', n: 1, m: 99 }, 'unsupported m'],
  ];
  it.each(rejected)('%s is not a member of %o', (text, d, problem) => {
    const out = decodeValue(text, d);
    expect(out.ok ? 'accepted' : out.problem).toContain(problem);
  });

  it('reads points: alone as the empty set', () => {
    const out = decodeValue('points:', { kind: 'subsets', n: 2 });
    expect(out.ok && Array.from((out.value as { points: Uint32Array }).points)).toEqual([]);
  });
});
