/** Cryptographic measures: values from the literature, exhaustive counts at n <= 4, identities. */
import { describe, expect, it } from 'vitest';
import { Rational } from '../../src/core/rational.js';
import { computeAbsoluteIndicator } from '../../src/vocabulary/measures/absoluteIndicator.js';
import { computeAlgebraicImmunity } from '../../src/vocabulary/measures/algebraicImmunity.js';
import { computeAutocorrelation } from '../../src/vocabulary/measures/autocorrelation.js';
import { computeCorrelationImmunity } from '../../src/vocabulary/measures/correlationImmunity.js';
import { computeLinearStructures, linearStructuresJson } from '../../src/vocabulary/measures/linearStructures.js';
import { computeNonlinearity } from '../../src/vocabulary/measures/nonlinearity.js';
import { computePlateaued } from '../../src/vocabulary/measures/plateaued.js';
import { computeResiliency } from '../../src/vocabulary/measures/resiliency.js';
import { spectralNorm } from '../../src/vocabulary/measures/spectralNorm.js';
import { subjectOfFn } from '../../src/vocabulary/subject.js';
import { computeSumOfSquaresIndicator } from '../../src/vocabulary/measures/sumOfSquaresIndicator.js';
import { computeWalshSpectrum } from '../../src/vocabulary/measures/walshSpectrum.js';
import { allFunctions, and, constant, dictator, innerProduct, majority, parity, randomTable, tableOf } from './helpers.js';

describe('nonlinearity and bent functions', () => {
  it('on 4 variables exactly 896 functions reach nonlinearity 6, the maximum (the bent functions)', () => {
    const counts = new Map<number, number>();
    for (const f of allFunctions(4)) {
      const nl = computeNonlinearity(f).nonlinearity;
      counts.set(nl, (counts.get(nl) ?? 0) + 1);
    }
    expect(counts.get(6)).toBe(896);
    expect(Math.max(...counts.keys())).toBe(6);
    expect(counts.get(0)).toBe(32); // the 32 affine functions
  });
  it('on 3 variables the maximum nonlinearity is 2; affine functions have 0', () => {
    let best = 0;
    for (const f of allFunctions(3)) best = Math.max(best, computeNonlinearity(f).nonlinearity);
    expect(best).toBe(2);
    expect(computeNonlinearity(parity(3)).nonlinearity).toBe(0);
  });
  it('the nearest affine function is at the stated distance', () => {
    const f = randomTable(6, 99);
    const { nonlinearity, nearestAffine } = computeNonlinearity(f);
    let d = 0;
    for (let x = 0; x < 64; x++) {
      const chi = (popcountParity(x & nearestAffine.set) ? -1 : 1) * (nearestAffine.negated ? -1 : 1);
      if (f.values[x] !== chi) d++;
    }
    expect(d).toBe(nonlinearity);
  });
  it('bent inner product x1x2 + x3x4 + x5x6: plateaued with amplitude 2^3, absolute indicator 0, sigma = 2^12, no linear structures', () => {
    const f = innerProduct(6);
    expect(computePlateaued(f)).toEqual({ plateaued: true, amplitude: 8 });
    expect(computeAbsoluteIndicator(f).absoluteIndicator).toBe(0);
    expect(computeSumOfSquaresIndicator(f)).toBe(2n ** 12n);
    expect(linearStructuresJson(computeLinearStructures(f))).toEqual({ invariant: [], complementary: [] });
    expect(computeSpectralNorm(f).toString()).toBe('8');
  });
});

const computeSpectralNorm = (f: { n: number; values: Int32Array }) => spectralNorm.compute(subjectOfFn(f));

const popcountParity = (x: number) => {
  let p = 0;
  for (; x; x >>>= 1) p ^= x & 1;
  return p;
};

describe('Walsh and autocorrelation identities, every function on 3 and 4 variables', () => {
  it('Parseval sum W^2 = 4^n, r(0) = 2^n, sigma = 2^-n sum W^4', () => {
    const bad: string[] = [];
    for (const n of [3, 4]) {
      for (const f of allFunctions(n)) {
        const w = computeWalshSpectrum(f);
        const r = computeAutocorrelation(f);
        const fourth = w.reduce((s, v) => s + BigInt(v) ** 4n, 0n);
        const ok =
          w.reduce((s, v) => s + v * v, 0) === 4 ** n && r[0] === 2 ** n && computeSumOfSquaresIndicator(f) === fourth / 2n ** BigInt(n);
        if (!ok) bad.push(`${n}: ${f.values}`);
      }
    }
    expect(bad).toEqual([]);
  });
});

