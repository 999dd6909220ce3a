/**
 * The interpolate tool: the min-degree interpolator (docs/math.md) of a function's values on a
 * support, and for Boolean data the least GF(2) degree of a Boolean extension. Pure: it parses,
 * computes exactly (small n) and returns rows; the controller calls it off the render path.
 */
import { type CubeFunction, isBoolean, toRationals, valueAt } from '../../../core/cubeFunction.js';
import { leastGf2Extension } from '../../../core/interpolate/gf2Extension.js';
import { minDegreeInterpolator } from '../../../core/interpolate/minDegree.js';
import { nonZeroCoefficients } from '../../../core/measures/index.js';
import { formatFunction } from '../../../expr/format.js';
import { parseFunction } from '../../../expr/index.js';
import { parseSupport } from '../../../expr/supportSpec.js';
import { polynomial } from '../../../report/terms.js';
import { type PanelRow, text, wrapped } from '../panel.js';
import { levelBars } from '../points.js';
import type { ToolOutcome } from './spec.js';

/** Exact elimination over 2^n unknowns: kept small (as the CLI's interpolate). */
export const MAX_UI_INTERPOLATE_N = 7;

export function interpolateOutcome(v: ReadonlyMap<string, string>, width: number): ToolOutcome {
  const parsed = parseFunction(v.get('function') ?? '');
  if (!parsed.ok) return { kind: 'error', message: `function: ${parsed.error.message}` };
  const f: CubeFunction = parsed.value;
  if (f.n > MAX_UI_INTERPOLATE_N) return { kind: 'error', message: `interpolate supports n <= ${MAX_UI_INTERPOLATE_N}, got n = ${f.n}` };
  let support: readonly number[];
  try {
    support = parseSupport(v.get('support') ?? '', f.n) ?? Array.from({ length: 2 ** f.n }, (_, i) => i);
  } catch (e) {
    return { kind: 'error', message: `support: ${e instanceof Error ? e.message : String(e)}` };
  }
  const size = 2 ** f.n;
  const values = support.map((p) => valueAt(f, p));
  const g = minDegreeInterpolator(f.n, support, values);
  const gf2 = isBoolean(f) ? leastGf2Extension(f.n, support, values.map((x) => x.toSafeInteger())) : null;
  const inU = new Set(support);
  const rows: PanelRow[] = [
    ...wrapped(`data: ${Array.from({ length: size }, (_, x) => (inU.has(x) ? valueAt(f, x).toString() : '.')).join(' ')}  ('.' unseen)`, width),
    ...wrapped(`g:    ${toRationals(g.fn).map(String).join(' ')}`, width),
    ...wrapped(`      ${formatFunction(g.fn)}`, width),
    ...wrapped(`g = ${polynomial(nonZeroCoefficients(g.spectrum))}`, width),
    text(`degree: ${g.degree ?? 'undefined (g = 0)'}`),
  ];
  if (gf2) rows.push(...wrapped(`least GF(2) degree of a Boolean extension: ${gf2.degree ?? 'undefined (the data are all +1)'}, e.g. ${formatFunction(gf2.fn)}`, width));
  rows.push(text(''), text('weight of g by level (exact):'));
  rows.push(...levelBars(g.profile));
  return { kind: 'done', headline: `min-degree interpolator on ${support.length} of ${size} points: degree ${g.degree ?? 'undefined'}`, tone: 'good', rows };
}
