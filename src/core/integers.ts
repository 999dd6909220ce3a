/**
 * The integers under the exact rationals: big-integer's BigInteger (native BigInt where the
 * platform has it) and the conversions between it, JS numbers, bigint and decimal strings. A value
 * that is a safe integer (|v| < 2^53) can be read as a JS number (toSmall) so that rational.ts can
 * stay on its number fast path; toBig never rounds (an unsafe number is a RangeError). Also gcd on
 * safe integers for that fast path.
 */
import bigInt from 'big-integer';

export type BigInteger = bigInt.BigInteger;
export const big = bigInt;

const MAX_BIG = bigInt(Number.MAX_SAFE_INTEGER);
const MAX_NATIVE = BigInt(Number.MAX_SAFE_INTEGER);

/** gcd(|a|, b) of safe integers (b >= 0 as rational.ts calls it). */
export function gcdSmall(a: number, b: number): number {
  a = Math.abs(a);
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

/** v as a safe integer when it is one, else null (strings always take the big path). */
export function toSmall(v: BigInteger | number | bigint | string): number | null {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? v : null;
  if (typeof v === 'bigint') return v <= MAX_NATIVE && v >= -MAX_NATIVE ? Number(v) : null;
  if (typeof v === 'string') return null;
  const inner = (v as unknown as { value?: unknown }).value; // big-integer's Small/NativeBigInt payload
  if (typeof inner === 'number') return Number.isSafeInteger(inner) ? inner : null;
  if (typeof inner === 'bigint') return inner <= MAX_NATIVE && inner >= -MAX_NATIVE ? Number(inner) : null;
  return null;
}

/** Whether v is a safe integer in magnitude. */
export function fitsSmall(v: BigInteger): boolean {
  return v.abs().leq(MAX_BIG);
}

/** v as a BigInteger; a number must be a safe integer (never rounds). */
export function toBig(v: BigInteger | number | bigint | string): BigInteger {
  if (typeof v === 'number') {
    if (!Number.isSafeInteger(v)) throw new RangeError(`${v} is not a safe integer`);
    return bigInt(v);
  }
  if (typeof v === 'bigint') return bigInt(v.toString());
  if (typeof v === 'string') return bigInt(v);
  return v;
}
