/** Timing and table helpers for the benchmarks. Times come from performance.now(), in ms. */

export interface BenchRow {
  readonly name: string;
  /** Median time in ms, or null when the row could not run (see note). */
  readonly ms: number | null;
  readonly runs: number;
  readonly note?: string;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Runs prepare() (untimed) then body() (timed), `warmup` times unrecorded and `runs` times recorded. */
export function timeRuns(prepare: () => void, body: () => void, runs: number, warmup = 2): number[] {
  const times: number[] = [];
  for (let r = 0; r < warmup + runs; r++) {
    prepare();
    const t0 = performance.now();
    body();
    const t = performance.now() - t0;
    if (r >= warmup) times.push(t);
  }
  return times;
}

export function formatMs(ms: number | null): string {
  if (ms === null) return '-';
  return ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2);
}

/** A left/right aligned plain-text table. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
