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

/**
 * Checks a domain spec that may come from anywhere (a property file, a hand-built object): a
 * registered kind, no fields but its parameters, and parameters its constructor accepts (the spec
 * is made again from them). Throws a RangeError (a bad property, exit 2) naming the variable and
 * the problem; returns the spec unchanged.
 */
export function validateDomainSpec(spec: unknown, variable: string): DomainSpec {
  const bad = (why: string): never => {
    throw new RangeError(`variable ${variable}: ${why}`);
  };
  if (typeof spec !== 'object' || spec === null) return bad('needs a domain (e.g. domains.booleanFunctions())');
  const s = spec as Record<string, unknown>;
  const known = DOMAIN_KINDS as readonly string[];
  if (typeof s.kind !== 'string' || !known.includes(s.kind)) return bad(`unknown domain kind ${JSON.stringify(s.kind) ?? String(s.kind)} (known: ${known.join(', ')})`);
  const kind: AnyDomainKind = DOMAINS[s.kind as keyof typeof DOMAINS];
  for (const key of Object.keys(s)) if (key !== 'kind' && !kind.parameters.includes(key)) bad(`domain ${s.kind} has no field '${key}'`);
  try {
    kind.make(...kind.parameters.map((p) => s[p]));
  } catch (e) {
    bad(`domain ${s.kind}: ${e instanceof Error ? e.message : String(e)}`);
  }
  return spec as DomainSpec;
}

/** The domain at scope n; the spec is validated first (a RangeError names the problem). */
export function resolveDomain(spec: DomainSpec, n: number, variable = 'the variable'): ResolvedDomain {
  validateDomainSpec(spec, variable);
  const kind: AnyDomainKind = DOMAINS[spec.kind];
  return kind.resolve(spec, n) as ResolvedDomain;
}

/** Short text of a domain spec, e.g. "integer-functions(-1..1)". */
export function describeDomain(spec: DomainSpec): string {
  const kind: AnyDomainKind = DOMAINS[spec.kind];
  return kind.describe(spec);
}
