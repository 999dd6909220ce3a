/**
 * Exact census counts (bigint) for chosen measures: one marginal table per measure (every value
 * of the measure's domain, zeros included) and, when asked, the joint table (non-zero rows only).
 * Counts are linear in the histogram, so partial counts add up to the counts of the union.
 */
import { type Histogram, CELLS, cellAt } from './histogram.js';
import { type Measure, type MeasureValue, compareValues, measureDomain, valueKey } from './measures.js';

export interface CensusSpec {
  readonly n: number;
  /** Canonical order (see normalizeMeasures). */
  readonly measures: readonly Measure[];
  readonly joint: boolean;
}

export interface JointRow {
  /** One value per measure of the spec, in the spec's order. */
  readonly values: readonly MeasureValue[];
  readonly count: bigint;
}

export interface CensusCounts {
  /** measure -> value key -> count, keys in display order. */
  readonly marginals: ReadonlyMap<Measure, ReadonlyMap<string, bigint>>;
  /** Sorted non-zero rows; null when the spec is not joint. */
  readonly joint: readonly JointRow[] | null;
}

export function emptyCounts(spec: CensusSpec): CensusCounts {
  const marginals = new Map<Measure, Map<string, bigint>>();
  for (const m of spec.measures) {
    marginals.set(m, new Map(measureDomain(m, spec.n).map((v) => [valueKey(v), 0n])));
  }
  return { marginals, joint: spec.joint ? [] : null };
}

function compareRows(a: readonly MeasureValue[], b: readonly MeasureValue[]): number {
  for (let k = 0; k < a.length; k++) {
    const d = compareValues(a[k]!, b[k]!);
    if (d !== 0) return d;
  }
  return 0;
}

/** Builds counts from marginal and joint contributions, refusing values outside a domain. */
function build(spec: CensusSpec, entries: Iterable<{ values: readonly MeasureValue[]; count: bigint }>): CensusCounts {
  const empty = emptyCounts(spec);
  const marginals = empty.marginals as Map<Measure, Map<string, bigint>>;
  const joint = new Map<string, JointRow>();
  for (const { values, count } of entries) {
    if (count === 0n) continue;
    spec.measures.forEach((m, k) => {
      const table = marginals.get(m)!;
      const key = valueKey(values[k]!);
      const old = table.get(key);
      if (old === undefined) throw new RangeError(`value ${key} of ${m} is impossible at n = ${spec.n}`);
      table.set(key, old + count);
    });
    if (spec.joint) {
      const key = values.map(valueKey).join(',');
      const old = joint.get(key);
      joint.set(key, { values, count: (old?.count ?? 0n) + count });
    }
  }
  const rows = spec.joint ? [...joint.values()].sort((a, b) => compareRows(a.values, b.values)) : null;
  return { marginals, joint: rows };
}

/** The counts of a histogram, projected onto the spec's measures. */
export function countsFromHistogram(spec: CensusSpec, h: Histogram): CensusCounts {
  const entries: { values: MeasureValue[]; count: bigint }[] = [];
  for (let k = 0; k < CELLS; k++) {
    if (h[k] === 0) continue;
    const cell = cellAt(k);
    entries.push({ values: spec.measures.map((m) => cell[m]), count: BigInt(h[k]!) });
  }
  return build(spec, entries);
}

/** From joint rows alone (for a joint spec the marginals follow from them). */
export function countsFromJointRows(spec: CensusSpec, rows: readonly JointRow[]): CensusCounts {
  return build(spec, rows);
}

export function addCounts(spec: CensusSpec, a: CensusCounts, b: CensusCounts): CensusCounts {
  if (spec.joint) return build(spec, [...(a.joint ?? []), ...(b.joint ?? [])]);
  const sum = emptyCounts(spec);
  for (const [m, table] of sum.marginals as Map<Measure, Map<string, bigint>>) {
    for (const key of table.keys()) {
      table.set(key, (a.marginals.get(m)?.get(key) ?? 0n) + (b.marginals.get(m)?.get(key) ?? 0n));
    }
  }
  return sum;
}

/** Functions counted: the sum of any one marginal (they all agree). */
export function countsTotal(c: CensusCounts): bigint {
  for (const table of c.marginals.values()) {
    let s = 0n;
    for (const v of table.values()) s += v;
    return s;
  }
  return 0n;
}

export function countsEqual(a: CensusCounts, b: CensusCounts): boolean {
  const flat = (c: CensusCounts): string =>
    JSON.stringify([
      [...c.marginals].map(([m, t]) => [m, [...t].map(([k, v]) => [k, v.toString()])]),
      c.joint?.map((r) => [r.values, r.count.toString()]) ?? null,
    ]);
  return flat(a) === flat(b);
}
