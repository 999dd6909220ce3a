/**
 * Every domain kind enumerates exactly the canonical order of docs/certificates.md, compared with
 * slow enumerations made straight from the definitions; sizes, encodings and membership agree.
 */
import { describe, expect, it } from 'vitest';
import type { ResolvedDomain } from '../../src/claim/domains.js';
import type { CubeMap, Fn, PointSet, Value } from '../../src/claim/values.js';
import { fastKernel as K } from '../../src/check/kernel/index.js';
import { type DomainHandler, handlerFor } from '../../src/search/domains/index.js';
import { allPermutations, booleanFromNumber, compareImages, digits, slowDegree } from './helpers.js';

function walk(h: DomainHandler): { values: Value[]; encodings: string[] } {
  const c = h.cursor();
  const values: Value[] = [];
  const encodings: string[] = [];
  do {
    values.push(h.decode(c.encode()));
    encodings.push(c.encode());
  } while (c.next());
  return { values, encodings };
}

function plain(v: Value): number[] {
  if ('values' in v) return Array.from((v as Fn).values);
  if ('image' in v) return Array.from((v as CubeMap).image);
  return Array.from((v as PointSet).points);
}

/** The handler walks exactly `expected` (as plain arrays), its size is their number, and each value round-trips. */
function expectOrder(d: ResolvedDomain, expected: Value[]): void {
  const h = handlerFor(d);
  const { values, encodings } = walk(h);
  expect(values.map(plain)).toEqual(expected.map(plain));
  expect(h.size()).toBe(BigInt(expected.length));
  expect(new Set(encodings).size).toBe(encodings.length);
  expect(encodings.filter((e, k) => h.encode(h.decode(e)) !== e || !h.isMember(values[k]!))).toEqual([]);
  // reset() goes back to the first member.
  const c = h.cursor();
  c.next();
  c.reset();
  expect(c.encode()).toBe(encodings[0]);
}

const bijectionsOf = (n: number): CubeMap[] => allPermutations(2 ** n).map((p) => ({ n, m: n, image: Uint32Array.from(p) }));

describe('canonical enumeration order of every domain kind', () => {
  it('boolean-functions: table number t counting up, bit i of t = point i at -1', () => {
    for (const n of [0, 1, 2, 3]) expectOrder({ kind: 'boolean-functions', n }, Array.from({ length: 2 ** 2 ** n }, (_, t) => booleanFromNumber(n, t)));
  });

  it('low-degree-functions: the boolean-functions order filtered by Fourier degree', () => {
    for (const n of [1, 2, 3, 4]) {
      const all = Array.from({ length: 2 ** 2 ** n }, (_, t) => booleanFromNumber(n, t));
      const degrees = all.map((f) => slowDegree(f)!);
      for (let k = 0; k <= n; k++) expectOrder({ kind: 'low-degree-functions', n, maxDegree: k }, all.filter((_, t) => degrees[t]! <= k));
    }
  });

  it('low-degree-functions: known counts (2 + 2n of degree <= 1) and cost = all Boolean functions', () => {
    for (const n of [3, 5, 7]) expect(handlerFor({ kind: 'low-degree-functions', n, maxDegree: 1 }).size()).toBe(BigInt(2 + 2 * n));
    expect(handlerFor({ kind: 'low-degree-functions', n: 5, maxDegree: 2 }).cost()).toBe(1n << 32n);
  });

  it('integer-functions: mixed radix, point 0 least significant, from all-min', () => {
    for (const [n, min, max] of [[0, -1, 1], [1, -2, 0], [2, -1, 1], [2, 3, 3]] as const) {
      const r = max - min + 1;
      const expected = Array.from({ length: r ** 2 ** n }, (_, t) => ({ n, values: Int32Array.from(digits(t, r, 2 ** n), (d) => min + d) }));
      expectOrder({ kind: 'integer-functions', n, min, max }, expected);
    }
  });

  it('maps: the image tuple in base 2^m, point 0 least significant', () => {
    for (const [n, m] of [[0, 2], [1, 1], [1, 3], [2, 2], [2, 1], [3, 1], [2, 0]] as const) {
      const expected = Array.from({ length: 2 ** (m * 2 ** n) }, (_, t) => ({ n, m, image: Uint32Array.from(digits(t, 2 ** m, 2 ** n)) }));
      expectOrder({ kind: 'maps', n, m }, expected);
    }
  });

  it('bijections: image sequences in lexicographic order', () => {
    for (const n of [0, 1, 2]) expectOrder({ kind: 'bijections', n }, bijectionsOf(n));
    const { encodings } = walk(handlerFor({ kind: 'bijections', n: 3 }));
    expect(encodings.length).toBe(40320);
    expect(encodings[0]).toBe('perm:0,1,2,3,4,5,6,7');
    expect(encodings[1]).toBe('perm:0,1,2,3,4,5,7,6');
    expect(encodings.at(-1)).toBe('perm:7,6,5,4,3,2,1,0');
  });

  it('signed permutations and GF(2)-affine maps: the bijections with that property, in lexicographic order', () => {
    for (const n of [0, 1, 2, 3]) {
      const all = bijectionsOf(n);
      expectOrder({ kind: 'signed-permutations', n }, all.filter((t) => K.isSignedPermutation(t)).sort(compareImages));
      expectOrder({ kind: 'gf2-affine-maps', n }, all.filter((t) => K.isGf2Affine(t)).sort(compareImages));
    }
  });

  it('signed permutations and affine maps at n = 4: right count, strictly increasing, all members', () => {
    for (const [kind, count] of [['signed-permutations', 384], ['gf2-affine-maps', 322560]] as const) {
      const h = handlerFor({ kind, n: 4 });
      const c = h.cursor();
      let seen = 0;
      let previous: Uint32Array | null = null;
      let ok = true;
      do {
        const t = c.value as CubeMap;
        if (previous && compareImages({ n: 4, m: 4, image: previous }, t) >= 0) ok = false;
        if (seen % 97 === 0 && !h.isMember(t)) ok = false;
        previous = t.image.slice();
        seen++;
      } while (c.next());
      expect([seen, ok]).toEqual([count, true]);
      expect(h.size()).toBe(BigInt(count));
    }
  });

  it('subsets: bitmask t over the points counting up, points listed increasing', () => {
    for (const n of [0, 1, 2, 3]) {
      const expected = Array.from({ length: 2 ** 2 ** n }, (_, t) => ({
        n,
        points: Uint32Array.from(digits(t, 2, 2 ** n).flatMap((b, i) => (b ? [i] : []))),
      }));
      expectOrder({ kind: 'subsets', n }, expected);
    }
  });
});

