/**
 * The enumerated run paths of runProperty: an exhaustive walk (whole or one shard's slice) or a
 * seeded random run, each followed by confirmation of the found case (evaluated again from its
 * encoding, in a fresh sandbox when the first one was stopped) and by assembly of the CheckResult:
 * verdict, reason, counts and the mode's own fields. Mode choice is modeChoice.ts; the census path
 * is censusRun.ts.
 */
import type { Property } from '../claim/property.js';
import { runExhaustive } from './exhaustive.js';
import type { ModeDecision } from './modeChoice.js';
import { Pacer } from './pacer.js';
import { runRandom } from './random.js';
import { caseOf, stopFields } from './runResult.js';
import { DISTRIBUTION } from '../search/arbitraries/index.js';
import { type CaseEvaluator, EvaluationStopped, confirmCase } from './sandbox/index.js';
import { sliceOf } from './slice.js';
import type { BoundScope } from './scope.js';
import { type Case, type CheckResult, type RunHooks, type RunOptions, DEFAULT_RUNS, DEFAULT_SEED } from './types.js';

/**
 * The found case once evaluated again from its encoding (confirmCase); when user code is stopped
 * before that, nothing is found and the run ends with the stop.
 */
async function confirmed(
  evaluator: CaseEvaluator,
  reopen: () => Promise<CaseEvaluator>,
  p: Property,
  found: Readonly<Record<string, string>> | null,
  expected: boolean,
  stopped: EvaluationStopped | null,
): Promise<{ found: Readonly<Record<string, string>> | null; stopped: EvaluationStopped | null }> {
  if (found === null) return { found, stopped };
  try {
    // A stopped sandbox cannot answer: a fresh one (without the signal that may have stopped it) confirms.
    const fresh = stopped === null ? null : await reopen();
    try {
      await confirmCase(fresh ?? evaluator, p, found, expected);
    } finally {
      await fresh?.close();
    }
    return { found, stopped };
  } catch (e) {
    if (!(e instanceof EvaluationStopped)) throw e;
    return { found: null, stopped: e };
  }
}

/** Runs an exhaustive or random check with an open evaluator; `reopen` opens a fresh one to confirm after a stop. */
export async function runEnumerated(
  property: Property,
  bound: BoundScope,
  { mode, choice }: ModeDecision,
  options: RunOptions,
  hooks: RunHooks,
  evaluator: CaseEvaluator,
  reopen: () => Promise<CaseEvaluator>,
): Promise<CheckResult> {
  const runs = options.runs ?? DEFAULT_RUNS;
  const seed = options.seed ?? DEFAULT_SEED;
  const forAll = property.quantifier === 'forAll';
  const base = { property: property.id, status: property.status, quantifier: property.quantifier, scope: bound.scope, mode, choice };
  if (mode === 'exhaustive') {
    const slice = options.shard === undefined ? undefined : sliceOf(Number(choice.size), options.shard);
    const pacer = new Pacer(hooks, slice ? slice.to - slice.from : Number(choice.size));
    const countAll = options.countAll === true;
    const run = await runExhaustive(property, bound, evaluator, countAll, pacer, slice ?? null);
    const check = await confirmed(evaluator, reopen, property, run.found, !forAll, run.stopped);
    const out = { ...run, ...check, complete: run.complete && check.stopped === null, digest: check.stopped === null ? run.digest : null };
    const found = out.found === null ? null : caseOf(bound, out.found);
    const decided = slice === undefined ? (forAll ? 'holds' : 'refuted') : 'inconclusive';
    const verdict = found !== null ? (forAll ? 'refuted' : 'holds') : out.complete ? decided : 'inconclusive';
    const stop = found === null && out.stopped !== null ? stopFields(out.stopped) : null;
    return {
      ...base,
      ...(slice ? { slice } : {}),
      verdict,
      reason: verdict !== 'inconclusive' ? null : out.complete ? 'slice' : 'aborted',
      ...(stop ?? {}),
      cases: out.cases,
      satisfied: out.satisfied,
      counterexample: forAll ? found : null,
      witness: forAll ? null : found,
      foundAt: found !== null ? out.foundAt : null,
      counterexamples: countAll && out.complete && forAll ? out.cases - out.satisfied : null,
      digest: out.digest,
      seed: null,
      runs: null,
      distribution: null,
      shrinks: null,
      elapsedMs: pacer.elapsedMs(),
    };
  }
  const pacer = new Pacer(hooks, runs);
  let out: Awaited<ReturnType<typeof runRandom>> & { stopped?: EvaluationStopped };
  try {
    out = await runRandom(property, bound, evaluator, runs, seed, pacer);
  } catch (e) {
    if (!(e instanceof EvaluationStopped)) throw e;
    // runRandom keeps its counts to itself when user code is stopped: none are claimed.
    out = { cases: 0, satisfied: 0, found: null, shrinks: 0, digest: null, distribution: DISTRIBUTION, aborted: true, stopped: e };
  }
  const checked = await confirmed(evaluator, reopen, property, out.found?.encoded ?? null, !forAll, out.stopped ?? null);
  const found: Case | null = checked.found === null ? null : caseOf(bound, checked.found);
  if (checked.found === null && checked.stopped !== null) out = { ...out, aborted: true, stopped: checked.stopped };
  const verdict = found !== null ? (forAll ? 'refuted' : 'holds') : out.aborted ? 'inconclusive' : forAll ? 'holds' : 'inconclusive';
  return {
    ...base,
    verdict,
    reason: verdict !== 'inconclusive' ? null : out.aborted ? 'aborted' : 'no-witness',
    ...(found === null && out.stopped ? stopFields(out.stopped) : {}),
    cases: out.cases,
    satisfied: out.satisfied,
    counterexample: forAll ? found : null,
    witness: forAll ? null : found,
    foundAt: null,
    counterexamples: null,
    digest: out.digest,
    seed,
    runs,
    distribution: out.distribution,
    shrinks: found !== null ? out.shrinks : null,
    elapsedMs: pacer.elapsedMs(),
  };
}
