/**
 * Census counts as JSON: counts are decimal strings (exact whatever the reader), marginals as
 * {"degree": {"0": "2", ...}}, joint rows as [{"degree": 2, ..., "count": "12"}]. Parsing checks
 * every key, value and count, and that stated marginals agree with the joint rows.
 */
import { InputError } from '../core/result.js';
import { type CensusCounts, type CensusSpec, type JointRow, countsEqual, countsFromJointRows, emptyCounts } from './counts.js';
import { type Measure, parseValueKey, valueKey } from './measures.js';

export type JsonMarginals = Record<string, Record<string, string>>;
export type JsonJointRow = Record<string, number | boolean | null | string>;

export function marginalsToJson(c: CensusCounts): JsonMarginals {
  const out: JsonMarginals = {};
  for (const [m, table] of c.marginals) {
    out[m] = Object.fromEntries([...table].map(([k, v]) => [k, v.toString()]));
  }
  return out;
}

export function jointToJson(spec: CensusSpec, rows: readonly JointRow[]): JsonJointRow[] {
  return rows.map((r) => {
    const row: JsonJointRow = {};
    spec.measures.forEach((m, k) => (row[m] = r.values[k]!));
    row['count'] = r.count.toString();
    return row;
  });
}

function parseCount(v: unknown, where: string): bigint {
  if (typeof v !== 'string' || !/^\d+$/.test(v)) throw new InputError(`${where}: count must be a decimal string, got ${JSON.stringify(v)}`);
  return BigInt(v);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function parseMarginals(spec: CensusSpec, raw: unknown, where: string): CensusCounts {
  if (!isObject(raw)) throw new InputError(`${where}: "counts" must be an object`);
  const counts = emptyCounts(spec);
  const extra = Object.keys(raw).filter((k) => !spec.measures.includes(k as Measure));
  if (extra.length > 0) throw new InputError(`${where}: counts for measures not listed: ${extra.join(', ')}`);
  for (const [m, table] of counts.marginals as Map<Measure, Map<string, bigint>>) {
    const given = raw[m];
    if (!isObject(given)) throw new InputError(`${where}: no counts for measure ${m}`);
    for (const key of Object.keys(given)) {
      parseValueKey(m, key);
      if (!table.has(key)) throw new InputError(`${where}: ${m} = ${key} is impossible at n = ${spec.n}`);
    }
    for (const key of table.keys()) table.set(key, parseCount(given[key] ?? '0', `${where}: ${m} = ${key}`));
  }
  return counts;
}

function parseJointRows(spec: CensusSpec, raw: unknown, where: string): JointRow[] {
  if (!Array.isArray(raw)) throw new InputError(`${where}: "jointCounts" must be an array`);
  return raw.map((row: unknown, k) => {
    if (!isObject(row)) throw new InputError(`${where}: joint row ${k} is not an object`);
    const values = spec.measures.map((m) => {
      const v = row[m];
      if (v !== null && typeof v !== 'number' && typeof v !== 'boolean') {
        throw new InputError(`${where}: joint row ${k} has no value for ${m}`);
      }
      return parseValueKey(m, valueKey(v));
    });
    return { values, count: parseCount(row['count'], `${where}: joint row ${k}`) };
  });
}

/** Counts from a document's "counts" (and "jointCounts" for a joint spec). */
export function countsFromJson(spec: CensusSpec, marginals: unknown, joint: unknown, where: string): CensusCounts {
  const stated = parseMarginals(spec, marginals, where);
  if (!spec.joint) return stated;
  let derived: CensusCounts;
  try {
    derived = countsFromJointRows(spec, parseJointRows(spec, joint, where));
  } catch (e) {
    if (e instanceof RangeError) throw new InputError(`${where}: ${e.message}`);
    throw e;
  }
  if (!countsEqual({ ...stated, joint: null }, { ...derived, joint: null })) {
    throw new InputError(`${where}: the marginal counts disagree with the joint counts`);
  }
  return derived;
}
