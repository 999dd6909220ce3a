/**
 * Exact rational numbers, always in lowest terms with a positive denominator.
 * Backed by big-integer (which uses native BigInt where the platform has it).
 */
import bigInt from 'big-integer';

export type BigInteger = bigInt.BigInteger;
export const big = bigInt;

export class Rational {
  private constructor(
    readonly num: BigInteger,
    readonly den: BigInteger,
  ) {}

  static readonly ZERO = new Rational(bigInt.zero, bigInt.one);
  static readonly ONE = new Rational(bigInt.one, bigInt.one);
  static readonly MINUS_ONE = new Rational(bigInt.minusOne, bigInt.one);

  /** num/den reduced; throws RangeError on a zero denominator. */
  static of(num: BigInteger | number | bigint | string, den: BigInteger | number | bigint | string = 1): Rational {
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
    return new Rational(p, q);
  }

  static fromInt(k: number | bigint | BigInteger): Rational {
    return new Rational(toBig(k), bigInt.one);
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
    return this.num.isZero();
  }
  isInteger(): boolean {
    return this.den.equals(1);
  }
  sign(): -1 | 0 | 1 {
    return this.num.isZero() ? 0 : this.num.isNegative() ? -1 : 1;
  }
  add(o: Rational): Rational {
    if (this.den.equals(o.den)) return Rational.of(this.num.add(o.num), this.den);
    return Rational.of(this.num.multiply(o.den).add(o.num.multiply(this.den)), this.den.multiply(o.den));
  }
  sub(o: Rational): Rational {
    return this.add(o.neg());
  }
  mul(o: Rational): Rational {
    return Rational.of(this.num.multiply(o.num), this.den.multiply(o.den));
  }
  div(o: Rational): Rational {
    if (o.isZero()) throw new RangeError('division by zero');
    return Rational.of(this.num.multiply(o.den), this.den.multiply(o.num));
  }
  neg(): Rational {
    return new Rational(this.num.negate(), this.den);
  }
  abs(): Rational {
    return this.num.isNegative() ? this.neg() : this;
  }
  inverse(): Rational {
    return Rational.ONE.div(this);
  }
  /** Multiplies by 2^k (k may be negative). */
  scale2(k: number): Rational {
    const p = bigInt(2).pow(Math.abs(k));
    return k >= 0 ? Rational.of(this.num.multiply(p), this.den) : Rational.of(this.num, this.den.multiply(p));
  }
  compare(o: Rational): -1 | 0 | 1 {
    const c = this.num.multiply(o.den).compare(o.num.multiply(this.den));
    return c < 0 ? -1 : c > 0 ? 1 : 0;
  }
  equals(o: Rational): boolean {
    return this.num.equals(o.num) && this.den.equals(o.den);
  }
  /** "p/q", or "p" when the denominator is 1. */
  toString(): string {
    return this.den.equals(1) ? this.num.toString() : `${this.num.toString()}/${this.den.toString()}`;
  }
  /** Exact when the value is an integer of safe size; otherwise throws (never rounds silently). */
  toSafeInteger(): number {
    if (!this.isInteger() || this.num.abs().greater(Number.MAX_SAFE_INTEGER)) {
      throw new RangeError(`${this.toString()} is not a safe integer`);
    }
    return this.num.toJSNumber();
  }
  /** For display only (bar charts): never use it to decide anything. */
  toApproximateNumber(): number {
    return Number(this.num.toString()) / Number(this.den.toString());
  }
}

function toBig(v: BigInteger | number | bigint | string): BigInteger {
  if (typeof v === 'number') {
    if (!Number.isSafeInteger(v)) throw new RangeError(`${v} is not a safe integer`);
    return bigInt(v);
  }
  if (typeof v === 'bigint') return bigInt(v.toString());
  if (typeof v === 'string') return bigInt(v);
  return v;
}

export function sumRationals(xs: Iterable<Rational>): Rational {
  let s = Rational.ZERO;
  for (const x of xs) s = s.add(x);
  return s;
}
