/**
 * The messages between the verifier (parent) and the isolated child that runs a certificate's
 * embedded predicate: one JSON line each way per request. The child only ever answers with
 * property data (the 'describe' reply, cross-checked field by field by the parent) or with one
 * bit per case asked ('0'/'1'); the parent enumerates the cases, counts, hashes and decides.
 */
import type { ResolvedDomain } from '../../claim/domains.js';

export type Request =
  /** Evaluate the bundled property module (CommonJS text) and describe its default export. */
  | { readonly op: 'load'; readonly code: string }
  /** The scope the next requests evaluate on. */
  | { readonly op: 'scope'; readonly n: number; readonly variables: readonly { readonly name: string; readonly domain: ResolvedDomain }[] }
  /** The predicate on explicit cases: one encoding per variable each. */
  | { readonly op: 'cases'; readonly cases: readonly (readonly string[])[] }
  /** The predicate on cases [from, to) of the product of the lists (canonical order, last variable fastest). */
  | { readonly op: 'range'; readonly lists: readonly (readonly string[])[]; readonly from: number; readonly to: number }
  /** The census form's holds() on cells. */
  | { readonly op: 'cells'; readonly cells: readonly Readonly<Record<string, unknown>>[] };

/** What the property module says about itself (only JSON data; checked by the parent). */
export interface Description {
  readonly isProperty: boolean;
  readonly id: unknown;
  readonly statement: unknown;
  readonly status: unknown;
  readonly quantifier: unknown;
  readonly variables: unknown;
  readonly minN: unknown;
  readonly maxN: unknown;
  readonly hasPredicate: boolean;
  readonly hasCensusForm: boolean;
}

export type Reply =
  | { readonly ok: true; readonly description?: Description; readonly bits?: string }
  /** problem 'threw' (with the exception's first line) or 'returned a non-boolean' on case (or cell) index. */
  | { readonly ok: false; readonly problem: string; readonly message?: string; readonly index?: number };
