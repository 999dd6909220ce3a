/** Text and JSON of `census --classes` (src/equivalence/classCensus.ts, burnside.ts). */
import { valuesOf } from '../equivalence/affineElement.js';
import type { ClassRow } from '../equivalence/classCensus.js';
import { tableText } from './canonText.js';

export interface ClassCensusReport {
  readonly n: number;
  readonly group: string;
  readonly groupOrder: bigint;
  readonly classes: bigint;
  /** How the count was obtained. */
  readonly method: 'orbits' | 'burnside';
  /** Null when the classes are counted but not listed (n = 5). */
  readonly rows: readonly ClassRow[] | null;
}

const range = (d: ClassRow['degree']): string => (d.min === d.max ? String(d.min ?? '-') : `${d.min ?? '-'}..${d.max ?? '-'}`);

export function classCensusText(r: ClassCensusReport): string {
  const head = `classes of Boolean functions of n = ${r.n} variables under ${r.group} (${r.groupOrder} elements): ${r.classes}${r.method === 'burnside' ? " (Burnside's lemma)" : ' (orbit enumeration)'}\n`;
  if (r.rows === null) return `${head}the classes are counted, not listed, at n = ${r.n}; class tables need n <= 4\n`;
  const lines = r.rows.map((row, i) => [String(i + 1), tableText(r.n, valuesOf(row.representative, r.n)), String(row.size), range(row.degree), String(row.gf2Degree ?? '-'), String(row.nonlinearity)]);
  const header = ['#', 'representative', 'size', 'degree', 'gf2Degree', 'nonlinearity'];
  const widths = header.map((h, c) => Math.max(h.length, ...lines.map((l) => l[c]!.length)));
  const fmt = (cells: readonly string[]): string => cells.map((s, c) => (c === 1 ? s.padEnd(widths[c]!) : s.padStart(widths[c]!))).join('  ').trimEnd();
  const note = r.group === 'np' || r.group === 'npn' ? '' : 'degree: the range of the Fourier degree over the class (not an affine invariant); gf2Degree and nonlinearity: of the representative (class invariants, but under ea the class of affine functions mixes gf2 degrees -, 0 and 1)\n';
  return `${head}${fmt(header)}\n${lines.map(fmt).join('\n')}\n${note}`;
}

export function classCensusJson(r: ClassCensusReport): unknown {
  return {
    n: r.n,
    group: r.group,
    groupOrder: r.groupOrder.toString(),
    classes: r.classes.toString(),
    method: r.method,
    rows: r.rows?.map((row) => ({ representative: tableText(r.n, valuesOf(row.representative, r.n)), size: row.size, degree: row.degree, gf2Degree: row.gf2Degree, nonlinearity: row.nonlinearity })) ?? null,
  };
}
