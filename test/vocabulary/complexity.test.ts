/** Complexity measures: known values, relations checked exhaustively at n <= 4, the verifier's twins. */
import { describe, expect, it } from 'vitest';
import { fromInt32 } from '../../src/core/cubeFunction.js';
import { degreeOfSignsInPlace } from '../../src/core/degree.js';
import { influences, totalInfluence } from '../../src/core/measures/index.js';
import { Rational, sumRationals } from '../../src/core/rational.js';
import { computeBlockSensitivity } from '../../src/vocabulary/measures/blockSensitivity.js';
import { computeCertificateComplexity } from '../../src/vocabulary/measures/certificateComplexity.js';
import { computeDecisionTreeDepth } from '../../src/vocabulary/measures/decisionTreeDepth.js';
import { computeDecisionTreeSize } from '../../src/vocabulary/measures/decisionTreeSize.js';
import { computeSensitivity } from '../../src/vocabulary/measures/sensitivity.js';
import { address, allFunctions, and, constant, majority, or, parity, randomTable } from './helpers.js';

const all = (f: Parameters<typeof computeSensitivity>[0], withSize = true) => ({
  s: computeSensitivity(f),
  bs: computeBlockSensitivity(f),
  C: computeCertificateComplexity(f),
  D: computeDecisionTreeDepth(f).D,
  size: withSize ? computeDecisionTreeSize(f) : Infinity,
});

describe('complexity measures: known values', () => {
  it('parity on n variables: s = bs = C = D = n, 2^n leaves', () => {
    for (let n = 1; n <= 6; n++) {
      const m = all(parity(n));
      expect([m.s.s, m.bs.bs, m.C.C, m.D, m.size]).toEqual([n, n, n, n, 2 ** n]);
      expect([m.s.s0, m.s.s1, m.C.C0, m.C.C1]).toEqual([n, n, n, n]);
    }
  });
  it('majority of 3: s = bs = C = 2, D = 3, 6 leaves', () => {
    const m = all(majority(3));
    expect([m.s.s, m.bs.bs, m.C.C, m.D, m.size]).toEqual([2, 2, 2, 3, 6]);
  });
  it('AND_n (true = -1): s1 = C1 = n, s0 = C0 = 1, D = n, n + 1 leaves; OR is its dual', () => {
    for (let n = 1; n <= 5; n++) {
      const a = all(and(n));
      expect([a.s.s0, a.s.s1, a.C.C0, a.C.C1, a.D, a.size]).toEqual([1, n, 1, n, n, n + 1]);
      const o = all(or(n));
      expect([o.s.s0, o.s.s1, o.C.C0, o.C.C1, o.D]).toEqual([n, 1, n, 1, n]);
    }
  });
  it('address function on 2 + 4 variables: s = bs = C = D = 3, 8 leaves', () => {
    const m = all(address(2));
    expect([m.s.s, m.bs.bs, m.C.C, m.D]).toEqual([3, 3, 3, 3]);
    expect(m.size).toBe(8);
  });
  it('constants: everything 0, one leaf', () => {
    const m = all(constant(3, -1));
    expect([m.s.s, m.bs.bs, m.C.C, m.D, m.size]).toEqual([0, 0, 0, 0, 1]);
  });
  it('sensitivity at each point of majority of 3: 2 at the 6 points off the diagonal, 0 at the 2 on it', () => {
    expect(Array.from(computeSensitivity(majority(3)).atPoint)).toEqual([0, 2, 2, 2, 2, 2, 2, 0]);
  });
});

describe('complexity measures: relations over every function on n <= 4', () => {
  it('s <= bs <= C <= D <= C0 C1, C <= D, D <= bs^3, s^2 >= deg (Huang), D + 1 <= leaves (n <= 3), for all 2 + 4 + 16 + 256 + 65,536 functions', () => {
    let checked = 0;
    const bad: string[] = [];
    for (let n = 0; n <= 4; n++) {
      for (const f of allFunctions(n)) {
        const m = all(f, n <= 3);
        const deg = degreeOfSignsInPlace(Int32Array.from(f.values)) ?? 0;
        const ok =
          m.s.s <= m.bs.bs &&
          m.bs.bs <= m.C.C &&
          m.C.C <= m.D &&
          m.D <= Math.max(m.D === 0 ? 0 : 1, m.C.C0 * m.C.C1) &&
          m.D <= m.bs.bs ** 3 &&
          deg <= m.D &&
          m.s.s ** 2 >= deg &&
          m.size >= m.D + 1;
        if (!ok) bad.push(`${n}: ${f.values}`);
        checked++;
      }
    }
    expect(bad).toEqual([]);
    expect(checked).toBe(2 + 4 + 16 + 256 + 65536);
  });
  it('the false conjecture s(f) >= deg(f) fails on exactly 56 functions of 3 variables', () => {
    let failures = 0;
    for (const f of allFunctions(3)) {
      const deg = degreeOfSignsInPlace(Int32Array.from(f.values)) ?? 0;
      if (computeSensitivity(f).s < deg) failures++;
    }
    expect(failures).toBe(56);
  });
});

describe('sensitivity and influence', () => {
  it('average sensitivity = total influence = sum of the influences, on every f with n <= 3 and random f up to n = 8', () => {
    const fns = [0, 1, 2, 3].flatMap((n) => [...allFunctions(n)]);
    for (let n = 4; n <= 8; n++) fns.push(randomTable(n, 300 + n));
    const bad: string[] = [];
    for (const f of fns) {
      const cf = fromInt32(f.n, Int32Array.from(f.values));
      const average = Rational.of(computeSensitivity(f).atPoint.reduce((a, b) => a + b, 0), 2 ** f.n);
      const total = totalInfluence(cf);
      if (!average.equals(total) || !sumRationals(influences(cf)).equals(total)) bad.push(`${f.n}: ${f.values}`);
    }
    expect(bad).toEqual([]);
  });
});
