/**
 * The contract of a verifier twin: the plain, independent re-implementation of one measure of
 * src/vocabulary/measures (direct sums, brute force; obviousness over speed). It imports nothing at
 * runtime from outside src/verifier. compute returns exactly the JSON the fast measure's json(...)
 * returns (test/vocabulary/twins.test.ts compares them); value turns that JSON into the
 * claim-facing value, as the fast measure's value(...) does.
 */
import type { Fn } from '../../model/values.js';
import type { ClaimValue, Json, MeasureInput } from '../../vocabulary/measure.js';
import { rat, type Q } from '../rational.js';

export interface Twin<I extends MeasureInput, J extends Json> {
  /** Must equal the fast measure's input; for 'boolean' the kernel returns null on non-Boolean f. */
  readonly input: I;
  /** f is integer-valued, and +-1-valued when input is 'boolean'. Must not mutate f. */
  compute(f: Fn): J;
  /** f is the input compute had (for data the JSON does not carry, such as n). */
  value(j: J, f: Fn): ClaimValue;
}

export function defineTwin<I extends MeasureInput, J extends Json>(twin: Twin<I, J>): Twin<I, J> {
  return twin;
}

/** "p/q" or "p" (as JSON carries rationals) to a Q. */
export function parseQ(text: string): Q {
  const m = /^(-?\d+)(?:\/(\d+))?$/.exec(text);
  if (!m) throw new RangeError(`'${text}' is not a rational`);
  return rat(BigInt(m[1]!), BigInt(m[2] ?? '1'));
}
