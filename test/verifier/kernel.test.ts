import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CubeMap, Fn } from '../../src/claim/index.js';
import { verifierKernel as K } from '../../src/verifier/index.js';
import { slowEnumerate } from './helpers/domains.js';
import { slowKernel as S } from './helpers/slowKernel.js';

const fnArb = (lo: number, hi: number, maxN = 4): fc.Arbitrary<Fn> =>
  fc.integer({ min: 0, max: maxN }).chain((n) =>
    fc.array(fc.integer({ min: lo, max: hi }), { minLength: 2 ** n, maxLength: 2 ** n }).map((v) => ({ n, values: Int32Array.from(v) })),
  );
const boolArb = fnArb(0, 1).map((f) => ({ n: f.n, values: f.values.map((b) => 1 - 2 * b) }));
const intArb = fnArb(-3, 3);
const mapArb = (sameSize: boolean): fc.Arbitrary<CubeMap> =>
  fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })).chain(([n, m0]) => {
    const m = sameSize ? n : m0;
    return fc.array(fc.nat(2 ** m - 1), { minLength: 2 ** n, maxLength: 2 ** n }).map((img) => ({ n, m, image: Uint32Array.from(img) }));
  });
/** A random bijection of C_n (n <= 3), built by shuffling the identity. */
const bijectionArb: fc.Arbitrary<CubeMap> = fc.integer({ min: 0, max: 3 }).chain((n) =>
  fc.shuffledSubarray([...Array(2 ** n).keys()], { minLength: 2 ** n, maxLength: 2 ** n }).map((img) => ({ n, m: n, image: Uint32Array.from(img) })),
);
const run = { seed: 1234, numRuns: 200 };
const plain = (f: Fn) => Array.from(f.values);

describe('verifier kernel against the slow definitions', () => {
  it('walsh, degree, relevant variables agree on integer functions', () => {
    fc.assert(
      fc.property(intArb, (f) => {
        expect(K.walsh(f)).toEqual(S.walsh(f));
        expect(K.degree(f)).toBe(S.degree(f));
        expect(K.relevantVariables(f)).toEqual(S.relevantVariables(f));
        expect(K.isBoolean(f)).toBe(S.isBoolean(f));
      }),
      run,
    );
  });

  it('anf and gf2Degree agree on Boolean functions; Parseval holds', () => {
    fc.assert(
      fc.property(boolArb, (f) => {
        expect(Array.from(K.anf(f))).toEqual(Array.from(S.anf(f)));
        expect(K.gf2Degree(f)).toBe(S.gf2Degree(f));
        expect(K.walsh(f).reduce((a, c) => a + c * c, 0n)).toBe(4n ** BigInt(f.n));
      }),
      run,
    );
  });

  it('map operations agree', () => {
    fc.assert(
      fc.property(mapArb(false), fc.nat(), (t, s) => {
        const j = 1 + (s % Math.max(t.m, 1));
        if (t.m > 0) expect(plain(K.coordinate(t, j))).toEqual(plain(S.coordinate(t, j)));
        expect(plain(K.component(t, s % 2 ** t.m))).toEqual(plain(S.component(t, s % 2 ** t.m)));
        expect(K.isBijection(t)).toBe(S.isBijection(t));
        expect(K.isSignedPermutation(t)).toBe(S.isSignedPermutation(t));
        expect(K.isGf2Affine(t)).toBe(S.isGf2Affine(t));
        const h = { n: t.m, values: Int32Array.from({ length: 2 ** t.m }, (_, y) => y - s) };
        expect(plain(K.compose(h, t))).toEqual(plain(S.compose(h, t)));
        expect(plain(K.chi(t.n, s % 2 ** t.n))).toEqual(plain(S.chi(t.n, s % 2 ** t.n)));
      }),
      run,
    );
  });

  it('bijections: inverse, composition, parity degree sum (>= n 2^(n-1), equality exactly for affine maps)', () => {
    fc.assert(
      fc.property(bijectionArb, bijectionArb, (t, u0) => {
        const u = u0.n === t.n ? u0 : t;
        const inv = K.inverse(t);
        expect(Array.from(inv.image)).toEqual(Array.from(S.inverse(t).image));
        expect(Array.from(K.composeMaps(t, inv).image)).toEqual([...Array(2 ** t.n).keys()]);
        expect(Array.from(K.composeMaps(t, u).image)).toEqual(Array.from(S.composeMaps(t, u).image));
        const p = K.parityDegreeSum(t);
        expect(p).toBe(S.parityDegreeSum(t));
        const floor = t.n * 2 ** (t.n - 1);
        expect(p >= floor).toBe(true);
        expect(p === floor).toBe(t.n === 0 ? true : K.isGf2Affine(t));
      }),
      run,
    );
  });

  it('known numbers: 48 signed permutations and 1344 affine maps among the bijections of C_3', () => {
    const bijections = slowEnumerate({ kind: 'bijections', n: 2 }) as CubeMap[];
    expect(bijections.filter(K.isSignedPermutation)).toHaveLength(8);
    expect(bijections.filter(K.isGf2Affine)).toHaveLength(24);
    // and(x1, x2) is hex:8; x1 x2 has degree 2 and GF(2) degree 1.
    const and = { n: 2, values: Int32Array.from([1, 1, 1, -1]) };
    expect(K.walsh(and)).toEqual([2n, 2n, 2n, -2n]);
    expect(K.degree({ n: 2, values: Int32Array.from([1, -1, -1, 1]) })).toBe(2);
    expect(K.gf2Degree({ n: 2, values: Int32Array.from([1, -1, -1, 1]) })).toBe(1);
    expect(K.degree({ n: 2, values: new Int32Array(4) })).toBeNull();
    expect(K.gf2Degree({ n: 2, values: Int32Array.from([1, 1, 1, 1]) })).toBeNull();
  });

  it('refuses misuse', () => {
    const t = { n: 1, m: 1, image: Uint32Array.from([0, 0]) };
    expect(() => K.inverse(t)).toThrow(RangeError);
    expect(() => K.parityDegreeSum(t)).toThrow(RangeError);
    expect(() => K.anf({ n: 1, values: Int32Array.from([1, 2]) })).toThrow(RangeError);
    expect(() => K.coordinate(t, 2)).toThrow(RangeError);
    expect(() => K.compose({ n: 2, values: new Int32Array(4) }, t)).toThrow(RangeError);
  });
});
