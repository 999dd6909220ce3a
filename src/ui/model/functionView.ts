/** The views of one function: its table, its spectrum by level, its ANF and degrees. */
import { type FunctionAnalysis, analyzeFunction } from '../../analysis/functionAnalysis.js';
import { formatSet } from '../../core/cube.js';
import { type CubeFunction, valueAt } from '../../core/cubeFunction.js';
import { formatFunction } from '../../expr/format.js';
import { measureLines } from '../../report/functionText.js';
import { monomial, polynomial } from '../../report/terms.js';
import { type PanelRow, type PanelView, text, wrapped } from './panel.js';
import { levelBars, plural, signs, yesNo } from './points.js';

/** Per-point rows up to this n; coefficient listings up to this many entries. */
const POINT_ROWS_N = 6;
const LIST = 256;

function tableRows(a: FunctionAnalysis, width: number): PanelRow[] {
  const f = a.function;
  const size = 2 ** a.n;
  const rows: PanelRow[] = [];
  if (a.boolean) {
    rows.push(text('values in point order (+ is +1, - is -1):'));
    for (let start = 0; start < Math.min(size, 32 * 64); start += 32) {
      const groups: string[] = [];
      for (let g = start; g < Math.min(size, start + 32); g += 8) {
        let s = '';
        for (let i = g; i < Math.min(size, g + 8); i++) s += Number(f.numerators[i]) < 0 ? '-' : '+';
        groups.push(s);
      }
      rows.push(text(`${String(start).padStart(6)}: ${groups.join(' ')}`));
    }
  } else {
    const shown = Array.from({ length: Math.min(size, LIST) }, (_, i) => valueAt(f, i).toString()).join(', ');
    rows.push(...wrapped(`values in point order: ${shown}${size > LIST ? `, ... (${size - LIST} more)` : ''}`, width));
  }
  if (a.n <= POINT_ROWS_N) {
    rows.push(text(''), text(`   point  ${'x'.padEnd(2 * a.n + 1)}  f(x)`));
    for (let i = 0; i < size; i++) rows.push(text(`${String(i).padStart(8)}  ${signs(i, a.n)}  ${valueAt(f, i).toString()}`));
  }
  return rows;
}

function spectrumRows(a: FunctionAnalysis): PanelRow[] {
  const rows: PanelRow[] = [...levelBars(a.degreeProfile)];
  const total = a.degreeProfile.reduce((s, w) => s.add(w));
  rows.push(text(`total weight ${total.toString()}${a.boolean ? ' (Parseval: 1 for a Boolean function)' : ''}`, 'muted'));
  rows.push(text(''), text(`non-zero coefficients (${a.sparsity}):`));
  for (const c of a.coefficients.slice(0, LIST)) rows.push(text(`  fhat(${formatSet(c.set)}) = ${c.coefficient.toString()}`));
  if (a.coefficients.length > LIST) rows.push(text(`  (... ${a.coefficients.length - LIST} more)`));
  return rows;
}

function anfRows(a: FunctionAnalysis, width: number): PanelRow[] {
  const rows: PanelRow[] = [
    text(`Fourier degree: ${a.degree ?? 'undefined (f = 0)'}`),
    text(`GF(2) degree: ${a.boolean ? (a.gf2Degree ?? 'undefined (F = 0)') : 'n/a (not Boolean)'}`),
    text(`relevant variables: ${a.relevantVariables.length ? a.relevantVariables.map((i) => `x${i}`).join(' ') : '(none)'}`),
    text(`balanced: ${yesNo(a.balanced)}, bent: ${yesNo(a.bent)}, sparsity: ${a.sparsity}`),
    text(`total influence: ${a.totalInfluence.toString()}`),
  ];
  const shown = a.coefficients.slice(0, LIST);
  rows.push(...wrapped(`f = ${polynomial(shown)}${a.coefficients.length > LIST ? ' + ...' : ''}`, width));
  if (a.anf) {
    const monomials = a.anf.slice(0, LIST).map((T) => monomial(T, 'b'));
    const anfText = a.anf.length === 0 ? '0' : monomials.join(' + ') + (a.anf.length > LIST ? ' + ...' : '');
    rows.push(...wrapped(`ANF: F = ${anfText}`, width));
    rows.push(text('  (mod 2, F = (1 - f)/2, b_i = (1 - x_i)/2)', 'muted'));
  }
  rows.push(...wrapped(`as a literal: ${formatFunction(a.function)}`, width));
  return rows;
}

export interface AnalysisModel {
  /** One line: n, Boolean or not, degrees. */
  readonly summary: string;
  readonly views: readonly PanelView[];
}

/** The summary and the three views of f (one analysis), rows wrapped to `width`. */
export function functionModel(f: CubeFunction, width: number): AnalysisModel {
  const a = analyzeFunction(f);
  const kind = a.boolean ? 'Boolean' : 'real-valued';
  const gf2 = a.boolean ? `, GF(2) degree ${a.gf2Degree ?? 'undefined'}` : '';
  return {
    summary: `n = ${a.n}, ${kind}, ${plural(a.sparsity, 'non-zero coefficient')}, degree ${a.degree ?? 'undefined'}${gf2}`,
    views: [
      { title: 'Table', rows: tableRows(a, width) },
      { title: 'Spectrum', rows: spectrumRows(a) },
      // every registered measure (src/vocabulary/measures), grouped as analyze prints them
      { title: 'Measures', rows: measureLines(a).slice(1).flatMap((line) => wrapped(line, width)) },
      { title: 'ANF & degrees', rows: anfRows(a, width) },
    ],
  };
}
