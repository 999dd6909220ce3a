/**
 * Scalar measure values as the registry census keys and orders them: a key string per value
 * (integers, true/false, p/q, null) and a total order — null, then false < true, then numbers and
 * rationals by exact value (cross-multiplied bigints, never floating point).
 */
import type { Q } from '../model/values.js';
import type { Scalar } from '../vocabulary/measure.js';

export const isQ = (v: Scalar): v is Q => v !== null && typeof v === 'object';

export function scalarKey(v: Scalar): string {
  if (v === null) return 'null';
  if (isQ(v)) return v.q === 1n ? v.p.toString() : `${v.p}/${v.q}`;
  return String(v);
}

/** null, then false < true, then numbers and rationals by value. */
export function compareScalars(a: Scalar, b: Scalar): number {
  const rank = (v: Scalar): number => (v === null ? 0 : typeof v === 'boolean' ? (v ? 2 : 1) : 3);
  const d = rank(a) - rank(b);
  if (d !== 0 || rank(a) < 3) return d;
  const [ap, aq] = isQ(a) ? [a.p, a.q] : [BigInt(a as number), 1n];
  const [bp, bq] = isQ(b) ? [b.p, b.q] : [BigInt(b as number), 1n];
  const x = ap * bq - bp * aq; // denominators are positive
  return x < 0n ? -1 : x > 0n ? 1 : 0;
}

