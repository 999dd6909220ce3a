/**
 * Domains a property quantifies over, as data. A domain is resolved against a scope (which fixes n)
 * before use; the resolved description is what certificates record, and both the checker and the
 * verifier enumerate it in the canonical order documented in docs/certificates.md.
 */
import type { CubeMap, Fn, PointSet } from './values.js';

export type DomainSpec =
  | { readonly kind: 'boolean-functions' }
  | { readonly kind: 'integer-functions'; readonly min: number; readonly max: number }
  | { readonly kind: 'low-degree-functions'; readonly maxDegree: number }
  | { readonly kind: 'maps'; readonly m?: number }
  | { readonly kind: 'bijections' }
  | { readonly kind: 'signed-permutations' }
  | { readonly kind: 'gf2-affine-maps' }
  | { readonly kind: 'subsets' };

/** A domain with its sizes fixed: what a certificate records. */
export type ResolvedDomain =
  | { readonly kind: 'boolean-functions'; readonly n: number }
  | { readonly kind: 'integer-functions'; readonly n: number; readonly min: number; readonly max: number }
  | { readonly kind: 'low-degree-functions'; readonly n: number; readonly maxDegree: number }
  | { readonly kind: 'maps'; readonly n: number; readonly m: number }
  | { readonly kind: 'bijections'; readonly n: number }
  | { readonly kind: 'signed-permutations'; readonly n: number }
  | { readonly kind: 'gf2-affine-maps'; readonly n: number }
  | { readonly kind: 'subsets'; readonly n: number };

/** The type of value each domain kind yields. */
export type ValueOf<D extends DomainSpec> = D['kind'] extends 'boolean-functions' | 'integer-functions' | 'low-degree-functions'
  ? Fn
  : D['kind'] extends 'subsets'
    ? PointSet
    : CubeMap;

export const domains = {
  /** All 2^(2^n) Boolean functions f: C_n -> {-1,+1}. */
  booleanFunctions: (): { readonly kind: 'boolean-functions' } => ({ kind: 'boolean-functions' }),
  /** All functions C_n -> {min..max} (small integers). */
  integerFunctions: (min: number, max: number): { readonly kind: 'integer-functions'; readonly min: number; readonly max: number } => {
    if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || min > max) {
      throw new RangeError(`integerFunctions needs integers min <= max, got ${min}, ${max}`);
    }
    return { kind: 'integer-functions', min, max };
  },
  /** Boolean functions of Fourier degree <= k. */
  lowDegreeFunctions: (maxDegree: number): { readonly kind: 'low-degree-functions'; readonly maxDegree: number } => {
    if (!Number.isSafeInteger(maxDegree) || maxDegree < 0) throw new RangeError(`lowDegreeFunctions needs a degree >= 0, got ${maxDegree}`);
    return { kind: 'low-degree-functions', maxDegree };
  },
  /** All maps C_n -> C_m (m defaults to n). */
  maps: (m?: number): { readonly kind: 'maps'; readonly m?: number } => (m === undefined ? { kind: 'maps' } : { kind: 'maps', m }),
  /** All bijections of C_n. */
  bijections: (): { readonly kind: 'bijections' } => ({ kind: 'bijections' }),
  /** The 2^n n! signed permutations of C_n. */
  signedPermutations: (): { readonly kind: 'signed-permutations' } => ({ kind: 'signed-permutations' }),
  /** The GF(2)-affine bijections of C_n. */
  gf2AffineMaps: (): { readonly kind: 'gf2-affine-maps' } => ({ kind: 'gf2-affine-maps' }),
  /** All subsets of the cube C_n. */
  subsets: (): { readonly kind: 'subsets' } => ({ kind: 'subsets' }),
};

export function resolveDomain(spec: DomainSpec, n: number): ResolvedDomain {
  switch (spec.kind) {
    case 'maps':
      return { kind: 'maps', n, m: spec.m ?? n };
    case 'integer-functions':
      return { kind: 'integer-functions', n, min: spec.min, max: spec.max };
    case 'low-degree-functions':
      return { kind: 'low-degree-functions', n, maxDegree: spec.maxDegree };
    default:
      return { kind: spec.kind, n };
  }
}
