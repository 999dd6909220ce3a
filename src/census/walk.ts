/**
 * Exhaustive checks on the live walk state: the visitor sees every function of a Gray-code slice
 * with its exact spectrum, ANF and measures (see IncrementalState), without storing any function.
 * For checks that only involve the census measures (degree, GF(2) degree, relevant variables,
 * balanced, bent), checkCells in ./predicate.ts is much faster.
 */
import { IncrementalState } from './incrementalState.js';
import type { Interval } from './intervals.js';
import { assertCensusN } from './layout.js';
import { functionCount } from './shard.js';
import { checkSlice } from './counter.js';

export interface WalkOutcome {
  /** Functions visited. */
  readonly visited: number;
  /** Gray index and truth-table word where the visitor asked to stop, or null. */
  readonly stoppedAt: { readonly index: number; readonly word: number } | null;
}

/** Visits every function of `range` (default all) in Gray-code order; `true` from visit stops. */
export function walkFunctions(n: number, visit: (s: IncrementalState) => boolean | void, range?: Interval): WalkOutcome {
  assertCensusN(n);
  const [start, end] = range ?? [0, functionCount(n)];
  checkSlice(n, start, end);
  if (start === end) return { visited: 0, stoppedAt: null };
  const state = new IncrementalState(n, start);
  for (let visited = 1; ; visited++) {
    if (visit(state) === true) return { visited, stoppedAt: { index: state.index, word: state.word } };
    if (state.index + 1 >= end) return { visited, stoppedAt: null };
    state.advanceInPlace();
  }
}

export interface Counterexample {
  readonly index: number;
  /** Truth table as in docs/math.md: `hex:` digits, bit x set when f(x) = -1. */
  readonly hex: string;
}

/** Checks `holds` on every function of the slice; the first one where it fails, or null. */
export function findCounterexample(
  n: number,
  holds: (s: IncrementalState) => boolean,
  range?: Interval,
): { readonly checked: number; readonly counterexample: Counterexample | null } {
  const out = walkFunctions(n, (s) => !holds(s), range);
  const ce = out.stoppedAt;
  return { checked: out.visited, counterexample: ce ? { index: ce.index, hex: `hex:${ce.word.toString(16)}` } : null };
}
