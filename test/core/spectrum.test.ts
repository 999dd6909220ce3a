import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { popcount } from '../../src/core/cube.js';
import { fromInt32, fromRationals, fromSignBits, functionsEqual, toRationals } from '../../src/core/cubeFunction.js';
import { degree } from '../../src/core/degree.js';
import { Rational, sumRationals } from '../../src/core/rational.js';
import { coefficientAt, fromSpectrum, spectrum, spectrumFromRationals } from '../../src/core/spectrum.js';
import { FC, booleanFunction, pseudoRandomSigns, rationalValues, slowSpectrum } from './helpers.js';

const coefficients = (f: Parameters<typeof spectrum>[0]): string[] => {
  const s = spectrum(f);
  return Array.from({ length: 2 ** f.n }, (_, S) => coefficientAt(s, S).toString());
};

describe('spectrum', () => {
  it('equals the direct sums 2^-n sum_x f(x) chi_S(x) on Boolean functions', () => {
    fc.assert(
      fc.property(booleanFunction(0, 6), (f) => {
        expect(coefficients(f)).toEqual(slowSpectrum(f).map(String));
      }),
      { ...FC, numRuns: 60 },
    );
    const f8 = fromInt32(8, pseudoRandomSigns(8, 99));
    expect(coefficients(f8)).toEqual(slowSpectrum(f8).map(String));
  });

  it('equals the direct sums on rational-valued functions (big-integer path)', () => {
    fc.assert(
      fc.property(rationalValues(0, 5), ({ n, values }) => {
        expect(coefficients(fromRationals(n, values))).toEqual(slowSpectrum(fromRationals(n, values)).map(String));
      }),
      { ...FC, numRuns: 40 },
    );
  });

  it('known spectra: and, maj3, and the bent x1x2 xor x3x4', () => {
    const and2 = fromSignBits(2, (i) => i === 3);
    expect(coefficients(and2)).toEqual(['1/2', '1/2', '1/2', '-1/2']);
    const maj3 = fromSignBits(3, (i) => popcount(i) >= 2);
    expect(coefficients(maj3)).toEqual(['0', '1/2', '1/2', '0', '1/2', '0', '0', '-1/2']);
    const bent = fromSignBits(4, (i) => ((i & 1 & (i >> 1)) ^ ((i >> 2) & 1 & (i >> 3))) === 1);
    const c = coefficients(bent);
    expect(c.every((x) => x === '1/4' || x === '-1/4')).toBe(true);
    // fhat(A u B) = andhat(A) andhat(B) for A in {1,2}, B in {3,4}: negative when exactly one is full.
    expect(c[0b0011]).toBe('-1/4');
    expect(c[0b1111]).toBe('1/4');
  });

  it('fromSpectrum inverts spectrum (Boolean and rational)', () => {
    fc.assert(
      fc.property(booleanFunction(0, 7), (f) => functionsEqual(fromSpectrum(spectrum(f)), f)),
      { ...FC, numRuns: 60 },
    );
    fc.assert(
      fc.property(rationalValues(0, 4), ({ n, values }) => {
        const f = fromRationals(n, values);
        const back = fromSpectrum(spectrumFromRationals(n, slowSpectrum(f)));
        return functionsEqual(back, f) && functionsEqual(fromSpectrum(spectrum(f)), f);
      }),
      { ...FC, numRuns: 40 },
    );
  });

  it('Plancherel: E[f g] = sum_S fhat(S) ghat(S)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4 }).chain((n) => fc.tuple(rationalValues(n, n), rationalValues(n, n))),
        ([a, b]) => {
          const f = fromRationals(a.n, a.values);
          const g = fromRationals(b.n, b.values);
          const inner = sumRationals(a.values.map((v, i) => v.mul(b.values[i]!))).scale2(-a.n);
          const sf = spectrum(f);
          const sg = spectrum(g);
          const viaSpectra = sumRationals(a.values.map((_, S) => coefficientAt(sf, S).mul(coefficientAt(sg, S))));
          return inner.equals(viaSpectra);
        },
      ),
      { ...FC, numRuns: 60 },
    );
  });

  it('granularity (T2): a Boolean f of degree k >= 1 has every fhat(S) in 2^{1-k} Z', () => {
    // Juntas on r <= 4 random variables of 8 keep the degree low, so the claim has teeth.
    const junta = fc
      .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 2 ** 30 }), fc.uniqueArray(fc.integer({ min: 0, max: 7 }), { minLength: 4, maxLength: 4 }))
      .map(([r, seed, vars]) => {
        const table = pseudoRandomSigns(r, seed);
        return fromSignBits(8, (x) => {
          let i = 0;
          for (let k = 0; k < r; k++) i |= ((x >>> vars[k]!) & 1) << k;
          return table[i] === -1;
        });
      });
    let lowDegreeSeen = 0;
    fc.assert(
      fc.property(junta, (f) => {
        const k = degree(f);
        if (k === null || k === 0) return true;
        if (k <= 3) lowDegreeSeen++;
        const s = spectrum(f);
        return toRationals(f).every((_, S) => coefficientAt(s, S).scale2(k - 1).isInteger());
      }),
      { ...FC, numRuns: 80 },
    );
    expect(lowDegreeSeen).toBeGreaterThan(10);
  });

  it('degree is the largest |S| with a non-zero direct-sum coefficient', () => {
    fc.assert(
      fc.property(booleanFunction(1, 5), (f) => {
        const slow = slowSpectrum(f);
        let d: number | null = null;
        slow.forEach((c, S) => {
          if (!c.isZero()) d = Math.max(d ?? 0, popcount(S));
        });
        return degree(f) === d;
      }),
      { ...FC, numRuns: 60 },
    );
    expect(degree(fromRationals(2, [Rational.ZERO, Rational.ZERO, Rational.ZERO, Rational.ZERO]))).toBeNull();
  });
});
