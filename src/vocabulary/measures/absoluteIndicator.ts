/**
 * Absolute indicator (docs/math.md, "### absoluteIndicator"): Delta_f = max over a != 0 of
 * |r_f(a)| (0 when n = 0), with the least mask attaining it.
 */
import { setElements } from '../../core/cube.js';
import { autocorrelationOfBoolean, type Table } from '../../core/measures/table.js';

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
