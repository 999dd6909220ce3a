/**
 * A property: a claim with named variables ranging over domains, a predicate, a status, a default
 * scope and a statement in words. Properties are plain objects made by defineProperty; the
 * predicate receives the values, a Kernel of exact operations (see kernel.ts) and the scope.
 * A closed claim has no variables (`variables: {}`): it has exactly one case, the empty
 * assignment, and its predicate decides it from the scope alone.
 */
import { CENSUS_MEASURES as CENSUS_FORM_MEASURES, type CensusCell as Cell, type CensusMeasure as Measure } from '../vocabulary/censusForms.js';
import { type DomainSpec, type ValueOf, validateDomainSpec } from './domains.js';
import type { Kernel } from './kernel.js';

export type PropertyStatus = 'theorem' | 'conjecture' | 'refuted' | 'open';
export type Quantifier = 'forAll' | 'exists';

/** The scope a property is checked on: the number of variables n (maps go C_n -> C_m). */
export interface Scope {
  readonly n: number;
}

export type Variables = Readonly<Record<string, DomainSpec>>;
export type Assignment<V extends Variables> = { readonly [K in keyof V]: ValueOf<V[K]> };

/** The measures a census form may read (src/vocabulary/censusForms.ts, which the census counts). */
export type CensusMeasure = Measure;
/** The measure values of one Boolean function (one cell of the census's joint histogram). */
export type CensusCell = Cell;

/**
 * The same claim stated on census cells, for exhaustive checks on the census engine (n <= 5):
 * `holds` decides a cell from the declared `measures` only (reading another one throws). Allowed
 * on a forAll property whose only variable ranges over boolean-functions or low-degree-functions
 * (then only the cells of degree <= k are asked).
 */
export interface CensusForm {
  readonly measures: readonly CensusMeasure[];
  holds(cell: CensusCell): boolean;
}

export interface PropertyDefinition<V extends Variables> {
  /** Short identifier, e.g. "T4-gf2-degree-at-most-degree"; letters, digits, '-', '_', '.'. */
  readonly id: string;
  /** The claim in words, precise enough to be read without the code. */
  readonly statement: string;
  readonly status: PropertyStatus;
  /** forAll: the predicate holds for every assignment. exists: for some assignment. */
  readonly quantifier?: Quantifier;
  /** Names to domains; {} for a closed claim (one case). */
  readonly variables: V;
  /**
   * Method syntax on purpose: a Property<{ f: ... }> is then assignable to Property. `scope` is the
   * scope being checked (its n is also the variables' n); closed claims read their size from it.
   */
  predicate(values: Assignment<V>, kernel: Kernel, scope: Scope): boolean;
  /** Scope used when the user gives none. */
  readonly defaultScope: Scope;
  /** Smallest and largest n the property makes sense for (defaults 0 and 24). */
  readonly minN?: number;
  readonly maxN?: number;
  /** Labels from docs/math.md and free-form tags, for listings. */
  readonly tags?: readonly string[];
  /** Optional: the claim on census cells, equivalent to the predicate (see CensusForm). */
  readonly census?: CensusForm;
}

