/**
 * Domains a property quantifies over, as data. A domain is resolved against a scope (which fixes n)
 * before use; the resolved description is what certificates record, and both the checker and the
 * verifier enumerate it in the canonical order documented in docs/certificates.md. The kinds are
 * registered once, one file each, in src/vocabulary/domains.
 */
import type { AnyDomainKind } from '../vocabulary/domain.js';
import { DOMAINS, DOMAIN_KINDS, type DomainConstructors, type DomainSpec, type ResolvedDomain } from '../vocabulary/domains/index.js';

export type { DomainSpec, ResolvedDomain, ValueOf } from '../vocabulary/domains/index.js';

/** domains.booleanFunctions(), domains.integerFunctions(min, max), domains.maps(m?), ... */
export const domains = Object.fromEntries(DOMAIN_KINDS.map((k) => [DOMAINS[k].name, DOMAINS[k].make])) as unknown as DomainConstructors;

export function resolveDomain(spec: DomainSpec, n: number): ResolvedDomain {
  const kind: AnyDomainKind = DOMAINS[spec.kind];
  return kind.resolve(spec, n) as ResolvedDomain;
}

/** Short text of a domain spec, e.g. "integer-functions(-1..1)". */
export function describeDomain(spec: DomainSpec): string {
  const kind: AnyDomainKind = DOMAINS[spec.kind];
  return kind.describe(spec);
}
