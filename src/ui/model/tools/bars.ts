/** Bar rows of exact counts: the printed value is exact; only the bar's length is a float. */
import { grouped } from '../../../report/check/numbers.js';
import { type PanelRow, bar } from '../panel.js';

/** One bar per (label, count), scaled to the largest count. */
export function countBars(entries: readonly (readonly [string, bigint])[], labelWidth = 6): PanelRow[] {
  const max = entries.reduce((m, [, c]) => (c > m ? c : m), 0n);
  return entries.map(([label, count]) => bar(label.padEnd(labelWidth), max === 0n ? 0 : ratio(count, max), grouped(count)));
}

/** count / max as a display float, exact to about 1e-9 also for counts beyond 2^53. */
function ratio(count: bigint, max: bigint): number {
  return Number((count * 1_000_000_000n) / max) / 1e9;
}
