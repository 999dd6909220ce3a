/**
 * The census by any registered scalar measure (src/vocabulary/measures): plain enumeration of all
 * 2^(2^n) Boolean functions on n <= 4 variables through each measure's compute and claim-facing
 * value, exact counts. The five engine measures (census names, src/vocabulary/censusForms.ts) are
 * counted through their census forms, so they mix with registry measures. Output has the shape of
 * the engine census (format.ts, documents.ts); marginals list the values seen (the engine also
 * lists zero rows, since it knows each domain). Values print as integers, true/false, p/q, null.
 *
 * This file runs the enumeration; the measure names are registryCounters.ts, the values' keys and
 * order registryScalars.ts, the text and JSON output registryCensusOutput.ts (all re-exported here).
 */
import { InputError } from '../core/result.js';
import type { Scalar } from '../vocabulary/measure.js';
import { subjectOfFn } from '../vocabulary/subject.js';
import { registryCounters } from './registryCounters.js';
import { compareScalars, scalarKey } from './registryScalars.js';

export { registryCounters } from './registryCounters.js';
export { compareScalars, scalarKey } from './registryScalars.js';
export { formatRegistryCensus, registryCensusToJson } from './registryCensusOutput.js';

export const REGISTRY_CENSUS_MAX_N = 4;

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
