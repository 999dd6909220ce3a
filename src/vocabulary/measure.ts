/**
 * THE CONTRACT every measure is written against (docs/math.md, "## Measures"). Change it only
 * additively: other branches write measures against it.
 *
 * A measure is one file src/vocabulary/measures/<id>.ts exporting `defineMeasure({...})`, one line
 * in src/vocabulary/measures/index.ts, a verifier twin src/verifier/measures/<id>.ts (plain direct
 * sums, brute force; see src/verifier/measures/twin.ts) with one line in
 * src/verifier/measures/index.ts, and a test of known values. test/vocabulary/twins.test.ts then
 * checks fast against twin on exhaustive and random inputs, and analyze (text and JSON), `list
 * --measures`, the claim kernel (`k.measure(id, f)`) and the UI explorer show it with no further
 * edit.
 *
 * Deviations from the first sketch, and why:
 * - compute takes a Subject (./subject.ts), not a bare Fn: `analyze` also analyzes rational- and
 *   big-integer-valued functions (which an Fn cannot hold), and at n = 24 all measures must share
 *   one Walsh transform and one ANF. A BooleanSubject *is* an Fn (values: Int32Array of +-1) with
 *   cached `walsh()` / `anf()`, so a 'boolean' measure reads it exactly like an Fn.
 * - The claim-facing rational is the plain `Q` ({p, q} bigint, src/model/values.ts), so the fast
 *   kernel and the verifier kernel return the same data; the core's Rational class converts with
 *   toQ (./exact.ts).
 * - `type` (static type of value(v), for the claim language's type checker) and IndexedValue (a
 *   per-variable / per-level / per-set / per-point list, e.g. influences) are added.
 *
 * Measures are unary: compute(f). Anything with arguments (f|x_i=b, D_a f, ...) that returns a
 * function is an operation (./operation.ts). The noise operator T_rho f, whose values are
 * polynomials in rho, is a measure whose value is that polynomial's coefficient data.
 * Vectorial measures (maps C_n -> C_m, issue 12) will get input kinds 'map' / 'bijection' here.
 */
import type { Q } from '../model/values.js';
import type { BooleanSubject, FunctionSubject } from './subject.js';
import type { MapSubject } from './mapSubject.js';

/** Groups of analyze's text output, in display order. */
export const MEASURE_GROUPS = ['degree', 'fourier', 'complexity', 'crypto', 'structure'] as const;
export type MeasureGroup = (typeof MEASURE_GROUPS)[number];

/**
 * 'function': any function analyze accepts (integer- or rational-valued); 'boolean': +-1-valued
 * only: on any other function the measure is not computed and its value is null (JSON null, text
 * "n/a (not Boolean)").
 */
export type MeasureInput = 'function' | 'boolean';
export type SubjectOf<I extends MeasureInput> = I extends 'boolean' ? BooleanSubject : FunctionSubject;

/** What JSON.stringify writes. Rationals are strings "p/q" (or "p" for integers). */
export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

/** A claim-facing scalar: an integer (number), a truth value, an exact rational, or undefined (null). */
export type Scalar = number | boolean | Q | null;

/**
 * A list of scalars indexed by variables (entry i-1 is x_i), levels (entry k is level k = 0..n),
 * subsets (entry S is the subset mask S) or points (entry x is point x); 'cell' (map tables, issue
 * 12): entry a * 2^m + b is cell (a, b) of a table with 2^n rows a and 2^m columns b.
 */
export type Index = 'variable' | 'level' | 'set' | 'point' | 'cell';
export interface IndexedValue {
  readonly over: Index;
  readonly entries: readonly Scalar[];
}
export type ClaimValue = Scalar | IndexedValue;

/** The static type of value(v): what the claim language's type checker sees. */
export interface ValueType {
  readonly scalar: 'integer' | 'rational' | 'boolean';
  /** value may be null on a valid input (e.g. the degree of the zero function). */
  readonly nullable: boolean;
  /** Present when value(v) is an IndexedValue over this index. */
  readonly over?: Index;
}

