/**
 * A real-valued function on C_n with exact values: integer numerators over one common positive
 * denominator. Boolean functions have denominator 1 and numerators +-1. Numerators live in an
 * Int32Array when every value is a small integer (so transforms provably fit in 32 bits), and in
 * an array of big integers otherwise.
 */
import { big, type BigInteger, Rational } from './rational.js';
import { MAX_ANALYSIS_N } from './cube.js';

export type IntValues = Int32Array | readonly BigInteger[];

export interface CubeFunction {
  readonly n: number;
  readonly numerators: IntValues;
  /** Positive; coprime to the gcd of the numerators (the representation is canonical). */
  readonly denominator: BigInteger;
}

/** Largest |numerator| for which the Int32Array form is used: |value| * 2^n must stay below 2^31. */
export function int32Limit(n: number): number {
  return Math.floor(2 ** (31 - n)) - 1;
}

export function assertAnalysisN(n: number): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a non-negative integer, got ${n}`);
  if (n > MAX_ANALYSIS_N) {
    throw new RangeError(
      `n = ${n} is too large: analysis keeps 2^n exact values in memory and supports n <= ${MAX_ANALYSIS_N}`,
    );
  }
}

/** From the +-1 values of a Boolean function (or any small integers), taking ownership of the array. */
export function fromInt32(n: number, values: Int32Array): CubeFunction {
  assertAnalysisN(n);
  if (values.length !== 1 << n) throw new RangeError(`expected ${1 << n} values, got ${values.length}`);
  const limit = int32Limit(n);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v > limit || v < -limit) return fromBigIntegers(n, Array.from(values, (x) => big(x)), big.one);
  }
  return { n, numerators: values, denominator: big.one };
}

/** From a predicate-like table: value -1 where bit is set. */
export function fromSignBits(n: number, isMinus: (point: number) => boolean): CubeFunction {
  const size = 1 << n;
  const v = new Int32Array(size);
  for (let i = 0; i < size; i++) v[i] = isMinus(i) ? -1 : 1;
  return fromInt32(n, v);
}

/** From exact rational values, in point order. */
export function fromRationals(n: number, values: readonly Rational[]): CubeFunction {
  assertAnalysisN(n);
  if (values.length !== 1 << n) throw new RangeError(`expected ${1 << n} values, got ${values.length}`);
  let den = big.one;
  for (const v of values) den = big.lcm(den, v.den);
  const nums = values.map((v) => v.num.multiply(den.divide(v.den)));
  return fromBigIntegers(n, nums, den);
}

/** Canonical form of numerators/denominator: reduced, and Int32Array when the values are small. */
export function fromBigIntegers(n: number, nums: readonly BigInteger[], den: BigInteger): CubeFunction {
  if (den.isZero() || den.isNegative()) throw new RangeError('denominator must be positive');
  let g = den;
  for (const x of nums) {
    if (g.equals(1)) break;
    g = big.gcd(g, x.abs());
  }
  const numerators = g.equals(1) ? nums : nums.map((x) => x.divide(g));
  const denominator = den.divide(g);
  if (denominator.equals(1)) {
    const limit = int32Limit(n);
    if (numerators.every((x) => x.abs().lesserOrEquals(limit))) {
      return { n, numerators: Int32Array.from(numerators, (x) => x.toJSNumber()), denominator };
    }
  }
  return { n, numerators, denominator };
}

export function valueAt(f: CubeFunction, point: number): Rational {
  const x = f.numerators[point]!;
  return Rational.of(typeof x === 'number' ? big(x) : x, f.denominator);
}

export function toRationals(f: CubeFunction): Rational[] {
  const out: Rational[] = new Array(f.numerators.length);
  for (let i = 0; i < out.length; i++) out[i] = valueAt(f, i);
  return out;
}

/** True when every value is +1 or -1. */
export function isBoolean(f: CubeFunction): boolean {
  if (!f.denominator.equals(1)) return false;
  const v = f.numerators;
  if (v instanceof Int32Array) {
    // (x + 1) & ~2 is 0 exactly for x = -1 (0) and x = 1 (2): OR it over blocks, no branch per value.
    for (let start = 0; start < v.length; start += 4096) {
      let bad = 0;
      for (let i = start, end = Math.min(v.length, start + 4096); i < end; i++) bad |= (v[i]! + 1) & ~2;
      if (bad !== 0) return false;
    }
    return true;
  }
  return v.every((x) => x.abs().equals(1));
}

/** The +-1 table of a Boolean function as an Int8Array; throws when f is not Boolean. */
export function signs(f: CubeFunction): Int8Array {
  if (!isBoolean(f)) throw new RangeError('function is not Boolean (values other than +1/-1)');
  const v = f.numerators;
  const out = new Int8Array(v.length);
  // A plain loop: Int8Array.from with a mapping callback took ~0.3 s at 2^20 points.
  if (v instanceof Int32Array) out.set(v);
  else for (let i = 0; i < v.length; i++) out[i] = v[i]!.toJSNumber();
  return out;
}

export function functionsEqual(a: CubeFunction, b: CubeFunction): boolean {
  if (a.n !== b.n || !a.denominator.equals(b.denominator)) return false;
  for (let i = 0; i < a.numerators.length; i++) {
    const x = a.numerators[i]!;
    const y = b.numerators[i]!;
    const xb = typeof x === 'number' ? big(x) : x;
    if (!xb.equals(typeof y === 'number' ? big(y) : y)) return false;
  }
  return true;
}
