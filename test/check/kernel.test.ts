import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CubeMap, Fn } from '../../src/claim/values.js';
import { fastKernel as K } from '../../src/check/kernel/index.js';
import { SEED, allPermutations, bits, slowAnf, slowDegree, slowWalsh } from './helpers.js';

const arbBoolean = (maxN: number): fc.Arbitrary<Fn> =>
  fc.integer({ min: 0, max: maxN }).chain((n) =>
    fc.array(fc.boolean(), { minLength: 2 ** n, maxLength: 2 ** n }).map((bs) => ({ n, values: Int32Array.from(bs, (b) => (b ? -1 : 1)) })),
  );

/** Integer functions, including values large enough to force the bigint path. */
const arbInteger = (maxN: number): fc.Arbitrary<Fn> =>
  fc.integer({ min: 0, max: maxN }).chain((n) =>
    fc
      .array(fc.oneof(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 })), { minLength: 2 ** n, maxLength: 2 ** n })
      .map((vs) => ({ n, values: Int32Array.from(vs) })),
  );

const arbMap = (maxN: number): fc.Arbitrary<CubeMap> =>
  fc.record({ n: fc.integer({ min: 0, max: maxN }), m: fc.integer({ min: 0, max: maxN }) }).chain(({ n, m }) =>
    fc.array(fc.integer({ min: 0, max: 2 ** m - 1 }), { minLength: 2 ** n, maxLength: 2 ** n }).map((v) => ({ n, m, image: Uint32Array.from(v) })),
  );

const slowComponent = (t: CubeMap, s: number): Fn => ({ n: t.n, values: Int32Array.from(t.image, (y) => (bits(y & s) % 2 ? -1 : 1)) });

describe('fast kernel: functions against the slow definitions', () => {
  it('walsh and degree match the direct sums, on small and huge values', () => {
    fc.assert(
      fc.property(fc.oneof(arbBoolean(5), arbInteger(5)), (f) => {
        expect(K.walsh(f)).toEqual(slowWalsh(f));
        expect(K.degree(f)).toBe(slowDegree(f));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('the zero function has no degree; a sum that overflows 32 bits is exact', () => {
    expect(K.degree({ n: 3, values: new Int32Array(8) })).toBeNull();
    const big = { n: 2, values: Int32Array.from([2 ** 31 - 1, 2 ** 31 - 1, 2 ** 31 - 1, 2 ** 31 - 1]) };
    expect(K.walsh(big)[0]).toBe(4n * (2n ** 31n - 1n));
  });

  it('anf, gf2 degree, relevant variables match the definitions', () => {
    fc.assert(
      fc.property(arbBoolean(5), (f) => {
        const a = slowAnf(f);
        expect(K.anf(f)).toEqual(a);
        let d: number | null = null;
        a.forEach((c, t) => c && (d === null || bits(t) > d) && (d = bits(t)));
        expect(K.gf2Degree(f)).toBe(d);
        const c = slowWalsh(f);
        const relevant = Array.from({ length: f.n }, (_, i) => i + 1).filter((i) => c.some((v, s) => v !== 0n && (s >>> (i - 1)) & 1));
        expect(K.relevantVariables(f)).toEqual(relevant);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('known values: x1*x2 is hex:6 with degree 2 and gf2 degree 1; and(x1,x2) has gf2 degree 2', () => {
    const xor = { n: 2, values: Int32Array.from([1, -1, -1, 1]) };
    expect([K.degree(xor), K.gf2Degree(xor)]).toEqual([2, 1]);
    const and = { n: 2, values: Int32Array.from([1, 1, 1, -1]) };
    expect(K.walsh(and)).toEqual([2n, 2n, 2n, -2n]);
    expect(K.gf2Degree(and)).toBe(2);
    expect(K.gf2Degree({ n: 2, values: Int32Array.from([1, 1, 1, 1]) })).toBeNull();
    expect(() => K.gf2Degree({ n: 1, values: Int32Array.from([1, 0]) })).toThrow(RangeError);
    expect(K.isBoolean({ n: 1, values: Int32Array.from([1, 0]) })).toBe(false);
  });

  it('chi is the parity; malformed functions are refused', () => {
    expect(Array.from(K.chi(3, 0b101).values)).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map((x) => (bits(x & 5) % 2 ? -1 : 1)));
    expect(() => K.degree({ n: 3, values: new Int32Array(4) })).toThrow(RangeError);
    expect(() => K.chi(2, 4)).toThrow(RangeError);
  });
});

describe('fast kernel: maps against the slow definitions', () => {
  it('compose, composeMaps, coordinate, component', () => {
    fc.assert(
      fc.property(arbMap(3), arbMap(3), (t, u) => {
        const h = { n: t.m, values: Int32Array.from({ length: 2 ** t.m }, (_, y) => (y % 3) - 1) };
        expect(Array.from(K.compose(h, t).values)).toEqual(Array.from(t.image, (y) => h.values[y]));
        for (let s = 0; s < 2 ** t.m; s++) expect(K.component(t, s)).toEqual(slowComponent(t, s));
        for (let j = 1; j <= t.m; j++) expect(K.coordinate(t, j)).toEqual(slowComponent(t, 2 ** (j - 1)));
        if (t.n === u.m) expect(Array.from(K.composeMaps(t, u).image)).toEqual(Array.from(u.image, (y) => t.image[y]));
        else expect(() => K.composeMaps(t, u)).toThrow(RangeError);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('on every bijection of C_2 and C_3: inverse and recognizers (P(T) on a sample) against definitions', () => {
    for (const n of [2, 3]) {
      let signed = 0;
      let affine = 0;
      const wrong: string[] = [];
      allPermutations(2 ** n).forEach((p, index) => {
        const t = { n, m: n, image: Uint32Array.from(p) };
        const spectra = Array.from({ length: n }, (_, j) => slowWalsh(slowComponent(t, 1 << j)));
        const isAffine = spectra.every((c) => c.filter((v) => v !== 0n).length === 1);
        const sets = spectra.map((c) => c.findIndex((v) => v !== 0n));
        const isSigned = isAffine && sets.every((s) => bits(s) === 1) && new Set(sets).size === n;
        const roundTrip = K.composeMaps(t, K.inverse(t)).image.every((y, x) => y === x);
        if (!K.isBijection(t) || !roundTrip || K.isGf2Affine(t) !== isAffine || K.isSignedPermutation(t) !== isSigned) wrong.push(p.join(','));
        if (index % 17 === 0) {
          const P = Array.from({ length: 2 ** n }, (_, s) => slowDegree(slowComponent(t, s))!).reduce((a, b) => a + b, 0);
          if (K.parityDegreeSum(t) !== P) wrong.push(`P ${p.join(',')}`);
        }
        signed += isSigned ? 1 : 0;
        affine += isAffine ? 1 : 0;
      });
      expect(wrong).toEqual([]);
      expect([signed, affine]).toEqual(n === 2 ? [8, 24] : [48, 1344]);
    }
  });

  it('non-bijections are recognized and refused where the operation needs a bijection', () => {
    const t = { n: 2, m: 2, image: Uint32Array.from([0, 1, 1, 3]) };
    expect(K.isBijection(t)).toBe(false);
    expect(K.isGf2Affine(t)).toBe(false);
    expect(() => K.inverse(t)).toThrow(RangeError);
    expect(() => K.parityDegreeSum(t)).toThrow(RangeError);
    expect(() => K.coordinate(t, 3)).toThrow(RangeError);
  });
});
