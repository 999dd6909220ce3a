/**
 * Keeps long runs cooperative: every so often (by wall time) the runner reports progress and
 * yields to the event loop, so a UI stays responsive and an abort signal (Ctrl-C) is seen.
 * Timing only decides when to pause, never what is computed.
 */
import type { Progress, RunHooks } from './types.js';

/** Pause at most this often. */
const INTERVAL_MS = 40;

export class Pacer {
  private readonly start = performance.now();
  private last = this.start;

  constructor(
    private readonly hooks: RunHooks,
    private readonly total: number | null,
  ) {}

  get aborted(): boolean {
    return this.hooks.signal?.aborted === true;
  }

  /** Whether a pause is due (cheap enough to call every few hundred cases). */
  due(): boolean {
    return performance.now() - this.last >= INTERVAL_MS;
  }

  elapsedMs(): number {
    return Math.round(performance.now() - this.start);
  }

  progress(done: number): Progress {
    const seconds = (performance.now() - this.start) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const etaMs = this.total === null || rate === 0 ? null : Math.max(0, ((this.total - done) / rate) * 1000);
    return { done, total: this.total, rate, etaMs };
  }

  /** Reports progress and yields to the event loop. */
  async pause(done: number): Promise<void> {
    this.hooks.onProgress?.(this.progress(done));
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.last = performance.now();
  }
}
