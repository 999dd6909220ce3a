/**
 * +-1 tables of node values: signsOf checks an argument is +-1 everywhere and reports the first point where it is not.
 */
import { type Val, formatValue, valueAt } from './values.js';

export type SignsOrBad =
  | { readonly ok: true; readonly signs: Int8Array }
  | { readonly ok: false; readonly point: number; readonly value: string };

/** The +-1 values of v over 2^n points, or the first point where v is not +-1. */
export function signsOf(v: Val, n: number): SignsOrBad {
  const size = 2 ** n;
  if (v.kind === 'signs') return { ok: true, signs: v.signs };
  if (v.kind === 'const') {
    if (v.den === 1n && (v.num === 1n || v.num === -1n)) return { ok: true, signs: new Int8Array(size).fill(Number(v.num)) };
    return { ok: false, point: 0, value: formatValue(v) };
  }
  const a = v.nums;
  if (v.den === 1n && a instanceof Int32Array) {
    for (let i = 0; i < size; i++) {
      const x = a[i]!;
      if (x !== 1 && x !== -1) return { ok: false, point: i, value: String(x) };
    }
    return { ok: true, signs: Int8Array.from(a) };
  }
  // A reduced table with a denominator > 1, or with big numerators, has a value other than +-1.
  for (let i = 0; i < size; i++) {
    const q = valueAt(v, i);
    if (q.den !== 1n || (q.num !== 1n && q.num !== -1n)) return { ok: false, point: i, value: formatValue(q) };
  }
  return { ok: true, signs: Int8Array.from(a as readonly bigint[], (x) => Number(x)) };
}

/** sgn: -1 where the value is negative, +1 where it is >= 0 (so sgn(0) = +1). */
export function sgnSigns(nums: Int32Array | readonly bigint[]): Int8Array {
  const out = new Int8Array(nums.length);
  for (let i = 0; i < nums.length; i++) out[i] = nums[i]! < 0 ? -1 : 1;
  return out;
}
