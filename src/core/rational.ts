/**
 * Exact rational numbers, always in lowest terms with a positive denominator.
 * Backed by big-integer (which uses native BigInt where the platform has it), with a fast path:
 * a rational whose numerator and denominator are safe integers (|v| < 2^53) is kept as two JS
 * numbers, and arithmetic stays in numbers while every intermediate result is a safe integer.
 * That test is sound: a product or sum of safe integers whose true value is at least 2^53 in
 * magnitude is computed (round to nearest, monotone) as at least 2^53, so it fails
 * Number.isSafeInteger and the operation is redone with big integers. The integers and their
 * conversions are integers.ts; this file is the Rational class (one concept: its fast path reads
 * the private representation in every method, so it stays whole) and sumRationals.
 */
import bigInt from 'big-integer';
import { type BigInteger, fitsSmall, gcdSmall, toBig, toSmall } from './integers.js';

export { type BigInteger, big } from './integers.js';

const safe = Number.isSafeInteger;

export class Rational {
  /** Small form: sp / sq when big is null; otherwise bp / bq. */
  private constructor(
    private readonly sp: number,
    private readonly sq: number,
    private bp: BigInteger | null,
    private bq: BigInteger | null,
  ) {}

  get num(): BigInteger {
    return this.bp ?? (this.bp = bigInt(this.sp));
  }
  get den(): BigInteger {
    return this.bq ?? (this.bq = bigInt(this.sq));
  }
  /** True when the value is held as two safe integers. */
  private get small(): boolean {
    return this.sq !== 0;
  }

  /** p/q from safe integers, q != 0, reduced here. */
  private static ofSmall(p: number, q: number): Rational {
    if (q < 0) {
      p = -p;
      q = -q;
    }
    if (q !== 1) {
      const g = gcdSmall(p, q);
      if (g !== 1) {
        p /= g;
        q /= g;
      }
    }
    return new Rational(p === 0 ? 0 : p, q, null, null);
  }

  /** From big integers already reduced with a positive denominator. */
  private static ofReduced(p: BigInteger, q: BigInteger): Rational {
    if (fitsSmall(p) && fitsSmall(q)) return new Rational(p.toJSNumber() || 0, q.toJSNumber(), p, q);
    return new Rational(Number.NaN, 0, p, q);
  }

  static readonly ZERO = new Rational(0, 1, null, null);
  static readonly ONE = new Rational(1, 1, null, null);
  static readonly MINUS_ONE = new Rational(-1, 1, null, null);

  /** num/den reduced; throws RangeError on a zero denominator. */
  static of(num: BigInteger | number | bigint | string, den: BigInteger | number | bigint | string = 1): Rational {
    const sp = toSmall(num);
    const sq = sp === null ? null : toSmall(den);
    if (sp !== null && sq !== null) {
      if (sq === 0) throw new RangeError('rational with zero denominator');
      return Rational.ofSmall(sp, sq);
    }
    let p = toBig(num);
    let q = toBig(den);
    if (q.isZero()) throw new RangeError('rational with zero denominator');
    if (q.isNegative()) {
      p = p.negate();
      q = q.negate();
    }
    const g = bigInt.gcd(p.abs(), q);
    if (!g.equals(1)) {
      p = p.divide(g);
      q = q.divide(g);
    }
    return Rational.ofReduced(p, q);
  }

  static fromInt(k: number | bigint | BigInteger): Rational {
    if (typeof k === 'number' && safe(k)) return new Rational(k === 0 ? 0 : k, 1, null, null);
    return Rational.ofReduced(toBig(k), bigInt.one);
  }

  /** Parses "p", "-p", "p/q" (decimal integers). Returns null when malformed. */
  static parse(text: string): Rational | null {
    const m = /^\s*([+-]?\d+)\s*(?:\/\s*(\d+))?\s*$/.exec(text);
    if (!m) return null;
    const den = m[2] ?? '1';
    if (/^0+$/.test(den)) return null;
    return Rational.of(bigInt(m[1]!), bigInt(den));
  }

