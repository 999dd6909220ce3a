/** Readable text tables of census counts (the JSON documents are the machine-readable form). */
import type { CensusCounts, CensusSpec } from './counts.js';
import { type CensusPartial, type CensusResult, isComplete } from './documents.js';
import { formatInterval, totalLength } from './intervals.js';
import { type Measure, type MeasureValue, valueKey } from './measures.js';
import { formatShard } from './shard.js';

const TITLE: Readonly<Record<Measure, string>> = {
  degree: 'degree',
  gf2Degree: 'GF(2) degree',
  relevant: 'relevant variables',
  balanced: 'balanced',
  bent: 'bent',
};

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k]!.length)));
  const line = (cells: readonly string[]): string =>
    cells.map((c, k) => (k === cells.length - 1 ? c.padStart(widths[k]!) : c.padEnd(widths[k]!))).join('  ');
  return [line(header), ...rows.map(line)];
}

function show(v: MeasureValue): string {
  return v === null ? 'none' : valueKey(v);
}

function shown(key: string): string {
  return key === 'null' ? 'none' : key;
}

export function formatCounts(spec: CensusSpec, counts: CensusCounts): string[] {
  const out: string[] = [];
  for (const [m, t] of counts.marginals) {
    out.push('', ...table([TITLE[m], 'functions'], [...t].map(([k, v]) => [shown(k), v.toString()])));
  }
  if (counts.joint) {
    const header = [...spec.measures.map((m) => TITLE[m]), 'functions'];
    out.push('', 'joint counts (non-zero combinations):');
    out.push(...table(header, counts.joint.map((r) => [...r.values.map(show), r.count.toString()])));
  }
  return out;
}

export function formatResult(r: CensusResult): string {
  const head = `census of all ${r.total} Boolean functions on ${r.spec.n} variable${r.spec.n === 1 ? '' : 's'}`;
  return [head, ...formatCounts(r.spec, r.counts)].join('\n') + '\n';
}

export function formatPartial(p: CensusPartial): string {
  const done = totalLength(p.covered);
  const size = p.range[1] - p.range[0];
  const head = [
    `partial census, n = ${p.spec.n}, shard ${formatShard(p.shard)}: Gray-code indices ${formatInterval(p.range)}`,
    isComplete(p) ? `complete: ${done} functions counted` : `incomplete: ${done} of ${size} functions counted`,
  ];
  return [...head, ...formatCounts(p.spec, p.counts)].join('\n') + '\n';
}
