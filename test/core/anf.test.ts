import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { binomial, popcount } from '../../src/core/cube.js';
import { fromInt32, fromSignBits, functionsEqual, signs } from '../../src/core/cubeFunction.js';
import { anf, fromAnf, moebiusInPlace } from '../../src/core/anf.js';
import { degree, degreeOfSignsInPlace, gf2Degree } from '../../src/core/degree.js';
import { FC, booleanFunction } from './helpers.js';

/** F(b) = XOR_T a_T prod_{i in T} b_i at point b, from the definition. */
function evaluateAnf(a: Uint8Array, b: number): number {
  let v = 0;
  for (let T = 0; T < a.length; T++) if (a[T] && (b & T) === T) v ^= 1;
  return v;
}

describe('ANF', () => {
  it('evaluates back to F = (1 - f)/2 at every point', () => {
    fc.assert(
      fc.property(booleanFunction(0, 6), (f) => {
        const a = anf(f);
        const s = signs(f);
        return s.every((v, b) => evaluateAnf(a, b) === (v === -1 ? 1 : 0));
      }),
      { ...FC, numRuns: 60 },
    );
  });

  it('fromAnf inverts anf, and anf inverts fromAnf', () => {
    fc.assert(
      fc.property(booleanFunction(0, 8), (f) => functionsEqual(fromAnf(f.n, anf(f)), f)),
      { ...FC, numRuns: 60 },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 8 }).chain((n) => fc.uint8Array({ min: 0, max: 1, minLength: 2 ** n, maxLength: 2 ** n })),
        (a) => {
          const n = 31 - Math.clz32(a.length);
          return anf(fromAnf(n, a)).every((v, T) => v === a[T]);
        },
      ),
      { ...FC, numRuns: 60 },
    );
  });

  it('the word-wise Moebius transform equals the byte loop, also on unaligned views', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 3 }), fc.integer(), (n, offset, seed) => {
        const buffer = new Uint8Array(2 ** n + offset);
        let s = seed | 1;
        for (let i = 0; i < buffer.length; i++) buffer[i] = (s = (s * 1103515245 + 12345) | 0) >>> 31;
        const bits = buffer.subarray(offset);
        const want = Uint8Array.from(bits);
        for (let h = 1; h < want.length; h <<= 1) {
          for (let i = 0; i < want.length; i += 2 * h) for (let j = i; j < i + h; j++) want[j + h]! ^= want[j]!;
        }
        moebiusInPlace(bits);
        return bits.every((v, i) => v === want[i]);
      }),
      { ...FC, numRuns: 80 },
    );
  });

  it('on 4 variables, 2^(sum_{i<=r} C(4,i)) of the 65536 functions have GF(2) degree <= r', () => {
    const counts = new Array(6).fill(0); // index deg2 + 1, with -1 for F = 0
    let t4Violations = 0;
    for (let table = 0; table < 65536; table++) {
      const f = fromSignBits(4, (i) => ((table >>> i) & 1) === 1);
      const d2 = gf2Degree(f);
      counts[(d2 ?? -1) + 1]++;
      const d = degree(f)!;
      if (d2 !== null && d2 > d) t4Violations++; // T4: deg2 <= deg
    }
    for (let r = 0; r <= 4; r++) {
      let want = 0;
      for (let i = 0; i <= r; i++) want += binomial(4, i);
      const have = counts.slice(0, r + 2).reduce((a, b) => a + b, 0);
      expect(have).toBe(2 ** want);
    }
    expect(counts[0]).toBe(1); // only f = +1 has F = 0
    expect(t4Violations).toBe(0);
  });

  it('degreeOfSignsInPlace agrees with degree', () => {
    fc.assert(
      fc.property(booleanFunction(0, 9), (f) => {
        const v = Int32Array.from(f.numerators as Int32Array);
        return degreeOfSignsInPlace(v) === degree(f);
      }),
      { ...FC, numRuns: 60 },
    );
    expect(gf2Degree(fromInt32(3, new Int32Array(8).fill(1)))).toBeNull();
    expect(gf2Degree(fromSignBits(3, (i) => popcount(i) === 3))).toBe(3);
  });
});
