/**
 * A property at one scope: its variables with their domains resolved at n and their handlers, and
 * the evaluation of its predicate on one assignment (with errors turned into one-line messages).
 */
import { resolveDomain } from '../claim/domains.js';
import type { Kernel } from '../claim/kernel.js';
import type { Property } from '../claim/property.js';
import type { Value } from '../claim/values.js';
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

export function bindScope(p: Property, n: number): BoundScope {
  const [lo, hi] = propertyRange(p);
  if (!Number.isSafeInteger(n) || n < lo || n > hi) throw new InputError(`${p.id} is stated for ${lo} <= n <= ${hi}, got n = ${n}`);
  const variables = Object.entries(p.variables).map(([name, spec]) => ({ name, handler: handlerFor(resolveDomain(spec, n)) }));
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

function firstLine(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  return m.split('\n')[0] ?? m;
}

export function describeCase(encoded: Readonly<Record<string, string>>): string {
  if (Object.keys(encoded).length === 0) return 'its one case (a closed claim: no variables)';
  return Object.entries(encoded)
    .map(([k, v]) => `${k} = ${v.length > 60 ? `${v.slice(0, 57)}...` : v}`)
    .join(', ');
}

/** Evaluates the predicate at scope n; a throw or a non-boolean becomes a PredicateError naming the case. */
export function evaluate(
  p: Property,
  values: Readonly<Record<string, Value>>,
  kernel: Kernel,
  encode: () => Readonly<Record<string, string>>,
  n: number,
): boolean {
  let r: unknown;
  try {
    r = p.predicate(values as never, kernel, { n });
  } catch (e) {
    throw new PredicateError(`the predicate of ${p.id} threw on ${describeCase(encode())}: ${firstLine(e)}`);
  }
  if (typeof r !== 'boolean') throw new PredicateError(`the predicate of ${p.id} returned ${typeof r}, not a boolean, on ${describeCase(encode())}`);
  return r;
}
