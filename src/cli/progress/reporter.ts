/**
 * The one progress reporter of the CLI: engines emit ProgressData through their hooks, the
 * reporter rate-limits it and writes it to stderr as the mode says. Live mode rewrites one line
 * (at most 5 times a second) and erases it at the end; lines and json write at most one line per
 * interval (default 5 s) and always a last one at the end, so a log (Slurm, `2> file`) shows
 * how far a run got and how fast.
 */
import { progressJson, progressText } from './format.js';
import type { ProgressData, ProgressMode, ProgressSample } from './types.js';

export interface ProgressReporter {
  readonly active: boolean;
  update(p: ProgressData): void;
  /**
   * The run ended (done, interrupted or failed): erase the live line, or write the last line,
   * with `final` when given (the counts at the end), else the last update.
   */
  end(final?: { readonly done: number; readonly total?: number | null }): void;
}

export interface ReporterOptions {
  readonly mode: ProgressMode;
  readonly write: (text: string) => void;
  /** What runs, e.g. the claim id or the command name. */
  readonly task: string;
  /** What is counted: cases, functions, evaluations, samples, certificates. */
  readonly unit: string;
  /** Milliseconds; Date.now by default (tests pass a fake clock). */
  readonly now?: () => number;
  /** Minimum milliseconds between two lines in lines / json mode (default 5000; live: 200). */
  readonly intervalMs?: number;
}

const LIVE_INTERVAL_MS = 200;
const LINES_INTERVAL_MS = 5000;

export const NO_PROGRESS: ProgressReporter = { active: false, update: () => {}, end: () => {} };

export function createReporter(o: ReporterOptions): ProgressReporter {
  if (o.mode === 'off') return NO_PROGRESS;
  const now = o.now ?? Date.now;
  const interval = o.intervalMs ?? (o.mode === 'live' ? LIVE_INTERVAL_MS : LINES_INTERVAL_MS);
  const start = now();
  let lastWrite = start;
  let latest: ProgressSample | null = null;
  let latestData: ProgressData | null = null;
  let shown = false;
  let ended = false;

  const sample = (p: ProgressData): ProgressSample => {
    const elapsedSeconds = Math.max(0, (now() - start) / 1000);
    const rate = p.rate ?? (elapsedSeconds > 0 ? p.done / elapsedSeconds : 0);
    const etaSeconds = p.etaSeconds !== undefined ? p.etaSeconds : p.total !== null && rate > 0 ? Math.max(0, (p.total - p.done) / rate) : null;
    return { task: o.task, unit: o.unit, done: p.done, total: p.total, rate, etaSeconds, elapsedSeconds, ...(p.detail ? { detail: p.detail } : {}) };
  };

  const emit = (s: ProgressSample, event: 'progress' | 'end'): void => {
    if (o.mode === 'json') o.write(progressJson(s, event));
    else if (o.mode === 'live') o.write(`\r\x1b[K${progressText(s)}`);
    else o.write(`${progressText(s)}\n`);
    shown = true;
  };

  return {
    active: true,
    update(p) {
      if (ended) return;
      latestData = p;
      latest = sample(p);
      const t = now();
      if (t - lastWrite < interval) return;
      lastWrite = t;
      emit(latest, 'progress');
    },
    end(final) {
      if (ended) return;
      ended = true;
      if (final !== undefined) {
        // the counts at the end, at this run's average rate; nothing is left
        const total = final.total !== undefined ? final.total : (latestData?.total ?? null);
        latest = sample({ done: final.done, total, etaSeconds: null, ...(latestData?.detail ? { detail: latestData.detail } : {}) });
      }
      if (o.mode === 'live') {
        if (shown) o.write('\r\x1b[K');
        return;
      }
      if (latest !== null) emit(latest, 'end');
    },
  };
}