  isZero(): boolean {
    return this.small ? this.sp === 0 : this.num.isZero();
  }
  isInteger(): boolean {
    return this.small ? this.sq === 1 : this.den.equals(1);
  }
  sign(): -1 | 0 | 1 {
    if (this.small) return this.sp === 0 ? 0 : this.sp < 0 ? -1 : 1;
    return this.num.isZero() ? 0 : this.num.isNegative() ? -1 : 1;
  }
  add(o: Rational): Rational {
    if (this.small && o.small) {
      if (this.sq === o.sq) {
        const p = this.sp + o.sp;
        if (safe(p)) return Rational.ofSmall(p, this.sq);
      } else {
        const a = this.sp * o.sq;
        const b = o.sp * this.sq;
        const p = a + b;
        const q = this.sq * o.sq;
        if (safe(a) && safe(b) && safe(p) && safe(q)) return Rational.ofSmall(p, q);
      }
    }
    if (this.den.equals(o.den)) return Rational.of(this.num.add(o.num), this.den);
    return Rational.of(this.num.multiply(o.den).add(o.num.multiply(this.den)), this.den.multiply(o.den));
  }
  sub(o: Rational): Rational {
    return this.add(o.neg());
  }
  mul(o: Rational): Rational {
    if (this.small && o.small) {
      const p = this.sp * o.sp;
      const q = this.sq * o.sq;
      if (safe(p) && safe(q)) return Rational.ofSmall(p, q);
    }
    return Rational.of(this.num.multiply(o.num), this.den.multiply(o.den));
  }
  div(o: Rational): Rational {
    if (o.isZero()) throw new RangeError('division by zero');
    if (this.small && o.small) {
      const p = this.sp * o.sq;
      const q = this.sq * o.sp;
      if (safe(p) && safe(q)) return Rational.ofSmall(p, q);
    }
    return Rational.of(this.num.multiply(o.den), this.den.multiply(o.num));
  }
  neg(): Rational {
    if (this.small) return new Rational(this.sp === 0 ? 0 : -this.sp, this.sq, null, null);
    return Rational.ofReduced(this.num.negate(), this.den);
  }
  abs(): Rational {
    return this.sign() < 0 ? this.neg() : this;
  }
  inverse(): Rational {
    return Rational.ONE.div(this);
  }
  /** Multiplies by 2^k (k may be negative). */
  scale2(k: number): Rational {
    if (this.small && Math.abs(k) < 53) {
      const f = 2 ** Math.abs(k);
      const p = k >= 0 ? this.sp * f : this.sp;
      const q = k >= 0 ? this.sq : this.sq * f;
      if (safe(p) && safe(q)) return Rational.ofSmall(p, q);
    }
    const p = bigInt(2).pow(Math.abs(k));
    return k >= 0 ? Rational.of(this.num.multiply(p), this.den) : Rational.of(this.num, this.den.multiply(p));
  }
  compare(o: Rational): -1 | 0 | 1 {
    if (this.small && o.small) {
      const a = this.sp * o.sq;
      const b = o.sp * this.sq;
      if (safe(a) && safe(b)) return a < b ? -1 : a > b ? 1 : 0;
    }
    const c = this.num.multiply(o.den).compare(o.num.multiply(this.den));
    return c < 0 ? -1 : c > 0 ? 1 : 0;
  }
  equals(o: Rational): boolean {
    if (this.small && o.small) return this.sp === o.sp && this.sq === o.sq;
    return this.num.equals(o.num) && this.den.equals(o.den);
  }
  /** "p/q", or "p" when the denominator is 1. */
  toString(): string {
    if (this.small) return this.sq === 1 ? String(this.sp) : `${this.sp}/${this.sq}`;
    return this.den.equals(1) ? this.num.toString() : `${this.num.toString()}/${this.den.toString()}`;
  }
  /** Exact when the value is an integer of safe size; otherwise throws (never rounds silently). */
  toSafeInteger(): number {
    if (this.small && this.sq === 1) return this.sp;
    if (!this.isInteger() || this.num.abs().greater(Number.MAX_SAFE_INTEGER)) {
      throw new RangeError(`${this.toString()} is not a safe integer`);
    }
    return this.num.toJSNumber();
  }
  /** For display only (bar charts): never use it to decide anything. */
  toApproximateNumber(): number {
    if (this.small) return this.sp / this.sq;
    return Number(this.num.toString()) / Number(this.den.toString());
  }
}

export function sumRationals(xs: Iterable<Rational>): Rational {
  let s = Rational.ZERO;
  for (const x of xs) s = s.add(x);
  return s;
}
