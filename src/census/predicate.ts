/**
 * Exhaustive checks of claims about the census measures on all n-variable Boolean functions,
 * through the fast engine: a full joint census, then the predicate on every non-empty cell.
 * Example (docs/math.md T10 at n = 5): holds = (c) => c.degree === null || c.degree > 2 || c.relevant <= 4.
 */
import { type CensusOptions, runCensus } from './census.js';
import type { Cell } from './histogram.js';
import { MEASURES } from './measures.js';

export interface CellCheck {
  /** Functions examined (2^(2^n) when complete). */
  readonly checked: bigint;
  readonly complete: boolean;
  /** Functions in cells where the predicate fails. */
  readonly violations: bigint;
  readonly failingCells: readonly { readonly cell: Cell; readonly count: bigint }[];
}

export async function checkCells(
  holds: (c: Cell) => boolean,
  options: Omit<CensusOptions, 'measures' | 'joint' | 'shard'>,
): Promise<CellCheck> {
  const out = await runCensus({ ...options, measures: MEASURES, joint: true });
  const rows = out.partial.counts.joint ?? [];
  const failingCells: { cell: Cell; count: bigint }[] = [];
  let checked = 0n;
  let violations = 0n;
  for (const r of rows) {
    const [degree, gf2Degree, relevant, balanced, bent] = r.values as [number | null, number | null, number, boolean, boolean];
    const cell: Cell = { degree, gf2Degree, relevant, balanced, bent };
    checked += r.count;
    if (!holds(cell)) {
      violations += r.count;
      failingCells.push({ cell, count: r.count });
    }
  }
  return { checked, complete: out.status === 'complete', violations, failingCells };
}
