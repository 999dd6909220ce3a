/**
 * What a command may touch of the outside world: its streams, whether stdout is a terminal, and an
 * abort signal raised on Ctrl-C. Commands return their exit code instead of calling process.exit.
 */
export interface CommandIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Reads all of standard input (for --stdin). */
  readonly readStdin: () => Promise<string>;
  readonly isTTY: boolean;
  readonly signal: AbortSignal;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export type Command = (argv: readonly string[], io: CommandIo) => Promise<number>;

/** Exit codes shared by every command. */
export const EXIT = {
  ok: 0,
  /** check: refuted; verify: invalid certificate. */
  refuted: 1,
  badInput: 2,
  inconclusive: 3,
  interrupted: 130,
} as const;
