/**
 * What a bound variable ranges over (docs/claims.md, "Domains and ranges"): a registered domain
 * (src/vocabulary/domains; one syntax entry per kind, which the compiler demands) whose first
 * argument is the number of variables k, or an index range of whole numbers. Every range is
 * finite; inner domains are enumerated by the evaluator up to MAX_INNER_SIZE members.
 */
import type { DomainSpec } from '../claim/domains.js';
import { resolveDomain } from '../claim/domains.js';
import type { AnyDomainKind } from '../vocabulary/domain.js';
import { DOMAINS, type DomainKind } from '../vocabulary/domains/index.js';
import { handlerFor } from '../search/domains/index.js';
import type { CubeMap, Fn, PointSet } from '../model/values.js';
import { BOOLEAN_FN, FN, INT, MAP, POINTSET, type Ty } from './types.js';
import { q } from './rational.js';
import type { Val } from './values.js';

interface DomainSyntax {
  /** Names in formulas, the first the documented one. */
  readonly names: readonly string[];
  /** Arguments after k. */
  readonly extra: readonly string[];
  /** How many of the extra arguments may be left out. */
  readonly optional?: number;
  readonly yields: Ty;
}

export const DOMAIN_SYNTAX = {
  'boolean-functions': { names: ['boolean', 'booleanFunctions'], extra: [], yields: BOOLEAN_FN },
  'integer-functions': { names: ['integer', 'integerFunctions'], extra: ['min', 'max'], yields: FN },
  'low-degree-functions': { names: ['lowdegree', 'lowDegreeFunctions'], extra: ['d'], yields: BOOLEAN_FN },
  maps: { names: ['maps'], extra: ['m'], optional: 1, yields: MAP },
  bijections: { names: ['bijections'], extra: [], yields: MAP },
  'signed-permutations': { names: ['signedperms', 'signedPermutations'], extra: [], yields: MAP },
  'gf2-affine-maps': { names: ['affine', 'gf2AffineMaps'], extra: [], yields: MAP },
  // the registry calls it `subsets`; in formulas subsets(k) are the subset masks of [k]
  subsets: { names: ['pointsets'], extra: [], yields: POINTSET },
  'npn-classes': { names: ['npnclasses', 'npnClasses'], extra: [], yields: BOOLEAN_FN },
  'affine-classes': { names: ['affineclasses', 'affineClasses'], extra: [], yields: BOOLEAN_FN },
  'ea-classes': { names: ['eaclasses', 'eaClasses'], extra: [], yields: BOOLEAN_FN },
} as const satisfies Record<DomainKind, DomainSyntax>;

export interface IndexRange {
  readonly name: string;
  readonly params: readonly string[];
  readonly summary: string;
  /** [first, last] (inclusive); empty when last < first. */
  bounds(args: readonly number[]): readonly [number, number];
}

export const INDEX_RANGES: readonly IndexRange[] = [
  { name: 'subsets', params: ['k'], summary: 'the subset masks S of [k], 0 .. 2^k - 1', bounds: ([k]) => [0, 2 ** k! - 1] },
  { name: 'points', params: ['k'], summary: 'the points x of C_k, 0 .. 2^k - 1', bounds: ([k]) => [0, 2 ** k! - 1] },
  { name: 'vars', params: ['k'], summary: 'the variables 1 .. k', bounds: ([k]) => [1, k!] },
  { name: 'levels', params: ['k'], summary: 'the levels 0 .. k', bounds: ([k]) => [0, k!] },
  { name: 'range', params: ['a', 'b'], summary: 'the whole numbers a .. b', bounds: ([a, b]) => [a!, b!] },
];

/** Index ranges over exponents (subsets, points) are allowed up to k = 24; every range up to 2^24 values. */
export const MAX_RANGE_SIZE = 2 ** 24;
/** An inner domain (not a variable of the property) is enumerated only up to this many members. */
export const MAX_INNER_SIZE = 2 ** 20;

export type ResolvedRange =
  | { readonly kind: 'domain'; readonly domain: DomainKind; readonly syntax: DomainSyntax; readonly yields: Ty }
  | { readonly kind: 'index'; readonly range: IndexRange; readonly yields: Ty };

export function lookupRange(name: string): ResolvedRange | null {
  for (const [kind, syntax] of Object.entries(DOMAIN_SYNTAX) as [DomainKind, DomainSyntax][]) {
    if (syntax.names.includes(name)) return { kind: 'domain', domain: kind, syntax, yields: syntax.yields };
  }
  const range = INDEX_RANGES.find((r) => r.name === name);
  return range ? { kind: 'index', range, yields: INT } : null;
}

/** The range's arity as [least, most]. */
export function arity(r: ResolvedRange): readonly [number, number] {
  if (r.kind === 'index') return [r.range.params.length, r.range.params.length];
  const most = 1 + r.syntax.extra.length;
  return [most - (r.syntax.optional ?? 0), most];
}

/** The domain spec from the arguments after k; throws a RangeError naming a bad parameter. */
export function domainSpec(kind: DomainKind, extra: readonly number[]): DomainSpec {
  const def: AnyDomainKind = DOMAINS[kind];
  return def.make(...extra) as DomainSpec;
}

const copy = (v: Fn | CubeMap | PointSet): Val =>
  'values' in v ? { n: v.n, values: v.values.slice() } : 'image' in v ? { n: v.n, m: v.m, image: v.image.slice() } : { n: v.n, points: v.points.slice() };

/** The members of a range in canonical order (docs/certificates.md for domains). */
export function* members(r: ResolvedRange, args: readonly number[]): Generator<Val> {
  if (r.kind === 'index') {
    if (r.range.name !== 'range' && !(args[0]! >= 0 && args[0]! <= 24)) throw new RangeError(`${r.range.name} needs 0 <= k <= 24, got ${args[0]}`);
    const [lo, hi] = r.range.bounds(args);
    if (hi - lo + 1 > MAX_RANGE_SIZE) throw new RangeError(`${r.range.name}(${args.join(', ')}) has more than 2^24 values`);
    for (let x = lo; x <= hi; x++) yield q(BigInt(x));
    return;
  }
  const [k, ...extra] = args;
  const handler = handlerFor(resolveDomain(domainSpec(r.domain, extra), k!));
  const size = handler.size();
  if (size === null || size > BigInt(MAX_INNER_SIZE)) throw new RangeError(`an inner quantifier over ${r.syntax.names[0]}(${args.join(', ')}) would walk more than 2^20 members`);
  const cursor = handler.cursor();
  do yield copy(cursor.value);
  while (cursor.next());
}
