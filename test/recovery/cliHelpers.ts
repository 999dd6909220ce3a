/** A fake CommandIo that records output, and a runner that maps thrown errors like the dispatcher. */
import { reportError } from '../../src/cli/dispatch.js';
import type { Command, CommandIo } from '../../src/cli/io.js';

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function run(command: Command, argv: readonly string[], signal = new AbortController().signal): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CommandIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readStdin: async () => '',
    isTTY: false,
    signal,
    cwd: '/',
    env: {},
  };
  try {
    return { code: await command(argv, io), stdout, stderr };
  } catch (e) {
    // What src/cli/dispatch.ts does: bad input (InputError) is one line, exit 2; anything else is 70.
    const code = reportError(e, io);
    if (code === 70) throw e;
    return { code, stdout, stderr };
  }
}