describe('domain sizes are exact', () => {
  it('known sizes', () => {
    expect(handlerFor({ kind: 'boolean-functions', n: 5 }).size()).toBe(1n << 32n);
    expect(handlerFor({ kind: 'maps', n: 3, m: 2 }).size()).toBe(1n << 16n);
    expect(handlerFor({ kind: 'bijections', n: 4 }).size()).toBe(20922789888000n);
    expect(handlerFor({ kind: 'bijections', n: 20 }).size()).toBeNull();
    expect(handlerFor({ kind: 'signed-permutations', n: 5 }).size()).toBe(3840n);
    expect(handlerFor({ kind: 'gf2-affine-maps', n: 3 }).size()).toBe(1344n);
    expect(handlerFor({ kind: 'integer-functions', n: 2, min: -2, max: 2 }).size()).toBe(625n);
    expect(handlerFor({ kind: 'subsets', n: 2 }).size()).toBe(16n);
  });

  it('bad domain parameters are input errors', () => {
    expect(() => handlerFor({ kind: 'maps', n: 21, m: 2 })).toThrow(/supports/);
    expect(() => handlerFor({ kind: 'integer-functions', n: 2, min: 3, max: 1 })).toThrow(/min <= max/);
    expect(() => handlerFor({ kind: 'low-degree-functions', n: 7, maxDegree: 3 }).cursor()).toThrow(/cannot enumerate/);
  });
});

describe('decoding is strict', () => {
  it('refuses non-canonical text and non-members', () => {
    const bool = handlerFor({ kind: 'boolean-functions', n: 2 });
    expect(plain(bool.decode('hex:6'))).toEqual([1, -1, -1, 1]);
    for (const bad of ['hex:06', 'hex:A', 'tt:+--+', '6', 'hex:']) expect(() => bool.decode(bad)).toThrow();
    expect(handlerFor({ kind: 'boolean-functions', n: 1 }).decode('tt:+-')).toEqual({ n: 1, values: Int32Array.from([1, -1]) });
    const low = handlerFor({ kind: 'low-degree-functions', n: 2, maxDegree: 1 });
    expect(() => low.decode('hex:6')).toThrow(/not a member/);
    const ints = handlerFor({ kind: 'integer-functions', n: 1, min: -1, max: 1 });
    expect(plain(ints.decode('vals:-1,0'))).toEqual([-1, 0]);
    for (const bad of ['vals:-1,2', 'vals:01,0', 'vals:-0,0', 'vals:1', 'vals:1,0,']) expect(() => ints.decode(bad)).toThrow();
    const bij = handlerFor({ kind: 'bijections', n: 1 });
    expect(() => bij.decode('perm:0,0')).toThrow(/not a member/);
    expect(() => handlerFor({ kind: 'maps', n: 1, m: 1 }).decode('perm:0,2')).toThrow(/outside/);
    const sub = handlerFor({ kind: 'subsets', n: 2 });
    expect(plain(sub.decode('points:'))).toEqual([]);
    for (const bad of ['points:2,1', 'points:1,1', 'points:4']) expect(() => sub.decode(bad)).toThrow();
  });
});
