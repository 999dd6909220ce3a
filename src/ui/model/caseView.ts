/** The variables of a counterexample or witness, each with its views. */
import type { Case, CheckScope } from '../../check/types.js';
import type { CubeMap, Fn, PointSet, Value } from '../../claim/values.js';
import { fromInt32 } from '../../core/cubeFunction.js';
import { makeMap } from '../../maps/boolMap.js';
import type { VariableView } from '../state/types.js';
import { functionModel } from './functionView.js';
import { mapModel } from './mapView.js';
import { type PanelView, text } from './panel.js';
import { signs } from './points.js';

function pointsView(s: PointSet): PanelView {
  const rows = [text(`${s.points.length} of ${2 ** s.n} points of C_${s.n}`)];
  for (const p of s.points.slice(0, 256)) rows.push(text(`${String(p).padStart(8)}  ${signs(p, s.n)}`));
  if (s.points.length > 256) rows.push(text(`  (... ${s.points.length - 256} more)`));
  return { title: 'Points', rows };
}

function viewsOf(value: Value, width: number): { summary: string; views: readonly PanelView[] } {
  if ('values' in value) {
    const f = value as Fn;
    return functionModel(fromInt32(f.n, Int32Array.from(f.values)), width);
  }
  if ('image' in value) {
    const t = value as CubeMap;
    return mapModel(makeMap(t.n, t.m, Uint32Array.from(t.image)), width);
  }
  const s = value as PointSet;
  return { summary: `a subset of C_${s.n}`, views: [pointsView(s)] };
}

export function caseViews(c: Case, scope: CheckScope, width: number): VariableView[] {
  return scope.variables.map((v) => {
    const value = c.values[v.name]!;
    const { summary, views } = viewsOf(value, width);
    return { name: v.name, notation: c.encoded[v.name] ?? '?', summary, views };
  });
}
