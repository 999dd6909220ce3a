/** The value, JSON, text summary and claim value shared by the four table measures. */
import type { IndexedValue } from '../measure.js';
import { tableRows } from './tables.js';

export interface MapTable {
  readonly n: number;
  readonly m: number;
  /** Cell (a, b) at a * 2^m + b. */
  readonly cells: Int32Array;
}

export const tableJson = (v: MapTable): number[][] => tableRows(v.n, v.m, v.cells);

export const tableValue = (v: MapTable): IndexedValue => ({ over: 'cell', entries: Array.from(v.cells) });

/**
 * "16 x 16; rows a != 0, columns b != 0: max 4, entries 0 x150, 2 x80, 4 x6" (the trivial row
 * and column are left out of the summary: they are fixed by n, m and bijectivity).
 */
export function tableText(v: MapTable, absolute = false): string {
  const cols = 2 ** v.m;
  const counts = new Map<number, number>();
  let max: number | null = null;
  for (let a = 1; a < 2 ** v.n; a++) {
    for (let b = 1; b < cols; b++) {
      const e = v.cells[a * cols + b]!;
      counts.set(e, (counts.get(e) ?? 0) + 1);
      const s = absolute ? Math.abs(e) : e;
      if (max === null || s > max) max = s;
    }
  }
  const hist = [...counts.entries()].sort((p, q) => p[0] - q[0]).map(([e, c]) => `${e} x${c}`).join(', ');
  const dims = `${2 ** v.n} x ${cols}`;
  return max === null ? `${dims} (no cell with a != 0 and b != 0)` : `${dims}; cells a != 0, b != 0: ${absolute ? 'max |entry|' : 'max'} ${max}; entries ${hist}`;
}