export interface Property<V extends Variables = Variables> extends PropertyDefinition<V> {
  readonly quantifier: Quantifier;
  readonly __cubecheckProperty: true;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export const CENSUS_MEASURES: readonly CensusMeasure[] = CENSUS_FORM_MEASURES;
const CENSUS_DOMAINS: readonly string[] = ['boolean-functions', 'low-degree-functions'];
const STATUSES: readonly string[] = ['theorem', 'conjecture', 'refuted', 'open'];
const QUANTIFIERS: readonly string[] = ['forAll', 'exists'];
/** The largest n a property may be stated for (the checker's limit). */
const MAX_SCOPE_N = 24;

const shown = (v: unknown): string => (typeof v === 'string' ? JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}...` : v) : typeof v === 'function' ? 'a function' : (JSON.stringify(v) ?? String(v)));

function validateCensusForm(id: string, c: unknown, variables: Readonly<Record<string, { kind: string }>>, quantifier: unknown): void {
  if (c === undefined) return;
  const bad = (why: string): never => {
    throw new RangeError(`property ${id}: the census form ${why}`);
  };
  const specs = Object.values(variables);
  if (specs.length !== 1 || !CENSUS_DOMAINS.includes(specs[0]!.kind)) bad('needs exactly one variable, over boolean-functions or low-degree-functions');
  if ((quantifier ?? 'forAll') !== 'forAll') bad('needs a forAll property');
  const form = c as Partial<CensusForm> | null;
  if (typeof form !== 'object' || form === null || typeof form.holds !== 'function') bad('needs a holds(cell) function');
  const measures = form!.measures as unknown;
  if (!Array.isArray(measures) || measures.length === 0) bad('needs a non-empty list of measures');
  for (const m of measures as unknown[]) if (!CENSUS_MEASURES.includes(m as CensusMeasure)) bad(`reads unknown measure '${String(m)}' (known: ${CENSUS_MEASURES.join(', ')})`);
  if (new Set(measures as unknown[]).size !== (measures as unknown[]).length) bad('lists a measure twice');
}

/**
 * Checks every field of a property definition that may come from anywhere (defineProperty, a
 * property file, an object handed to runProperty): id, statement, status, quantifier, variables
 * and their domains, predicate, scopes, tags, census form. Throws a RangeError naming the first
 * problem (bad input, exit 2).
 */
export function validateDefinition(x: unknown): void {
  if (typeof x !== 'object' || x === null) throw new RangeError(`a property must be an object (export default defineProperty({...})), got ${shown(x)}`);
  const d = x as Record<string, unknown>;
  if (typeof d.id !== 'string' || !ID.test(d.id)) throw new RangeError(`property id ${shown(d.id)} must be a string matching ${ID}`);
  const id = d.id;
  const bad = (why: string): never => {
    throw new RangeError(`property ${id}: ${why}`);
  };
  if (typeof d.statement !== 'string' || !d.statement.trim()) bad('needs a statement (a non-empty string)');
  if (typeof d.status !== 'string' || !STATUSES.includes(d.status)) bad(`status must be one of ${STATUSES.join(', ')}, got ${shown(d.status)}`);
  if (d.quantifier !== undefined && !QUANTIFIERS.includes(d.quantifier as string)) bad(`quantifier must be forAll or exists, got ${shown(d.quantifier)}`);
  if (typeof d.variables !== 'object' || d.variables === null || Array.isArray(d.variables)) bad('needs variables, an object of names to domains ({} for a closed claim)');
  const variables = d.variables as Record<string, unknown>;
  for (const [name, spec] of Object.entries(variables)) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) bad(`variable name ${shown(name)} must be an identifier`);
    try {
      validateDomainSpec(spec, name);
    } catch (e) {
      bad((e as Error).message);
    }
  }
  if (typeof d.predicate !== 'function') bad(`needs a predicate function, got ${shown(d.predicate)}`);
  const scope = d.defaultScope as { n?: unknown } | null | undefined;
  if (typeof scope !== 'object' || scope === null) bad('needs a defaultScope { n }');
  const whole = (v: unknown, what: string): void => {
    if (v !== undefined && (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0 || v > MAX_SCOPE_N)) bad(`${what} must be a whole number in 0..${MAX_SCOPE_N}, got ${shown(v)}`);
  };
  if (scope!.n === undefined) bad('default scope n must be a whole number');
  whole(scope!.n, 'default scope n');
  whole(d.minN, 'minN');
  whole(d.maxN, 'maxN');
  const [lo, hi] = [(d.minN as number | undefined) ?? 0, (d.maxN as number | undefined) ?? MAX_SCOPE_N];
  if (lo > hi) bad(`minN ${lo} is larger than maxN ${hi}`);
  if ((scope!.n as number) < lo || (scope!.n as number) > hi) bad(`default scope n = ${String(scope!.n)} is outside ${lo}..${hi}`);
  if (d.tags !== undefined && (!Array.isArray(d.tags) || !d.tags.every((t) => typeof t === 'string'))) bad('tags must be a list of strings');
  validateCensusForm(id, d.census, variables as Record<string, { kind: string }>, d.quantifier);
}

/** Validates a definition and returns the property (the default export of a property module). */
export function defineProperty<V extends Variables>(definition: PropertyDefinition<V>): Property<V> {
  validateDefinition(definition);
  return { quantifier: 'forAll', ...definition, __cubecheckProperty: true };
}

/**
 * A property object from anywhere, checked as defineProperty checks it (every path runs this: a
 * loaded file, runProperty, the census path). Throws a RangeError naming the problem.
 */
export function validateProperty(x: unknown): Property {
  if (!isProperty(x)) throw new RangeError('not a property: make it with defineProperty({...})');
  validateDefinition(x);
  if (x.quantifier !== 'forAll' && x.quantifier !== 'exists') throw new RangeError(`property ${x.id}: quantifier must be forAll or exists, got ${shown(x.quantifier)}`);
  return x;
}

/** A claim without variables: exactly one (empty) case. */
export function isClosed(p: { readonly variables: Variables }): boolean {
  return Object.keys(p.variables).length === 0;
}

export function isProperty(x: unknown): x is Property {
  return typeof x === 'object' && x !== null && (x as { __cubecheckProperty?: unknown }).__cubecheckProperty === true;
}
