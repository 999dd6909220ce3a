/**
 * A property as data (everything but its functions), as the sandbox worker reports it, and the
 * stand-in property the main thread builds from it: same fields, a predicate and census form that
 * only the sandbox can run. Which properties run in the sandbox, and from which module, is recorded
 * here (runProperty asks sandboxModuleOf).
 */
import { type CensusMeasure, type Property, validateProperty } from '../../claim/property.js';

export interface PropertyDescriptor {
  readonly id: string;
  readonly statement: string;
  readonly status: Property['status'];
  readonly quantifier: Property['quantifier'];
  readonly variables: Property['variables'];
  readonly defaultScope: Property['defaultScope'];
  readonly minN?: number;
  readonly maxN?: number;
  readonly tags?: readonly string[];
  /** The census form's measures, when it has one. */
  readonly censusMeasures?: readonly CensusMeasure[];
}

export function describeProperty(p: Property): PropertyDescriptor {
  return {
    id: p.id,
    statement: p.statement,
    status: p.status,
    quantifier: p.quantifier,
    variables: JSON.parse(JSON.stringify(p.variables)) as Property['variables'],
    defaultScope: { n: p.defaultScope.n },
    ...(p.minN !== undefined ? { minN: p.minN } : {}),
    ...(p.maxN !== undefined ? { maxN: p.maxN } : {}),
    ...(p.tags !== undefined ? { tags: [...p.tags] } : {}),
    ...(p.census !== undefined ? { censusMeasures: [...p.census.measures] } : {}),
  };
}

const sandboxed = new WeakMap<Property, string>();
/** A sandbox that already loaded the property's module (loadPropertyFile), for its first run. */
const warm = new WeakMap<Property, unknown>();

export function keepWarm(p: Property, sandbox: unknown): void {
  warm.set(p, sandbox);
}

/** The warm sandbox of a property, once (later runs start their own). */
export function takeWarm(p: Property): unknown {
  const s = warm.get(p);
  warm.delete(p);
  return s;
}

/** Marks a property to be evaluated in the sandbox, by importing this module in a worker. */
export function markSandboxed<P extends Property>(p: P, modulePath: string): P {
  sandboxed.set(p, modulePath);
  return p;
}

/** The module a property's evaluation is sandboxed from; undefined for an in-process property. */
export function sandboxModuleOf(p: Property): string | undefined {
  return sandboxed.get(p);
}

/**
 * The main thread's stand-in for a property loaded in the sandbox: validated like any property
 * (the descriptor comes from untrusted code); its predicate and census form throw if called here.
 */
export function standInProperty(d: PropertyDescriptor, modulePath: string): Property {
  const elsewhere = (): never => {
    throw new Error(`the predicate of ${d.id} runs only in the cubecheck sandbox (a worker that imports ${modulePath}); check it with runProperty`);
  };
  const p = {
    id: d.id,
    statement: d.statement,
    status: d.status,
    quantifier: d.quantifier,
    variables: d.variables,
    defaultScope: d.defaultScope,
    ...(d.minN !== undefined ? { minN: d.minN } : {}),
    ...(d.maxN !== undefined ? { maxN: d.maxN } : {}),
    ...(d.tags !== undefined ? { tags: d.tags } : {}),
    ...(d.censusMeasures !== undefined ? { census: { measures: d.censusMeasures, holds: elsewhere } } : {}),
    predicate: elsewhere,
    __cubecheckProperty: true as const,
  };
  return markSandboxed(validateProperty(p), modulePath);
}
