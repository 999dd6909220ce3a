/**
 * What a command may touch of the outside world: its streams, whether stdout is a terminal, and an
 * abort signal raised on Ctrl-C. Commands return their exit code instead of calling process.exit.
 */
export interface CommandIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /**
   * Resolves when stdout has taken what was written (a pipe is asynchronous in Node: without
   * waiting, a gigabyte of streamed JSON piles up in memory). Absent: nothing to wait for.
   */
  readonly stdoutDrained?: () => Promise<void>;
  /** Reads all of standard input (for --stdin). */
  readonly readStdin: () => Promise<string>;
  /** stdin and stdout are terminals (the UI, the default of `cubecheck` alone). */
  readonly isTTY: boolean;
  /** stderr is a terminal: progress is a live line there by default. Absent: as isTTY. */
  readonly stderrIsTTY?: boolean;
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
  /** Ctrl-C or SIGTERM: every command stops cleanly, prints what it found and exits 3. */
  interrupted: 3,
  /** A bug in cubecheck (never the answer to bad input). */
  internal: 70,
} as const;
