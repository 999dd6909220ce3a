/**
 * The contract of a domain kind (what a claim's variable ranges over): one file per kind in
 * ./domains/, one line in ./domains/index.ts. A domain spec is data ({kind, parameters}); resolved
 * against a scope it fixes n (what certificates record). Enumeration in canonical order lives with
 * the checker (src/search/domains) and, independently, the verifier (src/verifier/enumerate.ts):
 * both branch on the kind exhaustively, so a new kind does not compile until both enumerate it.
 */
import type { CubeMap, Fn, PointSet } from '../model/values.js';

/** What a domain's elements are. */
export interface Yields {
  function: Fn;
  map: CubeMap;
  subset: PointSet;
}

export interface DomainKindSpec<K extends string, Name extends string, S extends { readonly kind: K }, R extends { readonly kind: K; readonly n: number }, A extends unknown[], Y extends keyof Yields> {
  readonly kind: K;
  /** The constructor's name in the claim API's `domains` object, e.g. booleanFunctions. */
  readonly name: Name;
  readonly yields: Y;
  /** One sentence: what the domain holds at n. */
  readonly summary: string;
  /** The spec's fields besides `kind`, in the order make takes them (validateDomainSpec re-makes a spec from them). */
  readonly parameters: readonly string[];
  /** The spec from its parameters; throws a RangeError naming a bad parameter (any value may arrive: specs come from user files). */
  make(...args: A): S;
  /** Fix the sizes at n. */
  resolve(spec: S, n: number): R;
  /** Short text, e.g. "integer-functions(-1..1)", for `list`. */
  describe(spec: S): string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDomainKind = DomainKindSpec<string, string, any, any, any, keyof Yields>;

export function defineDomain<
  const K extends string,
  const Name extends string,
  S extends { readonly kind: K },
  R extends { readonly kind: K; readonly n: number },
  A extends unknown[],
  Y extends keyof Yields,
>(spec: DomainKindSpec<K, Name, S, R, A, Y>): DomainKindSpec<K, Name, S, R, A, Y> {
  return spec;
}
