/**
 * The static types of the claim language (docs/claims.md, "Types"). int is a subtype of rat.
 * Measure types come from the registry's `type` (src/vocabulary/measure.ts).
 */
import type { Index, ValueType } from '../vocabulary/measure.js';

export type ScalarTy = 'int' | 'rat' | 'bool';
export type Ty =
  | { readonly t: 'int' }
  | { readonly t: 'rat' }
  | { readonly t: 'bool' }
  /** A function C_k -> integers; `boolean` when it is statically known to be +-1-valued. */
  | { readonly t: 'fn'; readonly boolean: boolean }
  | { readonly t: 'map' }
  | { readonly t: 'pointset' }
  | { readonly t: 'indexed'; readonly over: Index; readonly scalar: ScalarTy };

export const INT: Ty = { t: 'int' };
export const RAT: Ty = { t: 'rat' };
export const BOOL: Ty = { t: 'bool' };
export const FN: Ty = { t: 'fn', boolean: false };
export const BOOLEAN_FN: Ty = { t: 'fn', boolean: true };
export const MAP: Ty = { t: 'map' };
export const POINTSET: Ty = { t: 'pointset' };

export const isNumeric = (t: Ty): boolean => t.t === 'int' || t.t === 'rat';

export function scalarOf(v: ValueType['scalar']): ScalarTy {
  return v === 'integer' ? 'int' : v === 'rational' ? 'rat' : 'bool';
}

export function fromValueType(v: ValueType): Ty {
  const scalar = scalarOf(v.scalar);
  return v.over === undefined ? { t: scalar } : { t: 'indexed', over: v.over, scalar };
}

export function showTy(t: Ty): string {
  switch (t.t) {
    case 'int':
      return 'an integer';
    case 'rat':
      return 'a rational';
    case 'bool':
      return 'a truth value';
    case 'fn':
      return t.boolean ? 'a Boolean function' : 'a function';
    case 'map':
      return 'a map of the cube';
    case 'pointset':
      return 'a set of points';
    case 'indexed':
      return `a list of ${t.scalar === 'int' ? 'integers' : t.scalar === 'rat' ? 'rationals' : 'truth values'} by ${t.over}`;
  }
}

/** a is accepted where b is expected. */
export function fits(a: Ty, b: Ty): boolean {
  if (b.t === 'rat') return isNumeric(a);
  if (b.t === 'fn') return a.t === 'fn' && (!b.boolean || a.boolean);
  if (b.t === 'indexed') return a.t === 'indexed' && a.over === b.over && a.scalar === b.scalar;
  return a.t === b.t;
}
