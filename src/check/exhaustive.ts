/**
 * Exhaustive checking: every assignment in canonical order (nested loops, first variable
 * outermost), the predicate on each, the digest over all of them. A closed claim (no variables)
 * has one case, the empty assignment. Stops at the first counterexample (forAll) or witness
 * (exists) unless every case is wanted (countAll). The cursors stay here: cases go to the
 * evaluator (src/check/sandbox) as their encodings, in batches, and user code gets fresh copies.
 */
import type { Property } from '../claim/property.js';
import { CaseDigest } from './digest.js';
import type { Pacer } from './pacer.js';
import { BATCH, type CaseEvaluator, EvaluationStopped } from './sandbox/index.js';
import type { BoundScope } from './scope.js';

export interface ExhaustiveOutcome {
  readonly cases: number;
  readonly satisfied: number;
  /** forAll: the encodings of the first case where the predicate is false. exists: where it is true. */
  readonly found: Readonly<Record<string, string>> | null;
  /** found's 1-based position in canonical order. */
  readonly foundAt: number | null;
  /** Every case was examined: digest and counts cover the whole domain. */
  readonly complete: boolean;
  readonly digest: string | null;
  /** Why the run stopped early, when user code was stopped (time, memory, interrupt). */
  readonly stopped: EvaluationStopped | null;
}

/** A contiguous slice [from, to) of the 0-based canonical case indices (a shard). */
export interface CaseRange {
  readonly from: number;
  readonly to: number;
}

export async function runExhaustive(
  p: Property,
  bound: BoundScope,
  evaluator: CaseEvaluator,
  countAll: boolean,
  pacer: Pacer,
  range: CaseRange | null = null,
  batch: number = BATCH,
): Promise<ExhaustiveOutcome> {
  const vars = bound.variables;
  const k = vars.length;
  const cursors = vars.map((v) => v.handler.cursor());
  const encodings = cursors.map((c) => c.encode());
  const digest = new CaseDigest();
  const wantTrue = p.quantifier === 'exists';
  let cases = 0;
  let satisfied = 0;
  let found: Record<string, string> | null = null;
  let foundAt: number | null = null;
  const from = range?.from ?? 0;
  const to = range?.to ?? Infinity;
  /** Moves every cursor to the next case; false past the last one. */
  const advance = (): boolean => {
    let i = k - 1;
    while (i >= 0 && !cursors[i]!.next()) cursors[i--]!.reset();
    if (i < 0) return false;
    for (let j = i; j < k; j++) encodings[j] = cursors[j]!.encode();
    return true;
  };
  const partial = (stopped: EvaluationStopped | null = null): ExhaustiveOutcome => ({ cases, satisfied, found, foundAt, complete: false, digest: null, stopped });
  let index = 0;
  let more = true;
  while (more && index < from) more = advance() && ++index > 0;
  if (pacer.aborted) return partial();
  if (!more || index >= to) return { cases, satisfied, found, foundAt, complete: true, digest: digest.finish(), stopped: null };
  const flat: string[] = [];
  while (more) {
    // Collect a batch of cases in canonical order.
    flat.length = 0;
    let count = 0;
    while (more && count < batch) {
      for (let i = 0; i < k; i++) flat.push(encodings[i]!);
      count++;
      index++;
      more = index < to && advance();
    }
    let results: Uint8Array;
    let stopped: EvaluationStopped | null = null;
    try {
      results = await evaluator.cases(flat, count, countAll ? null : wantTrue);
    } catch (e) {
      if (!(e instanceof EvaluationStopped)) throw e;
      // What was answered before the stop still counts (and may decide the run).
      stopped = e;
      results = e.partial;
    }
    const first = index - count;
    for (let c = 0; c < results.length; c++) {
      const holds = results[c] === 1;
      const line = flat.slice(c * k, c * k + k);
      cases++;
      if (holds) satisfied++;
      digest.add(line, holds);
      if (found === null && holds === wantTrue) {
        found = Object.fromEntries(vars.map((v, i) => [v.name, line[i]!]));
        foundAt = first + c + 1;
        if (!countAll) return partial();
      }
    }
    if (stopped !== null) return partial(stopped);
    if (!more) break;
    if (!pacer.aborted && pacer.due()) await pacer.pause(cases);
    if (pacer.aborted) return partial();
  }
  return { cases, satisfied, found, foundAt, complete: true, digest: digest.finish(), stopped: null };
}
