/** The catalogue run's summary table: one row per claim. */
import type { CheckResult } from '../../check/types.js';
import { grouped } from './numbers.js';

export interface SummaryRow {
  readonly result: CheckResult;
  /** Whether the verdict is what the status leads one to expect (a theorem that holds, ...). */
  readonly expected: boolean;
}

const HEADERS = ['id', 'status', 'n', 'mode', 'cases', 'verdict', 'ms'] as const;

export function summaryTable(rows: readonly SummaryRow[]): string {
  const cells = rows.map(({ result: r, expected }) => [
    r.property,
    r.status,
    String(r.scope.n),
    r.mode,
    grouped(r.cases),
    expected ? r.verdict : `${r.verdict} (!)`,
    grouped(r.elapsedMs),
  ]);
  const widths = HEADERS.map((h, k) => Math.max(h.length, ...cells.map((c) => c[k]!.length)));
  const right = new Set([2, 4, 6]);
  const line = (c: readonly string[]): string => c.map((s, k) => (right.has(k) ? s.padStart(widths[k]!) : s.padEnd(widths[k]!))).join('  ').trimEnd();
  return `${[line(HEADERS), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n')}\n`;
}
