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

const KINDS: readonly string[] = ['boolean-functions', 'integer-functions', 'low-degree-functions', 'maps', 'bijections', 'signed-permutations', 'gf2-affine-maps', 'subsets'];
/** The fields each kind may carry besides `kind`. */
const FIELDS: Readonly<Record<string, readonly string[]>> = { 'integer-functions': ['min', 'max'], 'low-degree-functions': ['maxDegree'], maps: ['m'] };

/**
 * Checks a domain spec that may come from anywhere (a property file, a hand-built object): a known
 * kind and every field a whole number in range, no unknown fields. Throws a RangeError (a bad
 * property, exit 2; src/claim imports nothing at run time from the rest of the project) naming the variable and the problem; returns the spec unchanged.
 */
export function validateDomainSpec(spec: unknown, variable: string): DomainSpec {
  const bad = (why: string): never => {
    throw new RangeError(`variable ${variable}: ${why}`);
  };
  if (typeof spec !== 'object' || spec === null) return bad('needs a domain (e.g. domains.booleanFunctions())');
  const s = spec as Record<string, unknown>;
  const kind = s.kind;
  if (typeof kind !== 'string' || !KINDS.includes(kind)) return bad(`unknown domain kind ${JSON.stringify(kind) ?? String(kind)} (known: ${KINDS.join(', ')})`);
  const allowed = FIELDS[kind] ?? [];
  for (const key of Object.keys(s)) if (key !== 'kind' && !allowed.includes(key)) bad(`domain ${kind} has no field '${key}'`);
  const whole = (key: string, lo: number, hi: number, optional = false): void => {
    const v = s[key];
    if (optional && v === undefined) return;
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < lo || v > hi) bad(`domain ${kind} needs ${key} a whole number in ${lo}..${hi}, got ${typeof v === 'number' ? v : JSON.stringify(v) ?? String(v)}`);
  };
  if (kind === 'integer-functions') {
    whole('min', -(2 ** 31), 2 ** 31 - 1);
    whole('max', -(2 ** 31), 2 ** 31 - 1);
    if ((s.min as number) > (s.max as number)) bad(`domain integer-functions needs min <= max, got ${String(s.min)}..${String(s.max)}`);
  }
  if (kind === 'low-degree-functions') whole('maxDegree', 0, 64);
  if (kind === 'maps') whole('m', 0, 64, true);
  return spec as DomainSpec;
}

/** The domain at scope n; the spec is validated first (a RangeError names the problem). */
export function resolveDomain(spec: DomainSpec, n: number, variable = 'the variable'): ResolvedDomain {
  validateDomainSpec(spec, variable);
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
