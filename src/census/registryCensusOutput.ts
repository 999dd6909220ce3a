/**
 * The registry census's result as text and as JSON, in the shapes of the engine census (format.ts
 * for text, documents.ts for JSON): per-measure marginal tables of the values seen, then the joint
 * counts when asked; null values print as "none" in text, rationals as "p/q" strings in JSON, and
 * an interrupted census says how many functions it counted.
 */
import type { RegistryCensusResult } from './registryCensus.js';
import { isQ, scalarKey } from './registryScalars.js';
import type { Scalar } from '../vocabulary/measure.js';

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k]!.length)));
  const line = (cells: readonly string[]): string => cells.map((c, k) => (k === cells.length - 1 ? c.padStart(widths[k]!) : c.padEnd(widths[k]!))).join('  ');
  return [line(header), ...rows.map(line)];
}

/** Text in the engine census's shape (format.ts); null values print as "none". */
export function formatRegistryCensus(r: RegistryCensusResult): string {
  const { n } = r.spec;
  const show = (key: string): string => (key === 'null' ? 'none' : key);
  const out = [
    r.complete
      ? `census of all ${r.total} Boolean functions on ${n} variable${n === 1 ? '' : 's'}`
      : `incomplete census, n = ${n}: ${r.counted} of ${r.total} functions counted`,
  ];
  for (const [m, t] of r.marginals) out.push('', ...table([m, 'functions'], [...t].map(([k, v]) => [show(k), v.toString()])));
  if (r.joint) {
    out.push('', 'joint counts (non-zero combinations):');
    out.push(...table([...r.spec.measures, 'functions'], r.joint.map((row) => [...row.values.map((v) => show(scalarKey(v))), row.count.toString()])));
  }
  return out.join('\n') + '\n';
}

/** JSON in the shape of documents.ts's census result; rationals as "p/q" strings. */
export function registryCensusToJson(r: RegistryCensusResult): Record<string, unknown> {
  const json = (v: Scalar): number | boolean | string | null => (isQ(v) ? scalarKey(v) : v);
  const counts = Object.fromEntries([...r.marginals].map(([m, t]) => [m, Object.fromEntries([...t].map(([k, v]) => [k, v.toString()]))]));
  const joint = r.joint?.map((row) => ({ ...Object.fromEntries(r.spec.measures.map((m, k) => [m, json(row.values[k]!)])), count: row.count.toString() }));
  return {
    kind: r.complete ? 'census' : 'census-incomplete',
    version: 2,
    n: r.spec.n,
    measures: r.spec.measures,
    joint: r.spec.joint,
    ...(r.complete ? { total: r.total.toString() } : { counted: r.counted.toString(), total: r.total.toString() }),
    counts,
    ...(joint ? { jointCounts: joint } : {}),
  };
}
