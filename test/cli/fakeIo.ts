/** A CommandIo that records what a command writes, for tests. */
import type { CommandIo } from '../../src/cli/io.js';

export interface Recorded {
  readonly io: CommandIo;
  readonly out: () => string;
  readonly err: () => string;
}

export function fakeIo(stdin = '', options: { isTTY?: boolean; cwd?: string; signal?: AbortSignal } = {}): Recorded {
  let out = '';
  let err = '';
  return {
    io: {
      stdout: (t) => void (out += t),
      stderr: (t) => void (err += t),
      readStdin: async () => stdin,
      isTTY: options.isTTY ?? false,
      signal: options.signal ?? new AbortController().signal,
      cwd: options.cwd ?? process.cwd(),
      env: {},
    },
    out: () => out,
    err: () => err,
  };
}
