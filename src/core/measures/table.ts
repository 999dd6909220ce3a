/**
 * Helpers shared by the measures of src/vocabulary/measures: a function as its 2^n integer values
 * in point order (docs/math.md, conventions), Boolean when every value is +1 or -1.
 */
import type { Fn } from '../../model/values.js';
import { type CubeFunction, valueAt } from '../cubeFunction.js';
import { fwhtInt32InPlace } from '../fwht.js';
import { int32Summary } from './int32Summary.js';

/** What the measures read: an Fn, with the registry subject's cached Walsh transform when present. */
export interface Table extends Fn {
  walsh?(): Int32Array;
}

export function isBooleanTable(f: Table): boolean {
  const v = f.values;
  for (let i = 0; i < v.length; i++) if (v[i] !== 1 && v[i] !== -1) return false;
  return true;
}

/** Throws a RangeError naming the measure when f is not Boolean. */
export function requireBoolean(f: Table, measure: string): void {
  if (!isBooleanTable(f)) throw new RangeError(`${measure} needs a Boolean function (values +1/-1)`);
}

/**
 * W_f(a) = sum_x f(x) chi_a(x) = 2^n fhat(a) for a Boolean f. |W_f(a)| <= 2^n, so the transform
 * fits in 32 bits for every n the tool analyses (fwhtInt32InPlace's bound: 1 * 2^n < 2^31).
 * Read-only: it may be the registry subject's cached transform.
 */
export function walshOfBoolean(f: Table): Int32Array {
  if (f.walsh) return f.walsh(); // the subject's shared transform: read it, never write it
  const w = Int32Array.from(f.values);
  fwhtInt32InPlace(w);
  return w;
}

/** max_a |W_f(a)|. */
export function maxAbs(w: Int32Array): number {
  return int32Summary(w).maxAbs;
}

/** max_a |W_f(a)| by a plain scan: the reference for maxAbs's shared summary. */
export function maxAbsSlow(w: Int32Array): number {
  let m = 0;
  for (let i = 0; i < w.length; i++) {
    const a = Math.abs(w[i]!);
    if (a > m) m = a;
  }
  return m;
}

/** The Walsh-Hadamard butterfly on 64-bit integers, for sums the 32-bit one cannot hold. The
 * caller guarantees 2^n * max|a| < 2^63. */
export function fwhtBigInt64InPlace(a: BigInt64Array): void {
  for (let h = 1; h < a.length; h <<= 1) {
    for (let i = 0; i < a.length; i += h << 1) {
      for (let j = i; j < i + h; j++) {
        const x = a[j]!;
        const y = a[j + h]!;
        a[j] = x + y;
        a[j + h] = x - y;
      }
    }
  }
}

/**
 * The autocorrelation r_f(a) = sum_x f(x) f(x xor a) of a Boolean f, by Wiener-Khinchin:
 * r_f = 2^-n WHT(W_f^2). W_f^2 <= 2^2n and the transform adds 2^n of them, so every intermediate
 * is below 2^3n <= 2^60 for n <= 20; the result |r_f(a)| <= 2^n fits in 32 bits.
 */
export function autocorrelationOfBoolean(f: Table): Int32Array {
  const known = autocorrelations.get(f.values);
  if (known) return known;
  if (f.n > AUTOCORRELATION_MAX_N) throw new RangeError(`autocorrelation supports n <= ${AUTOCORRELATION_MAX_N} (64-bit sums), got ${f.n}`);
  const w = walshOfBoolean(f);
  const sq = new BigInt64Array(w.length);
  for (let i = 0; i < w.length; i++) sq[i] = BigInt(w[i]!) * BigInt(w[i]!);
  fwhtBigInt64InPlace(sq);
  const out = new Int32Array(w.length);
  const shift = BigInt(f.n);
  for (let i = 0; i < w.length; i++) out[i] = Number(sq[i]! >> shift);
  autocorrelations.set(f.values, out);
  return out;
}

export const AUTOCORRELATION_MAX_N = 20;

/** One transform per table for the four measures that read r_f (read-only, like the Walsh one). */
const autocorrelations = new WeakMap<Int32Array, Int32Array>();

/**
 * A key per point that is equal exactly when the values are (numerators over the common
 * denominator: numbers when they fit in 32 bits, decimal text otherwise), and its negation.
 */
export function valueKeys(f: CubeFunction): { key(x: number): number | string; negatedKey(x: number): number | string } {
  const v = f.numerators;
  if (v instanceof Int32Array) return { key: (x) => v[x]!, negatedKey: (x) => -v[x]! };
  return { key: (x) => v[x]!.toString(), negatedKey: (x) => v[x]!.negate().toString() };
}

/** f(x) as exact text "p/q" (or "p"). */
export const exactText = (f: CubeFunction, x: number): string => valueAt(f, x).toString();