describe('correlation immunity and resiliency', () => {
  it('parity on n variables: immune and resilient of order n - 1', () => {
    for (let n = 1; n <= 6; n++) {
      expect(computeCorrelationImmunity(parity(n))).toBe(n - 1);
      expect(computeResiliency(parity(n))).toBe(n - 1);
    }
  });
  it('majority of 3: order 0 (balanced, correlated with every input); AND: resiliency -1', () => {
    expect(computeCorrelationImmunity(majority(3))).toBe(0);
    expect(computeResiliency(majority(3))).toBe(0);
    expect(computeResiliency(and(3))).toBe(-1);
    expect(computeCorrelationImmunity(constant(3, 1))).toBe(3);
    expect(computeResiliency(constant(3, 1))).toBe(-1);
  });
  it('x1 + x2 + x3 x4 (GF(2)) is 1-resilient, not 2', () => {
    const f = tableOf(4, (_x, b) => (b(0) ^ b(1) ^ (b(2) & b(3))) === 1);
    expect(computeResiliency(f)).toBe(1);
  });
  it('Siegenthaler: m-resilient with m <= n - 2 implies deg2 <= n - m - 1, on every function of 4 variables', () => {
    const bad: string[] = [];
    for (const f of allFunctions(4)) {
      const m = computeResiliency(f);
      if (m >= 0 && m <= 2 && gf2Degree(f) > 4 - m - 1) bad.push(`${f.values}`);
    }
    expect(bad).toEqual([]);
  });
});

function gf2Degree(f: { n: number; values: Int32Array }): number {
  const bits = Array.from(f.values, (v) => (v === -1 ? 1 : 0));
  for (let h = 1; h < bits.length; h <<= 1) for (let i = 0; i < bits.length; i++) if (i & h) bits[i]! ^= bits[i ^ h]!;
  let d = -1;
  bits.forEach((a, t) => {
    if (a) d = Math.max(d, countBits(t));
  });
  return d;
}
const countBits = (t: number): number => (t ? (t & 1) + countBits(t >>> 1) : 0);

describe('algebraic immunity', () => {
  it('is at most ceil(n/2) for every function on n <= 4, 0 exactly for the constants, and the witness annihilates', () => {
    const bad: string[] = [];
    for (let n = 1; n <= 4; n++) {
      for (const f of allFunctions(n)) {
        const ai = computeAlgebraicImmunity(f);
        const isConstant = f.values.every((v) => v === f.values[0]);
        if (ai.order > Math.ceil(n / 2) || (ai.order === 0) !== isConstant) bad.push(`${n}: ${f.values}`);
        for (let b = 0; b < f.values.length; b++) {
          const g = ai.annihilator.filter((t) => (b & t) === t).length % 2;
          const F = f.values[b] === -1 ? 1 : 0;
          if (g * (ai.annihilates === 'F' ? F : 1 - F) !== 0) bad.push(`witness ${n}: ${f.values}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });
  it('majority on 5 and 7 variables has the optimal AI = ceil(n/2) (Dalai, Maitra, Sarkar); a dictator has AI 1', () => {
    expect(computeAlgebraicImmunity(majority(5)).order).toBe(3);
    expect(computeAlgebraicImmunity(majority(7)).order).toBe(4);
    const d = computeAlgebraicImmunity(dictator(4, 2));
    expect(d).toEqual({ order: 1, annihilates: 'F', annihilator: [0, 2] });
  });
});

describe('spectral norm and linear structures', () => {
  it('parity 1, AND_n 3 - 2^(2-n), majority of 3 is 2, and x1 + x2 (integer-valued) is 2', () => {
    expect(computeSpectralNorm(parity(5)).toString()).toBe('1');
    for (let n = 1; n <= 6; n++) expect(computeSpectralNorm(and(n)).equals(Rational.of(3).sub(Rational.ONE.scale2(2 - n)))).toBe(true);
    expect(computeSpectralNorm(majority(3)).toString()).toBe('2');
    expect(computeSpectralNorm({ n: 2, values: Int32Array.of(2, 0, 0, -2) }).toString()).toBe('2');
  });
  it('x1 x2 + x3 (GF(2)): {3} is complementary, nothing else; parity: every set, by the parity of its size', () => {
    const f = tableOf(3, (_x, b) => ((b(0) & b(1)) ^ b(2)) === 1);
    expect(linearStructuresJson(computeLinearStructures(f))).toEqual({ invariant: [], complementary: [[3]] });
    const p = computeLinearStructures(parity(3));
    expect(p.invariant).toEqual([3, 5, 6]);
    expect(p.complementary).toEqual([1, 2, 4, 7]);
  });
});
