import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareSets, popcount } from '../../src/core/cube.js';
import { type CubeFunction, fromInt32, fromRationals, fromSignBits, signs } from '../../src/core/cubeFunction.js';
import { anf } from '../../src/core/anf.js';
import { toBigArray } from '../../src/core/fwht.js';
import { Rational, sumRationals } from '../../src/core/rational.js';
import { type Spectrum, spectrum } from '../../src/core/spectrum.js';
import * as M from '../../src/core/measures/index.js';
import { FC, booleanFunction, pseudoRandomSigns, rationalValues, slowSpectrum } from './helpers.js';

const str = (xs: readonly Rational[]): string[] => xs.map(String);
const maj3 = fromSignBits(3, (i) => popcount(i) >= 2);
const and2 = fromSignBits(2, (i) => i === 3);
const bent4 = fromSignBits(4, (i) => ((i & 1 & (i >> 1)) ^ ((i >> 2) & 1 & (i >> 3))) === 1);

/** The spectrum with its coefficients as big integers: forces every slow path. */
const asBig = (s: Spectrum): Spectrum => ({ ...s, coefficients: toBigArray(s.coefficients) });

function slowProfile(f: CubeFunction): Rational[] {
  const w = new Array(f.n + 1).fill(Rational.ZERO) as Rational[];
  slowSpectrum(f).forEach((c, S) => (w[popcount(S)] = w[popcount(S)]!.add(c.mul(c))));
  return w;
}

/** Inf_i = Pr_x[f(x) != f(x with bit i flipped)], a definition independent of the spectrum. */
function flipInfluences(f: CubeFunction): Rational[] {
  const s = signs(f);
  return Array.from({ length: f.n }, (_, i) => {
    let flips = 0;
    for (let x = 0; x < s.length; x++) if (s[x] !== s[x ^ (1 << i)]) flips++;
    return Rational.of(flips, s.length);
  });
}

