/**
 * Run-time values of the language: exact rationals (integers are rationals with q = 1), truth
 * values, functions, maps, point sets, indexed lists (measure values such as influences) and
 * null (a partial measure without a value; docs/claims.md, "Undefined values").
 */
import type { CubeMap, Fn, PointSet, Q } from '../model/values.js';
import type { ClaimValue, IndexedValue, Scalar } from '../vocabulary/measure.js';
import { q } from './rational.js';

export type Val = Q | boolean | Fn | CubeMap | PointSet | IndexedValue | null;

export const isQ = (v: Val): v is Q => v !== null && typeof v === 'object' && 'p' in v;
export const isFn = (v: Val): v is Fn => v !== null && typeof v === 'object' && 'values' in v;
export const isMap = (v: Val): v is CubeMap => v !== null && typeof v === 'object' && 'image' in v;
export const isPointSet = (v: Val): v is PointSet => v !== null && typeof v === 'object' && 'points' in v;
export const isIndexed = (v: Val): v is IndexedValue => v !== null && typeof v === 'object' && 'entries' in v;

export function fromScalar(s: Scalar): Val {
  return typeof s === 'number' ? q(BigInt(s)) : s;
}

export function fromClaimValue(v: ClaimValue): Val {
  return v !== null && typeof v === 'object' && 'over' in v ? v : fromScalar(v as Scalar);
}

/** A whole number that fits a JS number (sizes, indices, masks); null otherwise. */
export function smallInt(v: Q): number | null {
  return v.q === 1n && v.p >= BigInt(Number.MIN_SAFE_INTEGER) && v.p <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v.p) : null;
}

const sameArray = (a: ArrayLike<number>, b: ArrayLike<number>): boolean => a.length === b.length && Array.prototype.every.call(a, (x: number, i: number) => x === b[i]);

/** Structural equality of two values of the same static type (rationals are in lowest terms). */
export function equal(a: Val, b: Val): boolean {
  if (isQ(a) && isQ(b)) return a.p === b.p && a.q === b.q;
  if (typeof a === 'boolean' || typeof b === 'boolean') return a === b;
  if (isFn(a) && isFn(b)) return a.n === b.n && sameArray(a.values, b.values);
  if (isMap(a) && isMap(b)) return a.n === b.n && a.m === b.m && sameArray(a.image, b.image);
  if (isPointSet(a) && isPointSet(b)) return a.n === b.n && sameArray(a.points, b.points);
  if (isIndexed(a) && isIndexed(b)) return a.over === b.over && a.entries.length === b.entries.length && a.entries.every((x, i) => equal(fromScalar(x), fromScalar(b.entries[i]!)));
  return false;
}
