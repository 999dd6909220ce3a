/**
 * The value of an expression node during evaluation: an exact constant; a +-1 table in an
 * Int8Array (variables, chi and logic results: a quarter of the memory, which is what bounds speed
 * at n = 24); or a whole table of 2^n numerators over one positive denominator. Numerators live in
 * an Int32Array whenever they fit (any 32-bit value: the CubeFunction transform limit is applied
 * only at the end) and in native bigint arrays otherwise. Tables are kept reduced:
 * gcd(denominator, every numerator) = 1. Values are never mutated once built, so may be shared.
 */
import { type CubeFunction, fromBigIntegers, fromInt32 } from '../core/cubeFunction.js';
import { big } from '../core/rational.js';

export type Nums = Int32Array | readonly bigint[];

export type Val =
  | { readonly kind: 'const'; readonly num: bigint; readonly den: bigint }
  | { readonly kind: 'signs'; readonly signs: Int8Array }
  | { readonly kind: 'table'; readonly nums: Nums; readonly den: bigint };

export type TableVal = Val & { kind: 'table' };

export function bigGcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function numGcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** num/den in lowest terms with a positive denominator; den must be non-zero. */
export function constVal(num: bigint, den = 1n): Val {
  if (den < 0n) [num, den] = [-num, -den];
  const g = bigGcd(num, den);
  return g === 1n ? { kind: 'const', num, den } : { kind: 'const', num: num / g, den: den / g };
}

export function int32Table(nums: Int32Array): Val {
  return { kind: 'table', nums, den: 1n };
}

/** A table holding only +1 and -1. */
export function signsVal(signs: Int8Array): Val {
  return { kind: 'signs', signs };
}

/** A non-constant value as a numerator table. */
export function asTable(v: Val & { kind: 'signs' | 'table' }): TableVal {
  return v.kind === 'table' ? v : { kind: 'table', nums: Int32Array.from(v.signs), den: 1n };
}

/** A reduced table from any numerators over a positive denominator. */
export function tableVal(nums: Nums, den: bigint): Val {
  const g = tableGcd(nums, den);
  if (g !== 1n) {
    nums = nums instanceof Int32Array ? nums.map((x) => x / Number(g)) : nums.map((x) => x / g);
    den /= g;
  }
  return { kind: 'table', nums: compact(nums), den };
}

function tableGcd(nums: Nums, den: bigint): bigint {
  if (den === 1n) return 1n;
  let i = 0;
  let g = den;
  if (nums instanceof Int32Array) {
    // Once g divides a 32-bit numerator it is small: continue with plain numbers.
    for (; g > 2147483648n && i < nums.length; i++) g = bigGcd(g, BigInt(nums[i]!));
    if (g > 2147483648n) return g; // every numerator is 0
    let s = Number(g);
    for (; s !== 1 && i < nums.length; i++) s = numGcd(s, Math.abs(nums[i]!));
    return BigInt(s);
  }
  for (; g !== 1n && i < nums.length; i++) g = bigGcd(g, nums[i]!);
  return g;
}

/** Int32Array when every bigint fits. */
export function compact(nums: Nums): Nums {
  if (nums instanceof Int32Array) return nums;
  for (const x of nums) if (x > 2147483647n || x < -2147483648n) return nums;
  return Int32Array.from(nums, (x) => Number(x));
}

export function toBigNums(nums: Nums): bigint[] {
  return nums instanceof Int32Array ? Array.from(nums, (x) => BigInt(x)) : [...nums];
}

/** The value at one point as a reduced numerator/denominator pair. */
export function valueAt(v: Val, point: number): { num: bigint; den: bigint } {
  if (v.kind === 'const') return v;
  if (v.kind === 'signs') return { num: BigInt(v.signs[point]!), den: 1n };
  const c = constVal(BigInt(v.nums[point]!), v.den);
  return c as { num: bigint; den: bigint };
}

export function formatValue(q: { num: bigint; den: bigint }): string {
  return q.den === 1n ? `${q.num}` : `${q.num}/${q.den}`;
}

/** The constant a value takes everywhere, or null when it is not constant. */
export function constantOf(v: Val): { num: bigint; den: bigint } | null {
  if (v.kind === 'const') return v;
  const a = v.kind === 'signs' ? v.signs : v.nums;
  for (let i = 1; i < a.length; i++) if (a[i] !== a[0]) return null;
  return valueAt(v, 0);
}

/** A constant spread over a table of 2^n values. */
export function materialize(v: Val, n: number): { nums: Nums; den: bigint } {
  if (v.kind !== 'const') return asTable(v);
  const size = 2 ** n;
  if (v.num <= 2147483647n && v.num >= -2147483648n) return { nums: new Int32Array(size).fill(Number(v.num)), den: v.den };
  return { nums: new Array<bigint>(size).fill(v.num), den: v.den };
}

export function toCubeFunction(v: Val, n: number): CubeFunction {
  const { nums, den } = materialize(v, n);
  if (den === 1n && nums instanceof Int32Array) return fromInt32(n, nums);
  const bigNums = nums instanceof Int32Array ? Array.from(nums, (x) => big(x)) : nums.map((x) => big(x));
  return fromBigIntegers(n, bigNums, big(den));
}
