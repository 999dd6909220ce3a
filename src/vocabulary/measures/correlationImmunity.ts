/**
 * Correlation immunity (docs/math.md, "### correlationImmunity"): the largest m <= n such that
 * W_f(a) = 0 for every a with 1 <= |a| <= m (Xiao-Massey). Constants have order n.
 */
import { popcount } from '../../core/cube.js';
import { type Table, walshOfBoolean } from '../../core/measures/table.js';
import { INTEGER, defineMeasure } from '../measure.js';

/** The least |a| >= 1 with W(a) != 0, or n + 1 when there is none; one pass per transform. */
function lowestNonZeroLevel(w: Int32Array, n: number): number {
  const known = lowest.get(w);
  if (known !== undefined) return known;
  let level = n + 1;
  for (let a = 1; a < w.length; a++) {
    if (w[a] === 0) continue;
    const k = popcount(a);
    if (k < level) level = k;
    if (level === 1) break;
  }
  lowest.set(w, level);
  return level;
}
const lowest = new WeakMap<Int32Array, number>();

/** Largest m <= n with W(a) = 0 for all from <= |a| <= m (from 0 or 1); from - 1 when none. */
export function walshZeroOrder(w: Int32Array, n: number, from: 0 | 1): number {
  if (from === 0 && w[0] !== 0) return -1;
  return lowestNonZeroLevel(w, n) - 1;
}

export const computeCorrelationImmunity = (f: Table): number => walshZeroOrder(walshOfBoolean(f), f.n, 1);

export const correlationImmunityJson = (order: number) => ({ order });

export const correlationImmunity = defineMeasure({
  id: 'correlationImmunity',
  title: 'correlation immunity order',
  group: 'crypto',
  input: 'boolean',
  summary: 'Largest m with W_f(a) = 0 for all 1 <= |a| <= m (n for constants).',
  type: INTEGER,
  compute: computeCorrelationImmunity,
  json: correlationImmunityJson,
  text: (m) => String(m),
  value: (m) => m,
});
