/**
 * THE registry of domain kinds, keyed by kind (one line each). DomainSpec, ResolvedDomain and the
 * claim API's `domains` constructors (src/claim/domains.ts) derive from it.
 */
import type { Yields } from '../domain.js';
import { bijections } from './bijections.js';
import { booleanFunctions } from './booleanFunctions.js';
import { gf2AffineMaps } from './gf2AffineMaps.js';
import { integerFunctions } from './integerFunctions.js';
import { lowDegreeFunctions } from './lowDegreeFunctions.js';
import { maps } from './maps.js';
import { signedPermutations } from './signedPermutations.js';
import { subsets } from './subsets.js';
import { npnClasses } from './npnClasses.js';
import { affineClasses } from './affineClasses.js';
import { eaClasses } from './eaClasses.js';

function byKind<T extends { readonly [K in keyof T]: { readonly kind: K } }>(entries: T): T {
  return entries;
}

export const DOMAINS = byKind({
  'boolean-functions': booleanFunctions,
  'integer-functions': integerFunctions,
  'low-degree-functions': lowDegreeFunctions,
  maps,
  bijections,
  'signed-permutations': signedPermutations,
  'gf2-affine-maps': gf2AffineMaps,
  subsets,
  'npn-classes': npnClasses,
  'affine-classes': affineClasses,
  'ea-classes': eaClasses,
});

export type Domains = typeof DOMAINS;
export type DomainKind = keyof Domains;
export const DOMAIN_KINDS = Object.keys(DOMAINS) as DomainKind[];

export type DomainSpec = { [K in DomainKind]: ReturnType<Domains[K]['make']> }[DomainKind];
/** A domain with its sizes fixed: what a certificate records. */
export type ResolvedDomain = { [K in DomainKind]: ReturnType<Domains[K]['resolve']> }[DomainKind];
/** The type of value each domain kind yields. */
export type ValueOf<D extends DomainSpec> = Yields[Domains[D['kind']]['yields']];

/** The claim API's constructors, by name: domains.booleanFunctions(), domains.maps(3), ... */
export type DomainConstructors = { readonly [K in DomainKind as Domains[K]['name']]: Domains[K]['make'] };

export function isDomainKind(kind: string): kind is DomainKind {
  return Object.prototype.hasOwnProperty.call(DOMAINS, kind);
}