export interface MeasureSpec<Id extends string, I extends MeasureInput, V, J extends Json> {
  /** camelCase: the JSON field of analyze --json, the name in `list`, the kernel and claims. */
  readonly id: Id;
  /** Human name with notation, e.g. "sensitivity s(f)". */
  readonly title: string;
  readonly group: MeasureGroup;
  readonly input: I;
  /** analyze computes it by default only for n <= maxN (costly measures); absent: every n. */
  readonly maxN?: number;
  /**
   * true: analyze prints it with its own listing code (the spectrum, lazily at large n) rather
   * than through json/text; claims and the kernels use it like any other measure.
   */
  readonly listing?: boolean;
  /** One sentence for `list --measures` and help. */
  readonly summary: string;
  readonly type: ValueType;
  /** Exact. Throws only on an internal bug. */
  compute(f: SubjectOf<I>): V;
  /** Exact JSON, the shape documented in docs/math.md under "### <id>"; the twin returns the same. */
  json(v: V): J;
  /** analyze's text (one line, without the title). */
  text(v: V): string;
  /** The value claims see: sensitivity's number, while V may carry s0, s1, per-point data. */
  value(v: V): ClaimValue;
  /**
   * Optional, for values holding 2^n-long typed arrays: the text of JSON.stringify(json(v)) in
   * pieces, written from the typed arrays (json(v) would first copy them into JS arrays, 128 MB
   * each at n = 24). analyze --json streams with it above n = 12; a test compares it with json.
   */
  jsonText?(v: V): Iterable<string>;
}

/** Any measure, for code that walks the registry. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyMeasure = MeasureSpec<string, MeasureInput, any, Json>;

/** Identity, there to infer V and J and check the definition against the contract. */
export function defineMeasure<const Id extends string, I extends MeasureInput, V, J extends Json>(
  spec: MeasureSpec<Id, I, V, J>,
): MeasureSpec<Id, I, V, J> {
  return spec;
}

/** Common value types. */
export const INTEGER: ValueType = { scalar: 'integer', nullable: false };
export const NULLABLE_INTEGER: ValueType = { scalar: 'integer', nullable: true };
export const RATIONAL: ValueType = { scalar: 'rational', nullable: false };
export const BOOLEAN: ValueType = { scalar: 'boolean', nullable: false };
export const indexed = (over: Index, scalar: ValueType['scalar']): ValueType => ({ scalar, nullable: false, over });

// ---------------------------------------------------------------------------------------------
// Vectorial measures: measures of maps T: C_n -> C_m (issue 12; docs/math.md "## Measures", "Maps
// as S-boxes"). Additive to the function measures above: their own registry
// (src/vocabulary/maps/index.ts), their own twins (src/verifier/measures/maps.ts), the same claim
// path k.measure(id, T). Ids are disjoint from the function measures' ids.

/** 'map': any map C_n -> C_m; 'bijection': bijections of C_n only (on any other map the value is null). */
export type MapMeasureInput = 'map' | 'bijection';

/** Groups of `map`'s text output, in display order. */
export const MAP_MEASURE_GROUPS = ['differential', 'linear', 'boomerang', 'degree', 'cycles'] as const;
export type MapMeasureGroup = (typeof MAP_MEASURE_GROUPS)[number];

export interface MapMeasureSpec<Id extends string, V, J extends Json> {
  readonly id: Id;
  readonly title: string;
  readonly group: MapMeasureGroup;
  readonly input: MapMeasureInput;
  /** `map` computes it only for n <= maxN (and m <= maxN); absent: every n. */
  readonly maxN?: number;
  /** A 2^n x 2^m table: `map --json` includes it only under --tables; the text shows a summary. */
  readonly table?: boolean;
  readonly summary: string;
  readonly type: ValueType;
  /** Exact. For input 'bijection' it is called only on bijections. */
  compute(t: MapSubject): V;
  json(v: V): J;
  text(v: V): string;
  value(v: V): ClaimValue;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyMapMeasure = MapMeasureSpec<string, any, Json>;

export function defineMapMeasure<const Id extends string, V, J extends Json>(spec: MapMeasureSpec<Id, V, J>): MapMeasureSpec<Id, V, J> {
  return spec;
}
