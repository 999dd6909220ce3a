import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rational, big } from '../../src/core/rational.js';

/** The reference: reduced p/q in native bigints. */
function ref(p: bigint, q: bigint): string {
  if (q < 0n) [p, q] = [-p, -q];
  const g = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : g(b, a % b));
  const d = g(p, q);
  [p, q] = [p / d, q / d];
  return q === 1n ? `${p}` : `${p}/${q}`;
}

const SEED = 20261201;
// Magnitudes on both sides of the 2^26 and 2^53 boundaries, where the small path must hand over.
const int = fc.oneof(
  fc.integer({ min: -100, max: 100 }),
  fc.integer({ min: -(2 ** 27), max: 2 ** 27 }),
  fc.constantFrom(Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 2 ** 52, 2 ** 26 + 1, 3 ** 33),
  fc.bigInt({ min: -(2n ** 60n), max: 2n ** 60n }).map((b) => Number(b % BigInt(Number.MAX_SAFE_INTEGER))),
);
const nonZero = int.filter((v) => v !== 0);

describe('rational small-number fast path', () => {
  it('add, sub, mul, div, compare, equals agree with native bigint fractions (also past 2^53)', () => {
    fc.assert(
      fc.property(int, nonZero, int, nonZero, (a, b, c, d) => {
        const x = Rational.of(a, b);
        const y = Rational.of(c, d);
        const [A, B, C, D] = [a, b, c, d].map(BigInt) as [bigint, bigint, bigint, bigint];
        expect(x.toString()).toBe(ref(A, B));
        expect(x.add(y).toString()).toBe(ref(A * D + C * B, B * D));
        expect(x.sub(y).toString()).toBe(ref(A * D - C * B, B * D));
        expect(x.mul(y).toString()).toBe(ref(A * C, B * D));
        if (c !== 0) expect(x.div(y).toString()).toBe(ref(A * D, B * C));
        const diff = A * D * (B * D > 0n ? 1n : -1n) - C * B * (B * D > 0n ? 1n : -1n);
        expect(x.compare(y)).toBe(diff < 0n ? -1 : diff > 0n ? 1 : 0);
        expect(x.equals(y)).toBe(diff === 0n);
        // the same values built from big integers are equal to the small ones
        expect(Rational.of(big(a), big(b)).equals(x)).toBe(true);
        expect(x.num.toString() + '/' + x.den.toString()).toBe(ref(A, B).includes('/') ? ref(A, B) : `${ref(A, B)}/1`);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('scale2, neg, abs, sign, toSafeInteger near the limits', () => {
    const max = Rational.fromInt(Number.MAX_SAFE_INTEGER);
    expect(max.add(Rational.ONE).toString()).toBe('9007199254740992');
    expect(max.mul(max).toString()).toBe((BigInt(Number.MAX_SAFE_INTEGER) ** 2n).toString());
    expect(Rational.of(3, 4).scale2(60).toString()).toBe((3n * 2n ** 58n).toString());
    expect(Rational.of(3, 4).scale2(-60).toString()).toBe(`3/${2n ** 62n}`);
    expect(Rational.of(-6, 4).abs().toString()).toBe('3/2');
    expect(Rational.of(0, -5).neg().toString()).toBe('0');
    expect(Rational.of(5n, -10n).sign()).toBe(-1);
    expect(() => max.add(Rational.ONE).toSafeInteger()).toThrow(RangeError);
    expect(() => Rational.of(1, 0)).toThrow(RangeError);
  });
});
