/**
 * Exhaustive checking: every assignment in canonical order (nested loops, first variable
 * outermost), the predicate on each, the digest over all of them. A closed claim (no variables)
 * has one case, the empty assignment. Stops at the first
 * counterexample (forAll) or witness (exists) unless every case is wanted (countAll).
 */
import type { Kernel } from '../claim/kernel.js';
import type { Property } from '../claim/property.js';
import type { Value } from '../claim/values.js';
import { CaseDigest } from './digest.js';
import type { Pacer } from './pacer.js';
import { type BoundScope, evaluate } from './scope.js';
import type { Case } from './types.js';

export interface ExhaustiveOutcome {
  readonly cases: number;
  readonly satisfied: number;
  /** forAll: the first case where the predicate is false. exists: the first where it is true. */
  readonly found: Case | null;
  /** found's 1-based position in canonical order. */
  readonly foundAt: number | null;
  /** Every case was examined: digest and counts cover the whole domain. */
  readonly complete: boolean;
  readonly digest: string | null;
}

/** A contiguous slice [from, to) of the 0-based canonical case indices (a shard). */
export interface CaseRange {
  readonly from: number;
  readonly to: number;
}

/** How often the abort signal and the clock are read (cases between reads, a power of two minus one). */
const CLOCK_MASK = 255;

export async function runExhaustive(
  p: Property,
  bound: BoundScope,
  kernel: Kernel,
  countAll: boolean,
  pacer: Pacer,
  range: CaseRange | null = null,
): Promise<ExhaustiveOutcome> {
  const vars = bound.variables;
  const k = vars.length;
  const cursors = vars.map((v) => v.handler.cursor());
  const encodings = cursors.map((c) => c.encode());
  const values: Record<string, Value> = {};
  vars.forEach((v, i) => (values[v.name] = cursors[i]!.value));
  const record = (): Record<string, string> => Object.fromEntries(vars.map((v, i) => [v.name, encodings[i]!]));
  const snapshot = (): Case => {
    const encoded = record();
    return { encoded, values: Object.fromEntries(vars.map((v) => [v.name, v.handler.decode(encoded[v.name]!)])) };
  };
  const digest = new CaseDigest();
  const wantTrue = p.quantifier === 'exists';
  let cases = 0;
  let satisfied = 0;
  let found: Case | null = null;
  let foundAt: number | null = null;
  // With a range, cases before `from` are only stepped over and the run ends at `to`.
  const from = range?.from ?? 0;
  const to = range?.to ?? Infinity;
  /** Moves every cursor to the next case; false past the last one. */
  const advance = (): boolean => {
    let i = k - 1;
    while (i >= 0 && !cursors[i]!.next()) cursors[i--]!.reset();
    if (i < 0) return false;
    for (let j = i; j < k; j++) {
      encodings[j] = cursors[j]!.encode();
      values[vars[j]!.name] = cursors[j]!.value;
    }
    return true;
  };
  let index = 0;
  let more = true;
  while (more && index < from) more = advance() && ++index > 0;
  if (pacer.aborted) return { cases, satisfied, found, foundAt, complete: false, digest: null };
  if (!more || index >= to) return { cases, satisfied, found, foundAt, complete: true, digest: digest.finish() };
  for (;;) {
    index++;
    const holds = evaluate(p, values, kernel, record, bound.scope.n);
    cases++;
    if (holds) satisfied++;
    digest.add(encodings, holds);
    if (found === null && holds === wantTrue) {
      found = snapshot();
      foundAt = index;
      if (!countAll) return { cases, satisfied, found, foundAt, complete: false, digest: null };
    }
    if (index >= to || !advance()) return { cases, satisfied, found, foundAt, complete: true, digest: digest.finish() };
    if ((cases & CLOCK_MASK) === 0) {
      if (!pacer.aborted && pacer.due()) await pacer.pause(cases);
      if (pacer.aborted) return { cases, satisfied, found, foundAt, complete: false, digest: null };
    }
  }
}
