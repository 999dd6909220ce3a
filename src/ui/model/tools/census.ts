/** The census tool: the form read into census options, the outcome as a table with bars. */
import type { CensusOutcome } from '../../../census/census.js';
import type { CensusCounts } from '../../../census/counts.js';
import { isComplete } from '../../../census/documents.js';
import { totalLength } from '../../../census/intervals.js';
import { MAX_CENSUS_N } from '../../../census/layout.js';
import { type Measure, MEASURES, isMeasure } from '../../../census/measures.js';
import { grouped } from '../../../report/check/numbers.js';
import { type PanelRow, text } from '../panel.js';
import { countBars } from './bars.js';
import type { ToolOutcome } from './spec.js';

export interface CensusForm {
  readonly n: number;
  readonly measures: readonly Measure[];
}

export function readCensusForm(v: ReadonlyMap<string, string>): { ok: true; value: CensusForm } | { ok: false; error: string } {
  const nText = v.get('n') ?? '';
  const n = Number(nText);
  if (!/^\d+$/.test(nText) || n > MAX_CENSUS_N) return { ok: false, error: `n must be a whole number in 0..${MAX_CENSUS_N}` };
  const mText = v.get('measures') ?? '';
  const names = mText === '' ? [...MEASURES] : mText.split(',').map((m) => m.trim());
  const bad = names.find((m) => !isMeasure(m));
  if (bad !== undefined) return { ok: false, error: `unknown census measure '${bad}' (known: ${MEASURES.join(', ')})` };
  return { ok: true, value: { n, measures: names as Measure[] } };
}

function countRows(counts: CensusCounts): PanelRow[] {
  const rows: PanelRow[] = [];
  for (const [m, table] of counts.marginals) {
    const entries = [...table].map(([k, c]) => [k === 'null' ? 'none' : k, c] as const);
    const width = Math.max(6, ...entries.map(([k]) => k.length));
    rows.push(text(''), text(`${m}: value, functions`));
    rows.push(...countBars(entries, width));
  }
  return rows;
}

export function censusOutcome(o: CensusOutcome): ToolOutcome {
  const p = o.partial;
  const n = p.spec.n;
  const size = p.range[1] - p.range[0];
  const done = totalLength(p.covered);
  if (o.status === 'complete' && o.result) {
    return { kind: 'done', headline: `census of all ${grouped(o.result.total)} Boolean functions on ${n} variable${n === 1 ? '' : 's'}`, tone: 'good', rows: countRows(o.result.counts) };
  }
  const complete = isComplete(p);
  return {
    kind: 'done',
    headline: complete ? `census complete: ${grouped(done)} functions counted` : `STOPPED: ${grouped(done)} of ${grouped(size)} functions counted (the table is of those only)`,
    tone: complete ? 'good' : 'warn',
    rows: countRows(p.counts),
  };
}
