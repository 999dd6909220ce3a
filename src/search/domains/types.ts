/**
 * What the checker needs of a resolved domain (src/claim/domains.ts): its exact size, a cursor that
 * walks it in the canonical order of docs/certificates.md, and its canonical encoding.
 */
import type { ResolvedDomain } from '../../vocabulary/domains/index.js';
import type { Value } from '../../model/values.js';

/**
 * A position in the canonical enumeration of a domain. `value` is the current member; its arrays
 * are reused by next(), so copy what you keep and never modify it.
 */
export interface Cursor {
  readonly value: Value;
  /** Back to the first member (every domain has at least one). */
  reset(): void;
  /** To the next member; false (and `value` unspecified) after the last one. */
  next(): boolean;
  /** The canonical encoding of the current member. */
  encode(): string;
}

export interface DomainHandler {
  readonly domain: ResolvedDomain;
  /** The exact number of members, or null when counting them would cost too much. */
  size(): bigint | null;
  /**
   * How many candidates the canonical definition of the order walks: the size, except for
   * low-degree-functions, which are defined as a filter over all 2^(2^n) Boolean functions.
   * `auto` mode compares this with the budget, as a certificate verifier re-enumerates that way.
   * Null when too large to count.
   */
  cost(): bigint | null;
  /** A fresh cursor at the first member. Throws an InputError when the domain cannot be enumerated. */
  cursor(): Cursor;
  encode(value: Value): string;
  /** Strict decoding: the canonical encoding of a member, else an InputError naming the problem. */
  decode(text: string): Value;
  isMember(value: Value): boolean;
}
