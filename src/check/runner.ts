/**
 * runProperty: checks a property at one scope, exhaustively or at random, and returns the result
 * as data. auto runs exhaustively when the enumeration cost is within the budget (default 2^20),
 * at random otherwise. A closed claim (no variables) has one case and is always run exhaustively.
 * An explicit exhaustive run of a property with a census form at n <= 5 whose enumeration costs
 * more than the budget runs on the census engine instead (censusRun.ts).
 */
import { formatMagnitude } from '../core/magnitude.js';
import type { Kernel } from '../claim/kernel.js';
import type { Property } from '../claim/property.js';
import { InputError } from '../core/result.js';
import { runCensusCheck, usesCensus } from './censusRun.js';
import { runExhaustive } from './exhaustive.js';
import { fastKernel } from './kernel/index.js';
import { Pacer } from './pacer.js';
import { runRandom } from './random.js';
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

export async function runProperty(
  property: Property,
  options: RunOptions = {},
  hooks: RunHooks = {},
  kernel: Kernel = fastKernel,
): Promise<CheckResult> {
  const n = options.n ?? property.defaultScope.n;
  const runs = options.runs ?? DEFAULT_RUNS;
  const seed = options.seed ?? DEFAULT_SEED;
  check(Number.isSafeInteger(runs) && runs >= 1, `runs must be a whole number >= 1, got ${runs}`);
  check(Number.isSafeInteger(seed) && seed >= -(2 ** 31) && seed < 2 ** 31, `seed must be a 32-bit integer, got ${seed}`);
  check(options.workers === undefined || (Number.isSafeInteger(options.workers) && options.workers >= 0), `workers must be a whole number, got ${options.workers}`);
  const bound = bindScope(property, n);
  if (options.shard !== undefined) {
    check(options.mode === 'exhaustive', 'option --shard goes with --mode exhaustive');
    check(options.countAll !== true, 'option --shard cannot be combined with --all (count counterexamples in an unsharded run)');
  }
  if (options.shard === undefined && usesCensus(property, bound, options)) return runCensusCheck(property, bound, options, hooks, kernel);
  const { mode, choice } = chooseMode(bound, options);
  const forAll = property.quantifier === 'forAll';
  const base = { property: property.id, status: property.status, quantifier: property.quantifier, scope: bound.scope, mode, choice };
  if (mode === 'exhaustive') {
    const slice = options.shard === undefined ? undefined : sliceOf(Number(choice.size), options.shard);
    const pacer = new Pacer(hooks, slice ? slice.to - slice.from : Number(choice.size));
    const countAll = options.countAll === true;
    const out = await runExhaustive(property, bound, kernel, countAll, pacer, slice ?? null);
    const decided = slice === undefined ? (forAll ? 'holds' : 'refuted') : 'inconclusive';
    const verdict = out.found !== null ? (forAll ? 'refuted' : 'holds') : out.complete ? decided : 'inconclusive';
    return {
      ...base,
      ...(slice ? { slice } : {}),
      verdict,
      reason: verdict !== 'inconclusive' ? null : out.complete ? 'slice' : 'aborted',
      cases: out.cases,
      satisfied: out.satisfied,
      counterexample: forAll ? out.found : null,
      witness: forAll ? null : out.found,
      foundAt: out.foundAt,
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
  const out = await runRandom(property, bound, kernel, runs, seed, pacer);
  const found: Case | null = out.found;
  const verdict = found !== null ? (forAll ? 'refuted' : 'holds') : out.aborted ? 'inconclusive' : forAll ? 'holds' : 'inconclusive';
  return {
    ...base,
    verdict,
    reason: verdict !== 'inconclusive' ? null : out.aborted ? 'aborted' : 'no-witness',
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
