/**
 * runProperty: checks a property at one scope, exhaustively or at random, and returns the result
 * as data. auto runs exhaustively when the enumeration cost is within the budget (default 2^20),
 * at random otherwise. A closed claim (no variables) has one case and is always run exhaustively.
 * An explicit exhaustive run of a property with a census form at n <= 5 whose enumeration costs
 * more than the budget runs on the census engine instead (censusRun.ts).
 */
import { formatMagnitude } from '../core/magnitude.js';
import type { Kernel } from '../claim/kernel.js';
import { type Property, validateProperty } from '../claim/property.js';
import { InputError } from '../core/result.js';
import { runCensusCheck, usesCensus } from './censusRun.js';
import { runExhaustive } from './exhaustive.js';
import { fastKernel } from './kernel/index.js';
import { Pacer } from './pacer.js';
import { runRandom } from './random.js';
import { DISTRIBUTION } from '../search/arbitraries/index.js';
import { type CaseEvaluator, EvaluationStopped, confirmCase, openEvaluator } from './sandbox/index.js';
import { sliceOf } from './slice.js';
import { type BoundScope, bindScope, productOf } from './scope.js';
import {
  type Case,
  type CheckResult,
  type ModeChoice,
  type RunHooks,
  type RunOptions,
  DEFAULT_BUDGET,
  DEFAULT_RUNS,
  DEFAULT_SEED,
} from './types.js';

/** Explicit exhaustive runs refuse more candidates than this (about an hour or more of work) unless --budget is larger. */
export const EXHAUSTIVE_LIMIT = 1n << 32n;

function chooseMode(bound: BoundScope, options: RunOptions): { mode: 'exhaustive' | 'random'; choice: ModeChoice } {
  const requested = options.mode ?? 'auto';
  const budget = options.budget ?? DEFAULT_BUDGET;
  const cost = productOf(bound.variables.map((v) => v.handler.cost()));
  if (bound.variables.length === 0 && requested === 'random') {
    throw new InputError('a closed claim (no variables) has exactly one case: use --mode exhaustive or auto, not random');
  }
  const mode = requested !== 'auto' ? requested : cost !== null && cost <= budget ? 'exhaustive' : 'random';
  const size = mode === 'exhaustive' || (cost !== null && cost <= budget) ? productOf(bound.variables.map((v) => v.handler.size())) : null;
  if (mode === 'exhaustive') {
    if (size === null) throw new InputError(`cannot enumerate ${describeDomains(bound)}: too many to count; use --mode random`);
    // An explicit exhaustive run may go past the auto budget, but not past what could finish.
    const limit = budget > EXHAUSTIVE_LIMIT ? budget : EXHAUSTIVE_LIMIT;
    if (cost === null || cost > limit || size > BigInt(Number.MAX_SAFE_INTEGER)) {
      throw new InputError(
        `cannot enumerate ${describeDomains(bound)}: ${formatMagnitude(cost ?? size)} candidates exceed the exhaustive limit ${formatMagnitude(limit)}; use --mode random, a smaller --n, or raise --budget`,
      );
    }
  }
  return { mode, choice: { requested, cost, size, budget } };
}

function describeDomains(bound: BoundScope): string {
  return bound.variables.map((v) => `${v.name} in ${v.handler.domain.kind}`).join(', ') + ` at n = ${bound.scope.n}`;
}

function check(ok: boolean, message: string): void {
  if (!ok) throw new InputError(message);
}

/** A property handed in from anywhere, checked as defineProperty checks it (bad input, exit 2). */
function validated(property: unknown): Property {
  try {
    return validateProperty(property);
  } catch (e) {
    throw new InputError(e instanceof Error ? e.message : String(e));
  }
}

/** The case as reported: its encodings and values decoded from them afresh (never what user code saw). */
function caseOf(bound: BoundScope, encoded: Readonly<Record<string, string>>): Case {
  return { encoded, values: Object.fromEntries(bound.variables.map((v) => [v.name, v.handler.decode(encoded[v.name]!)])) };
}

/**
 * Checks a property at one scope. A property loaded from a module (loadPropertyFile,
 * loadCatalogue) is evaluated in the sandbox worker with its limits (options.timeoutMs,
 * options.memoryMb) with the fast kernel (`kernel` applies to in-process properties only); a
 * property object made in this process is evaluated here, on copies, without limits.
 */
export async function runProperty(
  property: Property,
  options: RunOptions = {},
  hooks: RunHooks = {},
  kernel: Kernel = fastKernel,
): Promise<CheckResult> {
  property = validated(property);
  const n = options.n ?? property.defaultScope.n;
  const runs = options.runs ?? DEFAULT_RUNS;
  const seed = options.seed ?? DEFAULT_SEED;
  check(Number.isSafeInteger(runs) && runs >= 1, `runs must be a whole number >= 1, got ${runs}`);
  check(Number.isSafeInteger(seed) && seed >= -(2 ** 31) && seed < 2 ** 31, `seed must be a 32-bit integer, got ${seed}`);
  check(options.workers === undefined || (Number.isSafeInteger(options.workers) && options.workers >= 0), `workers must be a whole number, got ${options.workers}`);
  check(options.timeoutMs === undefined || (Number.isSafeInteger(options.timeoutMs) && options.timeoutMs >= 1), `timeout must be a whole number of milliseconds >= 1, got ${options.timeoutMs}`);
  check(options.memoryMb === undefined || (Number.isSafeInteger(options.memoryMb) && options.memoryMb >= 16), `memory must be a whole number of MB >= 16, got ${options.memoryMb}`);
  const bound = bindScope(property, n);
  if (options.shard !== undefined) {
    check(options.mode === 'exhaustive', 'option --shard goes with --mode exhaustive');
    check(options.countAll !== true, 'option --shard cannot be combined with --all (count counterexamples in an unsharded run)');
  }
  const census = options.shard === undefined && usesCensus(property, bound, options);
  const choice = census ? null : chooseMode(bound, options);
  const started = performance.now();
  const sandbox = {
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.memoryMb !== undefined ? { memoryMb: options.memoryMb } : {}),
    ...(hooks.signal ? { signal: hooks.signal } : {}),
    ...(hooks.onOutput ? { onOutput: hooks.onOutput } : {}),
  };
  let evaluator: CaseEvaluator;
  try {
    evaluator = await openEvaluator(property, bound.scope, kernel, sandbox);
  } catch (e) {
    if (!(e instanceof EvaluationStopped)) throw e;
    return stoppedBeforeStart(property, bound, choice, options, e, Math.round(performance.now() - started));
  }
  try {
    if (census) return await runCensusCheck(property, bound, options, hooks, evaluator);
    const { signal: _, ...unsignalled } = sandbox;
    return await runEnumerated(property, bound, choice!, options, hooks, evaluator, () => openEvaluator(property, bound.scope, kernel, unsignalled));
  } finally {
    await evaluator.close();
  }
}

function stoppedBeforeStart(
  p: Property,
  bound: BoundScope,
  choice: { mode: 'exhaustive' | 'random'; choice: ModeChoice } | null,
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

/** The verdict fields of a run whose user code was stopped. */
function stopFields(stopped: EvaluationStopped): { verdict: 'inconclusive'; reason: CheckResult['reason']; stopDetail: string } {
  return { verdict: 'inconclusive', reason: stopped.kind, stopDetail: stopped.detail };
}

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

async function runEnumerated(
  property: Property,
  bound: BoundScope,
  { mode, choice }: { mode: 'exhaustive' | 'random'; choice: ModeChoice },
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
