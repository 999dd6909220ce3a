/** Exact rationals of the language: the plain Q of src/model/values.ts (q > 0, lowest terms). */
import type { Q } from '../model/values.js';

const abs = (x: bigint): bigint => (x < 0n ? -x : x);
function gcd(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export function q(p: bigint, d: bigint = 1n): Q {
  if (d === 0n) throw new RangeError('division by zero');
  if (d < 0n) [p, d] = [-p, -d];
  const g = gcd(p, d) || 1n;
  return { p: p / g, q: d / g };
}

export const ZERO = q(0n);
export const ONE = q(1n);
export const add = (a: Q, b: Q): Q => q(a.p * b.q + b.p * a.q, a.q * b.q);
export const sub = (a: Q, b: Q): Q => q(a.p * b.q - b.p * a.q, a.q * b.q);
export const mul = (a: Q, b: Q): Q => q(a.p * b.p, a.q * b.q);
/** Throws a RangeError on b = 0 (the evaluator reports it with the case). */
export const div = (a: Q, b: Q): Q => q(a.p * b.q, a.q * b.p);
export const neg = (a: Q): Q => ({ p: -a.p, q: a.q });
export const cmp = (a: Q, b: Q): number => {
  const d = a.p * b.q - b.p * a.q;
  return d < 0n ? -1 : d > 0n ? 1 : 0;
};
export function pow(a: Q, k: number): Q {
  let r = ONE;
  for (let i = 0; i < k; i++) r = mul(r, a);
  return r;
}
export const isInteger = (a: Q): boolean => a.q === 1n;
export const show = (a: Q): string => (a.q === 1n ? `${a.p}` : `${a.p}/${a.q}`);
