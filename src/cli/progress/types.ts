/**
 * Progress as data: what an engine's hook reports, translated by the command into one shape.
 * Rates and times are floating point, for display only; they decide nothing.
 */
export interface ProgressData {
  readonly done: number;
  /** The whole run, when known. */
  readonly total: number | null;
  /** Units per second; computed by the reporter from its own clock when absent. */
  readonly rate?: number;
  /** Seconds left; estimated from the rate when absent and the total is known. */
  readonly etaSeconds?: number | null;
  /** A short extra, e.g. the best objective so far. */
  readonly detail?: string;
}

/** off: nothing; live: one line rewritten in place (a terminal); lines: a line every few seconds; json: JSON lines. */
export type ProgressMode = 'off' | 'live' | 'lines' | 'json';

/** One resolved sample, what the formatters print. */
export interface ProgressSample {
  readonly task: string;
  readonly unit: string;
  readonly done: number;
  readonly total: number | null;
  readonly rate: number;
  readonly etaSeconds: number | null;
  readonly elapsedSeconds: number;
  readonly detail?: string;
}
