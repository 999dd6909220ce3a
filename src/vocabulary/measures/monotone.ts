/**
 * Monotone (docs/math.md, "### monotone"), increasing in the reading -1 = true: turning any input
 * from +1 (false) to -1 (true) never turns the output from -1 (true) to +1 (false). On point
 * indices: F(x) <= F(x | 2^i) for every x and i, with F = (1 - f)/2. AND, OR, majority and the
 * dictator x_i (F = b_i) are monotone; -x_i and parities of two or more variables are not.
 */
import { directions } from '../../core/measures/directions.js';
import type { Table } from '../../core/measures/table.js';
import { BOOLEAN, defineMeasure } from '../measure.js';

export interface Monotone {
  readonly monotone: boolean;
  /** The first (point, 1-based variable) in point order, then variable order, where setting that
   * variable to -1 turns f from -1 to +1; null when f is monotone. */
  readonly violation: { readonly point: number; readonly variable: number } | null;
}

export function computeMonotone(f: Table): Monotone {
  const { n, values } = f;
  // Monotone exactly when no variable ever turns f from -1 to +1 (bit-packed, shared with unate);
  // only a function that is not gets the scan for its first violation.
  if (!directions(values).down.some((d) => d)) return { monotone: true, violation: null };
  for (let x = 0; x < values.length; x++) {
    if (values[x] !== -1) continue;
    for (let i = 0; i < n; i++) {
      if ((x >>> i) & 1) continue;
      if (values[x | (1 << i)] === 1) return { monotone: false, violation: { point: x, variable: i + 1 } };
    }
  }
  throw new Error('internal: the packed directions found a violation the scan did not');
}

export const monotone = defineMeasure({
  id: 'monotone',
  title: 'monotone (increasing, -1 = true)',
  group: 'structure',
  input: 'boolean',
  summary: 'Setting an input to -1 (true) never turns the output from -1 (true) to +1; JSON names a violation.',
  type: BOOLEAN,
  compute: computeMonotone,
  json: (v) => ({ monotone: v.monotone, violation: v.violation && { point: v.violation.point, variable: v.violation.variable } }),
  text: (v) => (v.monotone ? 'yes' : `no (at point ${v.violation!.point}, setting x${v.violation!.variable} = -1 turns f from -1 to +1)`),
  value: (v) => v.monotone,
});
