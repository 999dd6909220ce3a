/**
 * Correlation immunity (docs/math.md, "### correlationImmunity"): the largest m <= n such that
 * W_f(a) = 0 for every a with 1 <= |a| <= m (Xiao-Massey). Constants have order n.
 */
import { popcount } from '../../core/cube.js';
import { type Table, walshOfBoolean } from '../../core/measures/table.js';
import { INTEGER, defineMeasure } from '../measure.js';

/** Largest m with W(a) = 0 for all from <= |a| <= m, given m <= n; from - 1 when it fails at once. */
export function walshZeroOrder(w: Int32Array, n: number, from: number): number {
  let lowestNonZero = n + 1;
  for (let a = 0; a < w.length; a++) {
    const k = popcount(a);
    if (k >= from && w[a] !== 0 && k < lowestNonZero) lowestNonZero = k;
  }
  return lowestNonZero - 1;
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
