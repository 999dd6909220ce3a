/**
 * Limits on the size of numbers in the expression language, so that `((2^1024)^1024)^1024` or a
 * literal of millions of digits is an error with a column instead of a V8 "Maximum BigInt size
 * exceeded" (or minutes of bigint arithmetic). Every numerator and denominator of every node stays
 * below 2^MAX_NUMBER_BITS; an operation is refused before it runs when the bound on its result
 * (from the operands' bit lengths) passes the limit. Expressions are also limited in tokens.
 */
import type { Val } from './values.js';

/** Numerators and denominators have at most this many bits (2^4096 is about 1.04e1233). */
export const MAX_NUMBER_BITS = 4096;
/** Decimal digits of the largest integer literal accepted: below 2^3987, room left for arithmetic. */
export const MAX_LITERAL_DIGITS = 1200;
/** Tokens of one expression (a map coordinate counts on its own); larger functions are literals. */
export const MAX_TOKENS = 2 ** 20;

export function bitLength(x: bigint): number {
  const a = x < 0n ? -x : x;
  return a === 0n ? 0 : a.toString(16).length * 4;
}

export interface Bits {
  readonly num: number;
  readonly den: number;
}

/** Upper bounds on the bit lengths of a value's numerators and of its denominator. */
export function bitsOf(v: Val): Bits {
  if (v.kind === 'const') return { num: bitLength(v.num), den: bitLength(v.den) };
  if (v.kind === 'signs') return { num: 1, den: 1 };
  if (v.nums instanceof Int32Array) {
    let top = 0;
    for (let k = 0; k < v.nums.length; k++) top |= Math.abs(v.nums[k]!);
    return { num: 32 - Math.clz32(top), den: bitLength(v.den) };
  }
  let num = 0;
  for (const x of v.nums) num = Math.max(num, bitLength(x));
  return { num, den: bitLength(v.den) };
}

/** Bound on the bits of a * b (and a / b, with the roles of b's parts swapped by the caller). */
export function productBits(a: Bits, b: Bits): number {
  return Math.max(a.num + b.num, a.den + b.den);
}

/** Bound on the bits of a + b over the common denominator. */
export function sumBits(a: Bits, b: Bits): number {
  return Math.max(Math.max(a.num + b.den, b.num + a.den) + 1, a.den + b.den);
}

/** Bound on the bits of v^k. */
export function powerBits(v: Bits, k: number): number {
  return Math.max(v.num, v.den) * k;
}

/** "2^4096 (about 1.0e1233)": how messages state the limit. */
export const LIMIT_TEXT = `2^${MAX_NUMBER_BITS}`;
