/**
 * The CPU time a child process has used so far, read from /proc/<pid>/stat (Linux): user plus
 * system time, fields 14 and 15 after the command name, in clock ticks of 1/100 s (USER_HZ, 100 on
 * every Linux architecture Node runs on). null where /proc is not there or the process has gone:
 * the caller then falls back to the wall clock.
 */
import { readFileSync } from 'node:fs';

const TICK_MS = 10;

export function childCpuMs(pid: number): number | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'latin1');
  } catch {
    return null;
  }
  // The command name is in parentheses and may itself contain spaces or ')'.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const user = Number(fields[11]);
  const system = Number(fields[12]);
  return Number.isSafeInteger(user) && Number.isSafeInteger(system) ? (user + system) * TICK_MS : null;
}
