/**
 * Reading the check command's options into RunOptions: --n, --mode, --runs, --seed (or random:
 * a drawn seed, which check announces), --budget, --workers, --shard i/N, --timeout SECONDS (the
 * sandbox's per-case time limit).
 * Anything malformed is an InputError with a one-line message.
 */
import { type ParsedArgs, intFlag, stringFlag } from '../args.js';
import { InputError } from '../../core/result.js';
import type { Mode, RunOptions } from '../../check/types.js';
import { parseShard } from '../../check/slice.js';
import { INT32_SEEDS, parseSeed } from '../seed.js';

const MODES: readonly Mode[] = ['exhaustive', 'random', 'auto'];

/** A budget: a whole number or a power of two written 2^k. */
export function parseBudget(text: string): bigint {
  const power = /^2\^(\d{1,3})$/.exec(text);
  if (power) return 1n << BigInt(power[1]!);
  if (/^\d{1,30}$/.test(text)) return BigInt(text);
  throw new InputError(`option --budget needs a whole number or 2^k, got '${text}'`);
}

/** --timeout SECONDS: how long one case of a sandboxed predicate may take (1 s to a day). */
export function timeoutOption(args: ParsedArgs): { timeoutMs?: number } {
  const seconds = intFlag(args, 'timeout', undefined, 1, 86400);
  return seconds === undefined ? {} : { timeoutMs: seconds * 1000 };
}

export function runOptionsFrom(args: ParsedArgs): RunOptions {
  const mode = stringFlag(args, 'mode');
  if (mode !== undefined && !MODES.includes(mode as Mode)) throw new InputError(`option --mode must be one of ${MODES.join(', ')}, got '${mode}'`);
  const budget = stringFlag(args, 'budget');
  const shard = stringFlag(args, 'shard');
  return {
    ...(shard === undefined ? {} : { shard: parseShard(shard) }),
    n: intFlag(args, 'n', undefined, 0, 24),
    mode: mode as Mode | undefined,
    runs: intFlag(args, 'runs', undefined, 1, 1e9),
    seed: parseSeed(stringFlag(args, 'seed'), INT32_SEEDS)?.seed,
    budget: budget === undefined ? undefined : parseBudget(budget),
    workers: intFlag(args, 'workers', undefined, 0, 4096),
    ...timeoutOption(args),
  };
}
