/**
 * A property at one scope: its variables with their domains resolved (and validated) at n and
 * their handlers. Predicates are evaluated through src/check/sandbox.
 */
import { type DomainSpec, type ResolvedDomain, resolveDomain } from '../claim/domains.js';
import type { Property } from '../claim/property.js';
import { InputError } from '../core/result.js';
import { type DomainHandler, handlerFor } from '../search/domains/index.js';
import type { CheckScope } from './types.js';

export interface BoundVariable {
  readonly name: string;
  readonly handler: DomainHandler;
}

export interface BoundScope {
  readonly scope: CheckScope;
  readonly variables: readonly BoundVariable[];
}

export function propertyRange(p: Property): readonly [number, number] {
  return [p.minN ?? 0, p.maxN ?? 24];
}

function resolved(p: Property, name: string, spec: DomainSpec, n: number): ResolvedDomain {
  try {
    return resolveDomain(spec, n, name);
  } catch (e) {
    throw new InputError(`property ${p.id}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export function bindScope(p: Property, n: number): BoundScope {
  const [lo, hi] = propertyRange(p);
  if (!Number.isSafeInteger(n) || n < lo || n > hi) throw new InputError(`${p.id} is stated for ${lo} <= n <= ${hi}, got n = ${n}`);
  const variables = Object.entries(p.variables).map(([name, spec]) => ({ name, handler: handlerFor(resolved(p, name, spec, n)) }));
  return { scope: { n, variables: variables.map((v) => ({ name: v.name, domain: v.handler.domain })) }, variables };
}

/** Product of the parts; null when any part is null. */
export function productOf(parts: readonly (bigint | null)[]): bigint | null {
  let p = 1n;
  for (const x of parts) {
    if (x === null) return null;
    p *= x;
  }
  return p;
}

/** A predicate that threw or returned something other than a boolean: a bad property file. */
export class PredicateError extends InputError {}