describe('measures of one function', () => {
  it('known values: and, maj3, bent', () => {
    expect(str(M.degreeProfile(maj3))).toEqual(['0', '3/4', '0', '1/4']);
    expect(str(M.influences(maj3))).toEqual(['1/2', '1/2', '1/2']);
    expect(M.totalInfluence(maj3).toString()).toBe('3/2');
    expect(M.formatPolynomial(M.noiseStability(maj3))).toBe('3/4 rho + 1/4 rho^3');
    expect(str(M.degreeProfile(and2))).toEqual(['1/4', '1/2', '1/4']);
    expect(M.totalInfluence(and2).toString()).toBe('1');
    expect([M.balanced(maj3), M.balanced(and2)]).toEqual([true, false]);
    expect([M.bent(bent4), M.bent(and2), M.bent(maj3)]).toEqual([true, true, false]);
    expect(M.bent(fromSignBits(4, (i) => popcount(i) >= 3))).toBe(false);
    expect([M.fourierSparsity(bent4), M.fourierSparsity(maj3)]).toEqual([16, 4]);
    expect(M.relevantVariables(fromSignBits(4, (i) => (i & 0b1010) === 0b1010))).toEqual([2, 4]);
  });

  it('noise stability of majority-3 matches E[f(x) f(y)] for rho-correlated y', () => {
    for (const rho of [Rational.of(1, 3), Rational.of(-2, 5), Rational.ONE]) {
      const s = signs(maj3);
      let direct = Rational.ZERO;
      for (let x = 0; x < 8; x++) {
        for (let y = 0; y < 8; y++) {
          let p = Rational.of(1, 8); // Pr[x] * prod_i Pr[y_i | x_i], Pr[y_i = x_i] = (1 + rho)/2
          for (let i = 0; i < 3; i++) {
            const same = ((x ^ y) >> i) & 1 ? rho.neg() : rho;
            p = p.mul(Rational.ONE.add(same).scale2(-1));
          }
          direct = direct.add(p.mul(Rational.of(s[x]! * s[y]!)));
        }
      }
      expect(M.evaluatePolynomial(M.noiseStability(maj3), rho).equals(direct)).toBe(true);
    }
  });

  it('degree profile, influences, sparsity, relevance, balance agree with slow definitions', () => {
    fc.assert(
      fc.property(booleanFunction(0, 6), (f) => {
        const s = spectrum(f);
        const slow = slowSpectrum(f);
        const inf = flipInfluences(f);
        for (const sp of [s, asBig(s)]) {
          expect(str(M.degreeProfile(sp))).toEqual(str(slowProfile(f)));
          expect(str(M.influences(sp))).toEqual(str(inf));
          expect(M.totalInfluence(sp).equals(sumRationals(inf))).toBe(true);
          expect(M.fourierSparsity(sp)).toBe(slow.filter((c) => !c.isZero()).length);
          expect(M.relevantVariables(sp)).toEqual(inf.flatMap((v, i) => (v.isZero() ? [] : [i + 1])));
          expect(M.balanced(sp)).toBe(signs(f).reduce((a, b) => a + b, 0) === 0);
          expect(M.bent(sp)).toBe(f.n % 2 === 0 && slow.every((c) => c.abs().equals(Rational.ONE.scale2(-f.n / 2))));
        }
      }),
      { ...FC, numRuns: 80 },
    );
  });

  it('real-valued functions: profile and influences equal the slow sums', () => {
    fc.assert(
      fc.property(rationalValues(0, 4), ({ n, values }) => {
        const f = fromRationals(n, values);
        const slow = slowSpectrum(f);
        const inf = Array.from({ length: n }, (_, i) =>
          sumRationals(slow.filter((_, S) => (S >> i) & 1).map((c) => c.mul(c))),
        );
        expect(str(M.degreeProfile(f))).toEqual(str(slowProfile(f)));
        expect(str(M.influences(f))).toEqual(str(inf));
        expect(M.totalWeight(f).equals(sumRationals(values.map((v) => v.mul(v))).scale2(-n))).toBe(true);
      }),
      { ...FC, numRuns: 40 },
    );
  });

  it('the double fast path falls back exactly when sums pass 2^53', () => {
    // Values at the int32 bound: coefficients up to ~2^31, squares up to ~2^62.
    const n = 6;
    const limit = 2 ** (31 - n) - 1;
    const f = fromInt32(n, Int32Array.from(pseudoRandomSigns(n, 5), (v, i) => v * (limit - i)));
    const s = spectrum(f);
    expect(s.coefficients).toBeInstanceOf(Int32Array);
    expect(M.levelSquareSums(s).some((v) => v >= 2n ** 53n)).toBe(true);
    expect(str(M.degreeProfile(s))).toEqual(str(M.degreeProfile(asBig(s))));
    expect(str(M.influences(s))).toEqual(str(M.influences(asBig(s))));
    expect(str(M.degreeProfile(s))).toEqual(str(slowProfile(f)));
  });

  it('Parseval on random Boolean functions up to 16 variables', () => {
    for (const n of [1, 7, 12, 16]) {
      const s = spectrum(fromInt32(n, pseudoRandomSigns(n, n)));
      expect(sumRationals(M.degreeProfile(s)).equals(Rational.ONE)).toBe(true);
      expect(M.totalWeight(s).equals(Rational.ONE)).toBe(true);
      expect(M.totalInfluence(s).equals(sumRationals(M.influences(s)))).toBe(true);
    }
  });

  it('compareProfiles: lexicographic from the top level down', () => {
    const p = (...xs: number[][]): Rational[] => xs.map(([a, b]) => Rational.of(a!, b ?? 1));
    expect(M.compareProfiles(p([0], [3, 4], [0], [1, 4]), p([1, 4], [1, 2], [1, 4], [0]))).toBe(1);
    expect(M.compareProfiles(p([1], [0]), p([0], [1]))).toBe(-1);
    expect(M.compareProfiles(p([1, 2], [1, 2]), p([1, 2], [1, 2], [0]))).toBe(0);
    expect(M.compareProfiles(M.degreeProfile(and2), M.degreeProfile(fromSignBits(2, (i) => i & 1 ? true : false)))).toBe(1);
    expect(str(M.addProfiles(p([1, 2]), p([1, 2], [1])))).toEqual(['1', '1']);
  });

  it('formatPolynomial', () => {
    const p = (...xs: [number, number][]): Rational[] => xs.map(([a, b]) => Rational.of(a, b));
    expect(M.formatPolynomial(p([1, 4], [0, 1], [3, 4]))).toBe('1/4 + 3/4 rho^2');
    expect(M.formatPolynomial(p([0, 1], [-1, 1], [0, 1], [-1, 2]))).toBe('-rho - 1/2 rho^3');
    expect(M.formatPolynomial(p([0, 1]))).toBe('0');
    expect(M.formatPolynomial(p([-2, 1], [1, 1]), 't')).toBe('-2 + t');
  });

  it('listings are in compareSets order and complete', () => {
    fc.assert(
      fc.property(booleanFunction(0, 7), (f) => {
        const s = spectrum(f);
        const listed = M.nonZeroCoefficients(s);
        const want = slowSpectrum(f)
          .map((c, S) => ({ set: S, c }))
          .filter((e) => !e.c.isZero())
          .sort((a, b) => compareSets(a.set, b.set));
        expect(listed.map((e) => [e.set, e.coefficient.toString()])).toEqual(want.map((e) => [e.set, e.c.toString()]));
        const a = anf(f);
        const monomials = Array.from({ length: a.length }, (_, T) => T).filter((T) => a[T]).sort(compareSets);
        expect(M.anfMonomials(a)).toEqual(monomials);
        expect(M.nonZeroCoefficients(asBig(s), 3)).toEqual(listed.slice(0, 3));
      }),
      { ...FC, numRuns: 60 },
    );
  });

  it('reverseBits reverses the low n bits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 31 }), fc.nat(), (n, v) => {
        const x = v % 2 ** n;
        const want = parseInt([...x.toString(2).padStart(n, '0')].reverse().join('') || '0', 2);
        return M.reverseBits(x, n) === want;
      }),
      { ...FC, numRuns: 200 },
    );
  });
});
