/**
 * Pieces of a CheckResult shared by runner.ts and enumeratedRun.ts: the reported case decoded from its
 * encodings afresh (never what user code saw), the verdict fields of a run whose user code was stopped,
 * and the whole result of a run stopped before its first case (the sandbox could not start). The
 * census path (censusRun.ts) assembles its own.
 */
import type { Property } from '../claim/property.js';
import { DISTRIBUTION } from '../search/arbitraries/index.js';
import type { ModeDecision } from './modeChoice.js';
import type { EvaluationStopped } from './sandbox/index.js';
import type { BoundScope } from './scope.js';
import { type Case, type CheckResult, type RunOptions, DEFAULT_BUDGET, DEFAULT_RUNS, DEFAULT_SEED } from './types.js';

/** The case as reported: its encodings and values decoded from them afresh (never what user code saw). */
export function caseOf(bound: BoundScope, encoded: Readonly<Record<string, string>>): Case {
  return { encoded, values: Object.fromEntries(bound.variables.map((v) => [v.name, v.handler.decode(encoded[v.name]!)])) };
}

/** The verdict fields of a run whose user code was stopped. */
export function stopFields(stopped: EvaluationStopped): { verdict: 'inconclusive'; reason: CheckResult['reason']; stopDetail: string } {
  return { verdict: 'inconclusive', reason: stopped.kind, stopDetail: stopped.detail };
}

/** The result of a run whose sandbox was stopped before any case was evaluated. */
export function stoppedBeforeStart(
  p: Property,
  bound: BoundScope,
  choice: ModeDecision | null,
  options: RunOptions,
  stopped: EvaluationStopped,
  elapsedMs: number,
): CheckResult {
  const c = choice ?? { mode: 'exhaustive' as const, choice: { requested: options.mode ?? 'auto', cost: null, size: null, budget: options.budget ?? DEFAULT_BUDGET } };
  return {
    property: p.id,
    status: p.status,
    quantifier: p.quantifier,
    scope: bound.scope,
    mode: c.mode,
    choice: c.choice,
    ...stopFields(stopped),
    cases: 0,
    satisfied: 0,
    counterexample: null,
    witness: null,
    foundAt: null,
    counterexamples: null,
    digest: null,
    seed: c.mode === 'random' ? (options.seed ?? DEFAULT_SEED) : null,
    runs: c.mode === 'random' ? (options.runs ?? DEFAULT_RUNS) : null,
    distribution: c.mode === 'random' ? DISTRIBUTION : null,
    shrinks: null,
    elapsedMs,
  };
}
