/**
 * runProperty: checks a property at one scope, exhaustively or at random, and returns the result
 * as data. This file validates the options, opens the evaluator and dispatches: mode choice is
 * modeChoice.ts (auto runs exhaustively within the budget, default 2^20, at random otherwise; a
 * closed claim has one case and is always run exhaustively), the enumerated runs and their results
 * are enumeratedRun.ts. An explicit exhaustive run of a property with a census form at n <= 5 whose
 * enumeration costs more than the budget runs on the census engine instead (censusRun.ts).
 */
import type { Kernel } from '../claim/kernel.js';
import { type Property, validateProperty } from '../claim/property.js';
import { InputError } from '../core/result.js';
import { runCensusCheck, usesCensus } from './censusRun.js';
import { runEnumerated } from './enumeratedRun.js';
import { fastKernel } from './kernel/index.js';
import { chooseMode } from './modeChoice.js';
import { stoppedBeforeStart } from './runResult.js';
import { type CaseEvaluator, EvaluationStopped, openEvaluator } from './sandbox/index.js';
import { bindScope } from './scope.js';
import { type CheckResult, type RunHooks, type RunOptions, DEFAULT_RUNS, DEFAULT_SEED } from './types.js';

export { EXHAUSTIVE_LIMIT } from './modeChoice.js';

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
