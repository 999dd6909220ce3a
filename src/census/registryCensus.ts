/**
 * The census by any registered scalar measure (src/vocabulary/measures): plain enumeration of all
 * 2^(2^n) Boolean functions on n <= 4 variables through each measure's compute and claim-facing
 * value, exact counts. The five engine measures (census names, src/vocabulary/censusForms.ts) are
 * counted through their census forms, so they mix with registry measures. Output has the shape of
 * the engine census (format.ts, documents.ts); marginals list the values seen (the engine also
 * lists zero rows, since it knows each domain). Values print as integers, true/false, p/q, null.
 */
import { InputError } from '../core/result.js';
import type { Q } from '../model/values.js';
import { CENSUS_FORMS, type CensusMeasure } from '../vocabulary/censusForms.js';
import type { AnyMeasure, ClaimValue, Scalar } from '../vocabulary/measure.js';
import { MEASURES as REGISTRY, isMeasureId } from '../vocabulary/measures/index.js';
import { subjectOfFn } from '../vocabulary/subject.js';

export const REGISTRY_CENSUS_MAX_N = 4;

interface Counter {
  readonly name: string;
  value(subject: ReturnType<typeof subjectOfFn>): Scalar;
}

export interface RegistryCensusSpec {
  readonly n: number;
  readonly measures: readonly string[];
  readonly joint: boolean;
}

export interface RegistryCensusResult {
  readonly spec: RegistryCensusSpec;
  /** false when interrupted: the counts cover the first `counted` functions (truth-table order). */
  readonly complete: boolean;
  readonly counted: number;
  readonly total: number;
  readonly marginals: ReadonlyMap<string, ReadonlyMap<string, bigint>>;
  /** Non-zero rows sorted by value; null when not joint. */
  readonly joint: readonly { readonly values: readonly Scalar[]; readonly count: bigint }[] | null;
}

const isCensusName = (m: string): m is CensusMeasure => Object.prototype.hasOwnProperty.call(CENSUS_FORMS, m);

function asScalar(name: string, v: ClaimValue): Scalar {
  if (v !== null && typeof v === 'object' && 'over' in v) throw new RangeError(`${name} is not scalar`);
  return v;
}

/** Every name: a census name of the five engine measures, or a registered measure with a scalar value. */
function counterOf(name: string): Counter {
  if (isCensusName(name)) {
    const form = CENSUS_FORMS[name];
    const m = REGISTRY[form.measure] as AnyMeasure;
    return { name, value: (s) => form.fromMeasure(m.value(m.compute(s))) };
  }
  if (!isMeasureId(name)) throw new InputError(`unknown measure '${name}' (see \`cubecheck list --measures\`)`);
  const m = REGISTRY[name] as AnyMeasure;
  if (m.type.over !== undefined) throw new InputError(`measure '${name}' is a list over each ${m.type.over}, not a scalar; the census counts scalar measures`);
  return { name, value: (s) => asScalar(name, m.value(m.compute(s))) };
}

/** Checks names (unknown, list-valued, duplicate) and returns them in the order given. */
export function registryCounters(names: readonly string[]): readonly Counter[] {
  if (names.length === 0) throw new InputError('no measures given');
  const seen = new Set<string>();
  return names.map((name) => {
    if (seen.has(name)) throw new InputError(`measure '${name}' given twice`);
    seen.add(name);
    return counterOf(name);
  });
}

const isQ = (v: Scalar): v is Q => v !== null && typeof v === 'object';

export function scalarKey(v: Scalar): string {
  if (v === null) return 'null';
  if (isQ(v)) return v.q === 1n ? v.p.toString() : `${v.p}/${v.q}`;
  return String(v);
}

/** null, then false < true, then numbers and rationals by value. */
export function compareScalars(a: Scalar, b: Scalar): number {
  const rank = (v: Scalar): number => (v === null ? 0 : typeof v === 'boolean' ? (v ? 2 : 1) : 3);
  const d = rank(a) - rank(b);
  if (d !== 0 || rank(a) < 3) return d;
  const [ap, aq] = isQ(a) ? [a.p, a.q] : [BigInt(a as number), 1n];
  const [bp, bq] = isQ(b) ? [b.p, b.q] : [BigInt(b as number), 1n];
  const x = ap * bq - bp * aq; // denominators are positive
  return x < 0n ? -1 : x > 0n ? 1 : 0;
}

export interface RegistryCensusOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: { done: number; total: number }) => void;
}

export async function runRegistryCensus(spec: RegistryCensusSpec, o: RegistryCensusOptions = {}): Promise<RegistryCensusResult> {
  const { n } = spec;
  if (!Number.isInteger(n) || n < 0 || n > REGISTRY_CENSUS_MAX_N) throw new InputError(`the census by registry measures enumerates all functions, n <= ${REGISTRY_CENSUS_MAX_N}; got n = ${n}`);
  const counters = registryCounters(spec.measures);
  const size = 1 << n;
  const total = 2 ** size;
  const rows = new Map<string, { values: Scalar[]; count: bigint }>();
  let counted = 0;
  for (let t = 0; t < total; t++) {
    if ((t & 1023) === 1023) {
      o.onProgress?.({ done: t, total });
      await new Promise((r) => setImmediate(r));
      if (o.signal?.aborted) break;
    }
    const values = new Int32Array(size);
    for (let x = 0; x < size; x++) values[x] = ((t >>> x) & 1) === 1 ? -1 : 1;
    const subject = subjectOfFn({ n, values });
    const vs = counters.map((c) => c.value(subject));
    const key = vs.map(scalarKey).join(',');
    const row = rows.get(key);
    if (row) row.count += 1n;
    else rows.set(key, { values: vs, count: 1n });
    counted = t + 1;
  }
  o.onProgress?.({ done: counted, total });
  const sorted = [...rows.values()].sort((a, b) => {
    for (let k = 0; k < a.values.length; k++) {
      const d = compareScalars(a.values[k]!, b.values[k]!);
      if (d !== 0) return d;
    }
    return 0;
  });
  const marginals = new Map<string, Map<string, bigint>>();
  counters.forEach((c, k) => {
    const seen = new Map<string, { v: Scalar; count: bigint }>();
    for (const r of sorted) {
      const key = scalarKey(r.values[k]!);
      const old = seen.get(key);
      seen.set(key, { v: r.values[k]!, count: (old?.count ?? 0n) + r.count });
    }
    const ordered = [...seen.entries()].sort((a, b) => compareScalars(a[1].v, b[1].v));
    marginals.set(c.name, new Map(ordered.map(([key, e]) => [key, e.count])));
  });
  return { spec, complete: counted === total, counted, total, marginals, joint: spec.joint ? sorted : null };
}

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
