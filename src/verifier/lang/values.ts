/**
 * Run-time values of the verifier's evaluator: exact rationals (../rational.ts), truth values,
 * functions, maps, point sets, measure lists and null (undefined: a partial measure without a
 * value). Structural equality as docs/claims.md "Semantics" states it.
 */
import type { CubeMap, Fn, PointSet } from '../../claim/values.js';
import type { ClaimValue, IndexedValue, Scalar } from '../../vocabulary/measure.js';
import { type Q, rat } from '../rational.js';

export type Val = Q | boolean | Fn | CubeMap | PointSet | IndexedValue | null;

const has = (v: Val, key: string): boolean => typeof v === 'object' && v !== null && Object.hasOwn(v, key);
export const isRat = (v: Val): v is Q => has(v, 'p') && has(v, 'q');
export const isFnVal = (v: Val): v is Fn => has(v, 'values');
export const isMapVal = (v: Val): v is CubeMap => has(v, 'image');
export const isPts = (v: Val): v is PointSet => has(v, 'points');
export const isList = (v: Val): v is IndexedValue => has(v, 'entries');

export const int = (x: number | bigint): Q => rat(BigInt(x));

/** A measure's scalar as a value (integers are JS numbers, rationals p/q). */
export function scalarVal(s: Scalar): Val {
  if (s === null || typeof s === 'boolean') return s;
  if (typeof s === 'number') return int(s);
  return rat(s.p, s.q);
}

export function claimVal(v: ClaimValue): Val {
  return v !== null && typeof v === 'object' && 'entries' in v ? v : scalarVal(v as Scalar);
}

/** A whole number within the safe integers, or null. */
export function smallOf(v: Q): number | null {
  if (v.q !== 1n || v.p > BigInt(Number.MAX_SAFE_INTEGER) || v.p < BigInt(Number.MIN_SAFE_INTEGER)) return null;
  return Number(v.p);
}

function sameList(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Equality of two values of the same static type. An undefined list entry equals nothing. */
export function same(a: Val, b: Val): boolean {
  if (isRat(a) && isRat(b)) return a.p === b.p && a.q === b.q;
  if (typeof a === 'boolean' && typeof b === 'boolean') return a === b;
  if (isFnVal(a) && isFnVal(b)) return a.n === b.n && sameList(a.values, b.values);
  if (isMapVal(a) && isMapVal(b)) return a.n === b.n && a.m === b.m && sameList(a.image, b.image);
  if (isPts(a) && isPts(b)) return a.n === b.n && sameList(a.points, b.points);
  if (isList(a) && isList(b)) {
    if (a.over !== b.over || a.entries.length !== b.entries.length) return false;
    return a.entries.every((x, i) => {
      const [u, w] = [scalarVal(x), scalarVal(b.entries[i]!)];
      return u !== null && w !== null && same(u, w);
    });
  }
  return false;
}
