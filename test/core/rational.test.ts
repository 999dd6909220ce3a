import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import bigInt from 'big-integer';
import { Rational } from '../../src/core/rational.js';
import { FC } from './helpers.js';

const bigIntValue = fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n });
const nonZero = bigIntValue.filter((v) => v !== 0n);
const fraction = fc.tuple(bigIntValue, nonZero);

const gcd = (a: bigint, b: bigint): bigint => {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
};
const n = (r: Rational): bigint => BigInt(r.num.toString());
const d = (r: Rational): bigint => BigInt(r.den.toString());
/** r equals p/q, and r is in lowest terms with a positive denominator. */
const represents = (r: Rational, p: bigint, q: bigint): boolean =>
  d(r) > 0n && gcd(n(r), d(r)) === 1n && n(r) * q === p * d(r);

describe('Rational against native big integers', () => {
  it('of() reduces and normalises the sign', () => {
    fc.assert(fc.property(fraction, ([p, q]) => represents(Rational.of(p, q), p, q)), { ...FC, numRuns: 300 });
    expect(Rational.of(6, -4).toString()).toBe('-3/2');
    expect(Rational.of(0, -7).toString()).toBe('0');
    expect(() => Rational.of(1, 0)).toThrow(RangeError);
  });

  it('add, sub, mul, div agree with cross-multiplied big integers', () => {
    fc.assert(
      fc.property(fraction, fraction, ([p, q], [r, s]) => {
        const a = Rational.of(p, q);
        const b = Rational.of(r, s);
        return (
          represents(a.add(b), p * s + r * q, q * s) &&
          represents(a.sub(b), p * s - r * q, q * s) &&
          represents(a.mul(b), p * r, q * s) &&
          (r === 0n || represents(a.div(b), p * s, q * r))
        );
      }),
      { ...FC, numRuns: 300 },
    );
  });

  it('compare, sign and equals agree with big integers', () => {
    fc.assert(
      fc.property(fraction, fraction, ([p, q], [r, s]) => {
        const a = Rational.of(p, q);
        const b = Rational.of(r, s);
        // p/q - r/s has the sign of (p s - r q) q s.
        const diff = (p * s - r * q) * q * s;
        const want = diff < 0n ? -1 : diff > 0n ? 1 : 0;
        return a.compare(b) === want && a.equals(b) === (want === 0) && a.sign() === (p * q < 0n ? -1 : p === 0n ? 0 : 1);
      }),
      { ...FC, numRuns: 300 },
    );
  });

  it('scale2, parse and toString round-trip', () => {
    fc.assert(
      fc.property(fraction, fc.integer({ min: -70, max: 70 }), ([p, q], k) => {
        const a = Rational.of(p, q);
        const scaled = a.scale2(k);
        const ok = k >= 0 ? represents(scaled, p * 2n ** BigInt(k), q) : represents(scaled, p, q * 2n ** BigInt(-k));
        return ok && Rational.parse(a.toString())!.equals(a);
      }),
      { ...FC, numRuns: 200 },
    );
    expect(Rational.parse('3/0')).toBeNull();
    expect(Rational.parse('1.5')).toBeNull();
    expect(Rational.parse(' -10/4 ')!.toString()).toBe('-5/2');
  });

  it('toSafeInteger never rounds', () => {
    expect(Rational.of(bigInt(2).pow(53)).toString()).toBe('9007199254740992');
    expect(() => Rational.of(bigInt(2).pow(53)).toSafeInteger()).toThrow(RangeError);
    expect(() => Rational.of(1, 2).toSafeInteger()).toThrow(RangeError);
    expect(Rational.of(-12, 3).toSafeInteger()).toBe(-4);
  });
});
