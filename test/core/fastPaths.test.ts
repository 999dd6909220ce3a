/**
 * The analyze fast paths against their plain definitions: bit-sliced flip counts (sensitivity),
 * the degree shortcuts that look at the top two levels first, the first-k coefficient listing,
 * and the per-spectrum level-sum cache (which must hand out copies).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { popcount } from '../../src/core/cube.js';
import { fromInt32, isBoolean } from '../../src/core/cubeFunction.js';
import { anf } from '../../src/core/anf.js';
import { spectrumDegree } from '../../src/core/degree.js';
import { classMaxima, flipCounts, flipCountsSlow } from '../../src/core/measures/flipCounts.js';
import { directions, directionsSlow } from '../../src/core/measures/directions.js';
import { levelSquareSums, nonZeroCoefficients } from '../../src/core/measures/index.js';
import { spectrum } from '../../src/core/spectrum.js';
import { int32Summary } from '../../src/core/measures/int32Summary.js';
import { maxAbsSlow } from '../../src/core/measures/table.js';
import { subjectOf } from '../../src/vocabulary/subject.js';
import { MEASURES, MEASURE_IDS } from '../../src/vocabulary/measures/index.js';
import type { AnyMeasure } from '../../src/vocabulary/measure.js';
import { FC, booleanFunction, pseudoRandomSigns } from './helpers.js';

/** Values whose Fourier and GF(2) degrees are low: products of a few +-1 variables, multiplied. */
const lowDegree = fc.integer({ min: 0, max: 9 }).chain((n) =>
  fc.array(fc.integer({ min: 0, max: 2 ** n - 1 }), { minLength: 1, maxLength: 3 }).map((sets) => {
    const v = new Int32Array(2 ** n);
    for (let x = 0; x < v.length; x++) v[x] = sets.some((S) => popcount(x & S) % 2 === 1 && popcount(S) <= 2) ? -1 : 1;
    return fromInt32(n, v);
  }),
);

function slowSpectrumDegree(c: ArrayLike<number>): number | null {
  let d: number | null = null;
  for (let S = 0; S < c.length; S++) if (c[S] !== 0 && (d === null || popcount(S) > d)) d = popcount(S);
  return d;
}

