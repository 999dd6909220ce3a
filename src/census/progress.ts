/**
 * Progress of a census: functions done (including those of a resumed checkpoint), the total of
 * the slice, the rate of this session and the estimated time left. Rate and time are floating
 * point: they are for display only and decide nothing.
 */

export interface CensusProgress {
  readonly done: number;
  readonly total: number;
  /** Functions per second in this session. */
  readonly rate: number;
  /** Seconds left at that rate; null before any rate is known. */
  readonly etaSeconds: number | null;
}

export class ProgressMeter {
  private readonly started = Date.now();
  private settledCount = 0;

  constructor(
    private readonly total: number,
    private readonly already: number,
    private readonly report?: (p: CensusProgress) => void,
  ) {}

  /** A slice finished: `count` functions move from in flight to settled (reported by the next inFlight). */
  settled(count: number): void {
    this.settledCount += count;
  }

  inFlight(count: number): void {
    if (!this.report) return;
    const session = this.settledCount + count;
    const done = this.already + session;
    const seconds = (Date.now() - this.started) / 1000;
    const rate = seconds > 0 ? session / seconds : 0;
    this.report({ done, total: this.total, rate, etaSeconds: rate > 0 ? (this.total - done) / rate : null });
  }
}
