/** The views of a map C_n -> C_m: its table, the spectrum of each coordinate, its degrees. */
import { analyzeMap } from '../../analysis/mapAnalysis.js';
import { degreeProfile } from '../../core/measures/index.js';
import { formatMap } from '../../expr/format.js';
import type { BoolMap } from '../../maps/boolMap.js';
import { coordinate } from '../../maps/components.js';
import { inverse } from '../../maps/inverse.js';
import { mapText } from '../../report/mapText.js';
import type { AnalysisModel } from './functionView.js';
import { type PanelRow, text, wrapped } from './panel.js';
import { levelBars, signs } from './points.js';

/** Table rows up to this many points; per-coordinate spectra up to this many coordinates. */
const TABLE_POINTS = 256;
const SPECTRUM_COORDINATES = 24;

function tableRows(t: BoolMap, width: number): PanelRow[] {
  const rows: PanelRow[] = [...wrapped(`T = ${formatMap(t)}`, width)];
  rows.push(text(''), text(`   point  ${'x'.padEnd(2 * t.n + 1)}     T(x)`));
  const shown = Math.min(t.image.length, TABLE_POINTS);
  for (let x = 0; x < shown; x++) {
    const y = t.image[x]!;
    rows.push(text(`${String(x).padStart(8)}  ${signs(x, t.n)} -> ${String(y).padStart(4)}  ${signs(y, t.m)}`));
  }
  if (shown < t.image.length) rows.push(text(`  (... ${t.image.length - shown} more points)`));
  return rows;
}

function spectrumRows(t: BoolMap, degrees: readonly (number | null)[], name = 'T'): PanelRow[] {
  const rows: PanelRow[] = [];
  const shown = Math.min(t.m, SPECTRUM_COORDINATES);
  for (let j = 1; j <= shown; j++) {
    rows.push(text(`${name}_${j} (degree ${degrees[j - 1]}): weight by level`));
    rows.push(...levelBars(degreeProfile(coordinate(t, j)), '  W^'));
  }
  if (shown < t.m) rows.push(text(`(... ${t.m - shown} more coordinates)`));
  return rows;
}

/** A bijection's inverse: the spectrum of each of its coordinates (none for other maps). */
function inverseViews(t: BoolMap, width: number): { title: string; rows: PanelRow[] }[] {
  const inv = inverse(t);
  if (!inv.ok) return [];
  const degrees = Array.from({ length: inv.value.m }, (_, j) => degreeOf(coordinate(inv.value, j + 1)));
  return [{ title: 'Inverse spectrum', rows: [...wrapped(`T^-1 = ${formatMap(inv.value)}`, width), text(''), ...spectrumRows(inv.value, degrees, 'T^-1')] }];
}

function degreeOf(f: Parameters<typeof degreeProfile>[0]): number | null {
  const p = degreeProfile(f);
  for (let k = p.length - 1; k >= 0; k--) if (!p[k]!.isZero()) return k;
  return null;
}

export function mapModel(t: BoolMap, width: number): AnalysisModel {
  const a = analyzeMap(t);
  const kind = a.bijective ? (a.signedPermutation ? 'a signed permutation' : a.gf2Affine ? 'a GF(2)-affine bijection' : 'a bijection') : 'not a bijection';
  return {
    summary: `C_${t.n} -> C_${t.m}, ${kind}, coordinate degrees ${a.componentDegrees.join(', ')}`,
    views: [
      { title: 'Table', rows: tableRows(t, width) },
      { title: 'Spectrum', rows: spectrumRows(t, a.componentDegrees) },
      { title: 'Degrees', rows: mapText(a).trimEnd().split('\n').flatMap((l) => wrapped(l, width)) },
      ...inverseViews(t, width),
    ],
  };
}
