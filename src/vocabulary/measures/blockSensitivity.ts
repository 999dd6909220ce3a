/**
 * Block sensitivity (docs/math.md, "### blockSensitivity"): bs(f, x) is the largest number of
 * pairwise disjoint blocks B (non-empty sets of variables) with f(x^B) != f(x), x^B flipping
 * every variable of B; bs(f) = max_x bs(f, x), bs0 / bs1 over f(x) = +1 / -1 (0 over no points).
 *
 * Exact, by dynamic programming per point: g(U) = the most disjoint sensitive blocks inside U.
 * The lowest variable of U is either in no chosen block (g(U minus it)) or in exactly one block
 * B, a subset of U containing it (1 + g(U minus B)). Per point that visits each pair (B, U) with
 * B a subset of U once: 3^n / 2 steps, so 6^n / 2 in all (n = 10: 3 * 10^7).
 */
import type { Table } from '../../core/measures/table.js';
import { INTEGER, defineMeasure } from '../measure.js';

/** Hard limit (6^12 / 2 = 1.1 * 10^9 steps) and analyze's default limit. */
export const BLOCK_SENSITIVITY_MAX_N = 12;
export const BLOCK_SENSITIVITY_DEFAULT_N = 10;

export interface BlockSensitivity {
  readonly bs: number;
  readonly bs0: number;
  readonly bs1: number;
  readonly atPoint: Uint8Array;
}

export function blockSensitivityAt(f: Table, x: number, g: Uint8Array): number {
  const { values } = f;
  const v = values[x]!;
  const size = values.length;
  g[0] = 0;
  for (let u = 1; u < size; u++) {
    const low = u & -u;
    const rest = u ^ low;
    let best = g[rest]!;
    // Every subset sub of rest, including rest itself and the empty set: B = sub | low.
    for (let sub = rest; ; sub = (sub - 1) & rest) {
      const b = sub | low;
      if (values[x ^ b] !== v) {
        const cand = 1 + g[u ^ b]!;
        if (cand > best) best = cand;
      }
      if (sub === 0) break;
    }
    g[u] = best;
  }
  return g[size - 1]!;
}

export function computeBlockSensitivity(f: Table): BlockSensitivity {
  if (f.n > BLOCK_SENSITIVITY_MAX_N) {
    throw new RangeError(`block sensitivity supports n <= ${BLOCK_SENSITIVITY_MAX_N} (6^n / 2 steps), got ${f.n}`);
  }
  const size = f.values.length;
  const atPoint = new Uint8Array(size);
  const g = new Uint8Array(size);
  let bs0 = 0;
  let bs1 = 0;
  for (let x = 0; x < size; x++) {
    const k = blockSensitivityAt(f, x, g);
    atPoint[x] = k;
    if (f.values[x] === 1) bs0 = Math.max(bs0, k);
    else bs1 = Math.max(bs1, k);
  }
  return { bs: Math.max(bs0, bs1), bs0, bs1, atPoint };
}

export function blockSensitivityJson(v: BlockSensitivity) {
  return { bs: v.bs, bs0: v.bs0, bs1: v.bs1, atPoint: Array.from(v.atPoint) };
}

export function blockSensitivityText(v: BlockSensitivity): string {
  return `${v.bs} (bs0 ${v.bs0}, bs1 ${v.bs1})`;
}

export const blockSensitivity = defineMeasure({
  id: 'blockSensitivity',
  title: 'block sensitivity bs(f)',
  group: 'complexity',
  input: 'boolean',
  maxN: BLOCK_SENSITIVITY_DEFAULT_N,
  summary: 'Largest number of disjoint blocks of variables whose flip changes f at one point; bs0, bs1, every point.',
  type: INTEGER,
  compute: computeBlockSensitivity,
  json: blockSensitivityJson,
  text: blockSensitivityText,
  value: (v) => v.bs,
});
