/**
 * The one interface through which the checker runs user code (a property's predicate and its
 * census form): exhaustive, random and census runs call only this. Two implementations: the
 * sandbox worker (host.ts, for property modules loaded from files) and in process (inProcess.ts,
 * for property objects handed to runProperty). Both decode every case afresh from its encoding.
 */
import type { Cell } from '../../census/index.js';

/** Defaults, documented in the README and `check --help`. */
export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MEMORY_MB = 1024;
/** Loading a module may take the time limit or this, whichever is longer (tsx compiles it first). */
export const LOAD_TIMEOUT_MS = 60_000;
/** Cases per message to the worker in exhaustive runs. */
export const BATCH = 4096;

export interface CaseEvaluator {
  /**
   * The predicate on `count` cases, given as their encodings, k per case in declaration order.
   * Returns 1 (true) or 0 per case for the evaluated prefix: it stops after the first answer equal
   * to stopOn, when not null. Throws a PredicateError (bad property, exit 2) or an
   * EvaluationStopped (time or memory limit, interrupt: inconclusive).
   */
  cases(flat: readonly string[], count: number, stopOn: boolean | null): Promise<Uint8Array>;
  /** The census form's holds(cell) on each cell, 1 or 0 each. Same errors. */
  cells(cells: readonly Cell[]): Promise<Uint8Array>;
  /** Ends the worker, if any. Idempotent. */
  close(): Promise<void>;
}

export type StopCause = 'timeout' | 'memory' | 'aborted';

/** User code was stopped: the run is inconclusive. `detail` says why in one line. */
export class EvaluationStopped extends Error {
  constructor(
    readonly kind: StopCause,
    readonly detail: string,
    /** The answers of the stopped request's cases evaluated before the stop (in order). */
    readonly partial: Uint8Array = new Uint8Array(0),
  ) {
    super(detail);
  }
}

/** The limits of a sandboxed run. */
export interface SandboxLimits {
  /** Longest time one case (or one batch of census cells) may take; loading gets at least LOAD_TIMEOUT_MS. */
  readonly timeoutMs: number;
  /** The worker's heap limit (resourceLimits.maxOldGenerationSizeMb). */
  readonly memoryMb: number;
}
