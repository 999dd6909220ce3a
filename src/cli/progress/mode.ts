/**
 * Which progress a command shows: --no-progress none; --progress=json JSON lines; --progress (or
 * =text) text, live on a terminal and line by line otherwise; by default a live line when stderr
 * is a terminal, else nothing.
 */
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

/** A reporter factory for a command: one reporter per task (a claim, a census, a search). */
export function progressFor(args: ParsedArgs, io: CommandIo): (task: string, unit: string) => ProgressReporter {
  const mode = progressMode(args, io);
  return (task, unit) => createReporter({ mode, write: io.stderr, task, unit });
}
