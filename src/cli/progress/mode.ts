/**
 * Which progress a command shows: --no-progress none; --progress=json JSON lines; --progress (or
 * =text) text, live on a terminal and line by line otherwise; by default a live line when stderr
 * is a terminal, else nothing. CUBECHECK_PROGRESS_INTERVAL=SECONDS sets the pace of lines / json
 * (default 5 s).
 */
import { InputError } from '../../core/result.js';
import type { ParsedArgs } from '../args.js';
import type { CommandIo } from '../io.js';
import { type ProgressReporter, createReporter } from './reporter.js';
import type { ProgressMode } from './types.js';

export function progressMode(args: ParsedArgs, io: CommandIo): ProgressMode {
  const flag = args.flags.progress;
  const terminal = io.stderrIsTTY ?? io.isTTY;
  if (flag === false) return 'off';
  if (flag === 'json') return 'json';
  if (flag === true || flag === 'text') return terminal ? 'live' : 'lines';
  return terminal ? 'live' : 'off';
}

/**
 * Seconds between two lines in lines / json mode from CUBECHECK_PROGRESS_INTERVAL (a long batch
 * job may want one line a minute); undefined: the reporter's default.
 */
export function progressIntervalMs(env: CommandIo['env']): number | undefined {
  const raw = env.CUBECHECK_PROGRESS_INTERVAL;
  if (raw === undefined || raw === '') return undefined;
  const seconds = /^\d{1,7}(\.\d{1,3})?$/.test(raw.trim()) ? Number(raw) : Number.NaN;
  if (!Number.isFinite(seconds)) throw new InputError(`CUBECHECK_PROGRESS_INTERVAL must be a number of seconds, got '${raw.slice(0, 40)}'`);
  return seconds * 1000;
}

/** A reporter factory for a command: one reporter per task (a claim, a census, a search). */
export function progressFor(args: ParsedArgs, io: CommandIo): (task: string, unit: string) => ProgressReporter {
  const mode = progressMode(args, io);
  const intervalMs = mode === 'lines' || mode === 'json' ? progressIntervalMs(io.env) : undefined;
  return (task, unit) => createReporter({ mode, write: io.stderr, task, unit, ...(intervalMs === undefined ? {} : { intervalMs }) });
}
