/**
 * The heartbeat the sandbox worker writes and the host watches: two shared 32-bit counters, the id
 * of the request the worker is on and how many of its cases it has answered. The host reads how far
 * a request got (for partial answers and messages) and how long the counters have stood still, which
 * is what the time limit measures: a case that makes no progress for longer than the limit stops
 * the run, however long the whole request takes.
 */
export class Heartbeat {
  /** Shared with the worker (workerData.heartbeat): [request id, cases answered]. */
  readonly buffer = new SharedArrayBuffer(8);
  private readonly beat = new Int32Array(this.buffer);
  private last = '';
  private lastAt = 0;

  /** Cases of request `id` the worker has answered, at most `max` (0 while it is on another request). */
  answered(id: number, max: number): number {
    return Atomics.load(this.beat, 0) !== id ? 0 : Math.max(0, Math.min(Atomics.load(this.beat, 1), max));
  }

  /** Starts the stall clock afresh (the worker started, or a request was sent). */
  restart(now: number = performance.now()): void {
    this.lastAt = now;
  }

  /** How long, at `now`, the counters have stood still: 0 when they changed since the last look. */
  stalledMs(now: number): number {
    const b = `${Atomics.load(this.beat, 0)}:${Atomics.load(this.beat, 1)}`;
    if (b === this.last) return now - this.lastAt;
    this.last = b;
    this.lastAt = now;
    return 0;
  }
}
