/** A CommandIo that records what a command writes, for tests. */
import type { CommandIo } from '../../src/cli/io.js';

export interface Recorded {
  readonly io: CommandIo;
  readonly out: () => string;
  readonly err: () => string;
}

export function fakeIo(stdin = '', options: { isTTY?: boolean; stderrIsTTY?: boolean; cwd?: string; signal?: AbortSignal; env?: Record<string, string> } = {}): Recorded {
  let out = '';
  let err = '';
  return {
    io: {
      stdout: (t) => void (out += t),
      stderr: (t) => void (err += t),
      readStdin: async () => stdin,
      isTTY: options.isTTY ?? false,
      ...(options.stderrIsTTY === undefined ? {} : { stderrIsTTY: options.stderrIsTTY }),
      signal: options.signal ?? new AbortController().signal,
      cwd: options.cwd ?? process.cwd(),
      env: options.env ?? {},
    },
    out: () => out,
    err: () => err,
  };
}

/** Runs the CLI as `cubecheck ...argv` would, recording its streams. */
export async function runCubecheck(
  argv: readonly string[],
  options: Parameters<typeof fakeIo>[1] & { stdin?: string } = {},
): Promise<{ code: number; out: string; err: string }> {
  const { runCli } = await import('../../src/cli/dispatch.js');
  const rec = fakeIo(options.stdin ?? '', options);
  const code = await runCli(argv, rec.io);
  return { code, out: rec.out(), err: rec.err() };
}