describe('analyze fast paths', () => {
  it('flipCounts equals the one-step-per-edge definition for n = 0..13', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 13 }), fc.integer(), (n, seed) => {
        const v = pseudoRandomSigns(n, seed);
        const fast = flipCounts(v);
        const slow = flipCountsSlow(v);
        expect(Array.from(fast.atPoint)).toEqual(Array.from(slow));
        expect({ max0: fast.max0, max1: fast.max1 }).toEqual(classMaxima(v, slow));
      }),
      { ...FC, numRuns: 60 },
    );
    // extremes: constant (0 everywhere) and parity (n everywhere), which stress the counter planes
    for (const n of [5, 6, 11]) {
      const parity = Int32Array.from({ length: 2 ** n }, (_, x) => (popcount(x) % 2 ? -1 : 1));
      expect(new Set(flipCounts(parity).atPoint)).toEqual(new Set([n]));
      expect(flipCounts(parity)).toMatchObject({ max0: n, max1: n });
      const constant = flipCounts(new Int32Array(2 ** n).fill(1));
      expect(new Set(constant.atPoint)).toEqual(new Set([0]));
      expect(constant).toMatchObject({ max0: 0, max1: 0 });
      // one -1 point: it and its n neighbours have count 1, the class maxima are 1 and 1
      const single = new Int32Array(2 ** n).fill(1);
      single[5] = -1;
      expect(flipCounts(single)).toMatchObject({ max0: 1, max1: n });
    }
  });

  it('sensitivity reads the fast counts: s, s0, s1 agree with a direct maximum', () => {
    fc.assert(
      fc.property(booleanFunction(0, 9), (f) => {
        const s = subjectOf(f);
        const v = MEASURES.sensitivity.compute(s as never);
        const slow = flipCountsSlow(f.numerators as Int32Array);
        let s0 = 0;
        let s1 = 0;
        slow.forEach((k, x) => ((f.numerators as Int32Array)[x] === 1 ? (s0 = Math.max(s0, k)) : (s1 = Math.max(s1, k))));
        expect([v.s, v.s0, v.s1]).toEqual([Math.max(s0, s1), s0, s1]);
      }),
      { ...FC, numRuns: 80 },
    );
  });

  it('the degree shortcuts (top two levels first) agree with a full scan', () => {
    fc.assert(
      fc.property(fc.oneof(booleanFunction(0, 8), lowDegree), (f) => {
        const s = spectrum(f);
        expect(spectrumDegree(s)).toBe(slowSpectrumDegree(s.coefficients as Int32Array));
        const sub = subjectOf(f);
        const gf2 = sub.boolean ? MEASURES.gf2Degree.compute(sub as never) : null;
        if (sub.boolean) expect(gf2).toBe(slowSpectrumDegree(anf(f)));
      }),
      { ...FC, numRuns: 150 },
    );
  });

  it('nonZeroCoefficients(s, k) is the first k of the full listing', () => {
    fc.assert(
      fc.property(fc.oneof(booleanFunction(0, 8), lowDegree), fc.integer({ min: 0, max: 40 }), (f, k) => {
        const s = spectrum(f);
        const all = nonZeroCoefficients(s).map((e) => [e.set, e.coefficient.toString()]);
        expect(nonZeroCoefficients(s, k).map((e) => [e.set, e.coefficient.toString()])).toEqual(all.slice(0, k));
      }),
      { ...FC, numRuns: 100 },
    );
  });

  it('the shared one-pass summary equals plain scans', () => {
    fc.assert(
      fc.property(fc.oneof(booleanFunction(0, 9), lowDegree), (f) => {
        const c = spectrum(f).coefficients as Int32Array;
        const sum = int32Summary(c);
        let nonZero = 0;
        let support = 0;
        let sumAbs = 0n;
        c.forEach((v, S) => {
          if (v !== 0) {
            nonZero++;
            support |= S;
            sumAbs += BigInt(Math.abs(v));
          }
        });
        expect(sum).toEqual({ nonZero, support, maxAbs: maxAbsSlow(c), sumAbs });
      }),
      { ...FC, numRuns: 100 },
    );
    // |c| = 2^31 - 1 in every entry: the chunked sum stays exact
    const big = new Int32Array(1 << 12).fill(2 ** 31 - 1);
    expect(int32Summary(big).sumAbs).toBe(BigInt(2 ** 31 - 1) * 4096n);
  });

  it('the packed up/down directions equal the edge-by-edge definition; monotone agrees with them', () => {
    // thresholds and dictator mixes are monotone or unate; random tables are neither
    const threshold = (n: number, w: (i: number) => number, negate: number) =>
      Int32Array.from({ length: 2 ** n }, (_, x) => {
        let s = 0.5;
        for (let i = 0; i < n; i++) s += ((x >>> i) & 1 ? 1 : -1) * w(i) * ((negate >>> i) & 1 ? -1 : 1);
        return s > 0 ? -1 : 1;
      });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 11 }), fc.integer(), fc.boolean(), (n, seed, structured) => {
        const v = structured ? threshold(n, (i) => 1 + ((seed >>> i) & 3), seed >>> 3) : pseudoRandomSigns(n, seed);
        const fast = directions(v);
        expect(fast).toEqual(directionsSlow(v));
        const m = MEASURES.monotone.compute(subjectOf(fromInt32(n, v)) as never);
        expect(m.monotone).toBe(!fast.down.some((d) => d));
      }),
      { ...FC, numRuns: 120 },
    );
  });

  it('isBoolean accepts exactly the +-1 tables, whatever the other values', () => {
    for (const bad of [0, 2, -2, 3, -3, 2 ** 31 - 1, -(2 ** 31), 5, -5]) {
      for (const at of [0, 4095, 4096, 9999]) {
        const v = new Int32Array(1 << 14).fill(1);
        v[at] = bad;
        expect(isBoolean(fromInt32(14, v))).toBe(false);
      }
    }
    const v = Int32Array.from({ length: 1 << 14 }, (_, i) => (i % 3 ? 1 : -1));
    expect(isBoolean(fromInt32(14, v))).toBe(true);
  });

  it('the level sums are computed once per spectrum and handed out as copies', () => {
    const s = spectrum(fromInt32(6, pseudoRandomSigns(6, 7)));
    const first = levelSquareSums(s);
    const total = first.reduce((a, b) => a + b, 0n);
    expect(total).toBe(4096n); // Parseval: sum of c_S^2 = 4^n for a Boolean function
    first[0] = 123n;
    expect(levelSquareSums(s).reduce((a, b) => a + b, 0n)).toBe(4096n);
  });

  it('the ANF listing is built on first read and agrees with the coefficients', () => {
    fc.assert(
      fc.property(booleanFunction(0, 8), (f) => {
        const v = MEASURES.anf.compute(subjectOf(f) as never);
        const a = anf(f);
        expect(v.count).toBe(a.reduce((t, b) => t + b, 0));
        expect([...v.monomials].sort((x, y) => x - y)).toEqual(Array.from(a.keys()).filter((T) => a[T] === 1));
      }),
      { ...FC, numRuns: 60 },
    );
  });

  it("a measure's jsonText writes exactly JSON.stringify(json(v))", () => {
    const streamed = MEASURE_IDS.filter((id) => (MEASURES[id] as AnyMeasure).jsonText !== undefined);
    expect(streamed).toEqual(expect.arrayContaining(['sensitivity', 'walshSpectrum']));
    fc.assert(
      fc.property(booleanFunction(0, 10), (f) => {
        for (const id of streamed) {
          const def = MEASURES[id] as AnyMeasure;
          const v = def.compute(subjectOf(f));
          expect([...def.jsonText!(v)].join('')).toBe(JSON.stringify(def.json(v)));
        }
      }),
      { ...FC, numRuns: 40 },
    );
  });
});
