/**
 * Absolute indicator (docs/math.md, "### absoluteIndicator"): Delta_f = max over a != 0 of
 * |r_f(a)| (0 when n = 0), with the least mask attaining it.
 */
import { formatSet, setElements } from '../../core/cube.js';
import { AUTOCORRELATION_MAX_N, autocorrelationOfBoolean, type Table } from '../../core/measures/table.js';
import { INTEGER, defineMeasure } from '../measure.js';

export interface AbsoluteIndicator {
  readonly absoluteIndicator: number;
  readonly attainedAt: number | null;
}

export function computeAbsoluteIndicator(f: Table): AbsoluteIndicator {
  const r = autocorrelationOfBoolean(f);
  let best = 0;
  let at: number | null = null;
  for (let a = 1; a < r.length; a++) {
    const v = Math.abs(r[a]!);
    if (at === null || v > best) [best, at] = [v, a];
  }
  return { absoluteIndicator: best, attainedAt: at };
}

export function absoluteIndicatorJson(v: AbsoluteIndicator) {
  return { absoluteIndicator: v.absoluteIndicator, attainedAt: v.attainedAt === null ? null : setElements(v.attainedAt) };
}

export const absoluteIndicator = defineMeasure({
  id: 'absoluteIndicator',
  title: 'absolute indicator max_{a != 0} |r_f(a)|',
  group: 'crypto',
  input: 'boolean',
  maxN: AUTOCORRELATION_MAX_N,
  summary: 'Largest |r_f(a)| over non-zero shifts a (0 for bent functions, 2^n with a linear structure).',
  type: INTEGER,
  compute: computeAbsoluteIndicator,
  json: absoluteIndicatorJson,
  text: (v) => (v.attainedAt === null ? '0 (n = 0)' : `${v.absoluteIndicator} (at ${formatSet(v.attainedAt)})`),
  value: (v) => v.absoluteIndicator,
});
