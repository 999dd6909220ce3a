/**
 * A property: a claim with named variables ranging over domains, a predicate, a status, a default
 * scope and a statement in words. Properties are plain objects made by defineProperty; the
 * predicate receives the values, a Kernel of exact operations (see kernel.ts) and the scope.
 * A closed claim has no variables (`variables: {}`): it has exactly one case, the empty
 * assignment, and its predicate decides it from the scope alone.
 */
import { CENSUS_MEASURES as CENSUS_FORM_MEASURES, type CensusCell as Cell, type CensusMeasure as Measure } from '../vocabulary/censusForms.js';
import type { DomainSpec, ValueOf } from './domains.js';
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
  /** Labels from MATH.md and free-form tags, for listings. */
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

function validateCensusForm<V extends Variables>(d: PropertyDefinition<V>): void {
  const c = d.census;
  if (c === undefined) return;
  const bad = (why: string): never => {
    throw new RangeError(`property ${d.id}: the census form ${why}`);
  };
  const specs = Object.values(d.variables);
  if (specs.length !== 1 || !CENSUS_DOMAINS.includes(specs[0]!.kind)) bad('needs exactly one variable, over boolean-functions or low-degree-functions');
  if ((d.quantifier ?? 'forAll') !== 'forAll') bad('needs a forAll property');
  if (typeof c !== 'object' || c === null || typeof c.holds !== 'function') bad('needs a holds(cell) function');
  if (!Array.isArray(c.measures) || c.measures.length === 0) bad('needs a non-empty list of measures');
  for (const m of c.measures) if (!CENSUS_MEASURES.includes(m)) bad(`reads unknown measure '${String(m)}' (known: ${CENSUS_MEASURES.join(', ')})`);
  if (new Set(c.measures).size !== c.measures.length) bad('lists a measure twice');
}

/** Validates a definition and returns the property (the default export of a property module). */
export function defineProperty<V extends Variables>(definition: PropertyDefinition<V>): Property<V> {
  if (!ID.test(definition.id)) throw new RangeError(`property id '${definition.id}' must match ${ID}`);
  if (!definition.statement.trim()) throw new RangeError(`property ${definition.id} needs a statement`);
  if (typeof definition.variables !== 'object' || definition.variables === null) throw new RangeError(`property ${definition.id} needs variables ({} for a closed claim)`);
  const n = definition.defaultScope.n;
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`property ${definition.id}: default scope n must be a whole number`);
  validateCensusForm(definition);
  return { quantifier: 'forAll', ...definition, __cubecheckProperty: true };
}

/** A claim without variables: exactly one (empty) case. */
export function isClosed(p: { readonly variables: Variables }): boolean {
  return Object.keys(p.variables).length === 0;
}

export function isProperty(x: unknown): x is Property {
  return typeof x === 'object' && x !== null && (x as { __cubecheckProperty?: unknown }).__cubecheckProperty === true;
}
