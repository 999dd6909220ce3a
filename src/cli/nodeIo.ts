/** The CommandIo of a real process. */
import type { CommandIo } from './io.js';

export function nodeIo(signal: AbortSignal): CommandIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stdoutDrained: () =>
      process.stdout.writableNeedDrain ? new Promise<void>((resolve) => process.stdout.once('drain', () => resolve())) : Promise.resolve(),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    isTTY: Boolean(process.stdout.isTTY && process.stdin.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    signal,
    cwd: process.cwd(),
    env: process.env,
  };
}
