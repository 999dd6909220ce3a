/**
 * What a binding `x in R(args)` ranges over (docs/claims.md, "Domains and ranges"), for the
 * verifier: the registered domain kinds (members from the verifier's own enumeration,
 * ../enumerate.ts, in canonical order) and the index ranges of whole numbers.
 */
import type { ResolvedDomain } from '../../claim/domains.js';
import type { Value } from '../../claim/values.js';
import { domainProblem } from '../domain.js';
import { enumerate } from '../enumerate.js';
import type { VTy } from './vtypes.js';

interface DomainName {
  readonly kind: ResolvedDomain['kind'];
  /** How many arguments after k, and how many of them may be left out. */
  readonly extra: number;
  readonly optional: number;
  readonly yields: VTy;
}

const D = (kind: ResolvedDomain['kind'], extra: number, yields: VTy, optional = 0): DomainName => ({ kind, extra, optional, yields });

export const DOMAIN_NAMES: Readonly<Record<string, DomainName>> = {
  boolean: D('boolean-functions', 0, 'bfn'),
  booleanFunctions: D('boolean-functions', 0, 'bfn'),
  integer: D('integer-functions', 2, 'fn'),
  integerFunctions: D('integer-functions', 2, 'fn'),
  lowdegree: D('low-degree-functions', 1, 'bfn'),
  lowDegreeFunctions: D('low-degree-functions', 1, 'bfn'),
  maps: D('maps', 1, 'map', 1),
  bijections: D('bijections', 0, 'map'),
  signedperms: D('signed-permutations', 0, 'map'),
  signedPermutations: D('signed-permutations', 0, 'map'),
  affine: D('gf2-affine-maps', 0, 'map'),
  gf2AffineMaps: D('gf2-affine-maps', 0, 'map'),
  pointsets: D('subsets', 0, 'pts'),
  npnclasses: D('npn-classes', 0, 'bfn'),
  npnClasses: D('npn-classes', 0, 'bfn'),
  affineclasses: D('affine-classes', 0, 'bfn'),
  affineClasses: D('affine-classes', 0, 'bfn'),
  eaclasses: D('ea-classes', 0, 'bfn'),
  eaClasses: D('ea-classes', 0, 'bfn'),
};

/** Index ranges: their parameter count and inclusive bounds. */
export const INDEX_NAMES: Readonly<Record<string, { readonly params: number; bounds(a: readonly number[]): [number, number] }>> = {
  subsets: { params: 1, bounds: ([k]) => [0, 2 ** k! - 1] },
  points: { params: 1, bounds: ([k]) => [0, 2 ** k! - 1] },
  vars: { params: 1, bounds: ([k]) => [1, k!] },
  levels: { params: 1, bounds: ([k]) => [0, k!] },
  range: { params: 2, bounds: ([a, b]) => [a!, b!] },
};

const own = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
export const isDomainName = (name: string): boolean => own(DOMAIN_NAMES, name);
export const isIndexName = (name: string): boolean => own(INDEX_NAMES, name);

/** [least, most] arguments of a range name (null: not a range). */
export function rangeArity(name: string): [number, number] | null {
  if (isDomainName(name)) {
    const d = DOMAIN_NAMES[name]!;
    return [1 + d.extra - d.optional, 1 + d.extra];
  }
  return isIndexName(name) ? [INDEX_NAMES[name]!.params, INDEX_NAMES[name]!.params] : null;
}

export const rangeYields = (name: string): VTy => (isDomainName(name) ? DOMAIN_NAMES[name]!.yields : 'int');

/** The resolved domain a domain name and its whole-number arguments denote; throws a RangeError. */
export function domainOf(name: string, args: readonly number[]): ResolvedDomain {
  const { kind } = DOMAIN_NAMES[name]!;
  const [n, a, b] = args as [number, number | undefined, number | undefined];
  let d: ResolvedDomain;
  if (kind === 'maps') d = { kind, n, m: a ?? n };
  else if (kind === 'integer-functions') d = { kind, n, min: a!, max: b! };
  else if (kind === 'low-degree-functions') d = { kind, n, maxDegree: a! };
  else d = { kind, n } as ResolvedDomain;
  const bad = domainProblem(d);
  if (bad !== null) throw new RangeError(bad);
  return d;
}

export const MAX_INDEX_VALUES = 2 ** 24;

/** The whole numbers of an index range, in increasing order; throws a RangeError past the limits. */
export function indexValues(name: string, args: readonly number[]): [number, number] {
  if (name !== 'range' && !(args[0]! >= 0 && args[0]! <= 24)) throw new RangeError(`${name} needs 0 <= k <= 24, got ${args[0]}`);
  const [lo, hi] = INDEX_NAMES[name]!.bounds(args);
  if (hi - lo + 1 > MAX_INDEX_VALUES) throw new RangeError(`${name}(${args.join(', ')}) has more than 2^24 values`);
  return [lo, hi];
}

/** Every member of a domain in canonical order (the verifier's enumeration, at most 2^20 candidates). */
export function domainMembers(d: ResolvedDomain): Value[] {
  return enumerate(d);
}
