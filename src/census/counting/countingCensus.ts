/**
 * A census by counting (no enumeration): exact tables for n <= 6 from the identities of
 * degreeCount.ts, bentCount.ts and closedForms.ts. Every marginal is counted; a joint table is
 * counted when its measures lie within one family whose values the identities give together:
 *   JOINT_FOURIER = degree, relevant, balanced, bent  (degree x balanced by the two-step recursion,
 *     relevant by Moebius inversion, bent functions all have degree n, n relevant, not balanced);
 *   JOINT_GF2 = gf2Degree, relevant  (Reed-Muller sizes and Moebius inversion).
 * Other joint tables (gf2Degree with degree, balanced or bent) fall back to enumeration (n <= 5).
 */
import type { CensusCounts, CensusSpec, JointRow } from '../counts.js';
import { countsFromJointRows, emptyCounts } from '../counts.js';
import type { CensusResult } from '../documents.js';
import type { Measure, MeasureValue } from '../measures.js';
import { valueKey } from '../measures.js';
import { bentCount } from './bentCount.js';
import { allRelevant, balancedCount, binomial, gf2DegreeCounts, relevantCounts } from './closedForms.js';
import { degreeCounts } from './degreeCount.js';

export const MAX_COUNTING_N = 6;
export const JOINT_FOURIER: readonly Measure[] = ['degree', 'relevant', 'balanced', 'bent'];
export const JOINT_GF2: readonly Measure[] = ['gf2Degree', 'relevant'];

export type CountingSupport = { readonly ok: true } | { readonly ok: false; readonly reason: string };

export function countingSupport(spec: CensusSpec): CountingSupport {
  if (!Number.isInteger(spec.n) || spec.n < 0 || spec.n > MAX_COUNTING_N) {
    return { ok: false, reason: `a census by counting supports n <= ${MAX_COUNTING_N}` };
  }
  if (!spec.joint) return { ok: true };
  const within = (family: readonly Measure[]): boolean => spec.measures.every((m) => family.includes(m));
  if (within(JOINT_FOURIER) || within(JOINT_GF2)) return { ok: true };
  return {
    ok: false,
    reason: `a joint table by counting needs its measures within {${JOINT_FOURIER.join(', ')}} or {${JOINT_GF2.join(', ')}}`,
  };
}

type Cell = Readonly<Record<Measure, MeasureValue>>;

/** (degree, relevant, balanced, bent) -> count, every non-zero cell. */
function fourierCells(n: number): { cell: Partial<Cell>; count: bigint }[] {
  const exact = (i: number, d: number, balanced: boolean): bigint => {
    if (d > i) return 0n;
    const c = degreeCounts(i);
    const pick = (k: number): bigint => (k < 0 ? 0n : balanced ? c.balancedAtMost[k]! : c.atMost[k]! - c.balancedAtMost[k]!);
    return pick(d) - pick(d - 1);
  };
  const bent = bentCount(n);
  const out: { cell: Partial<Cell>; count: bigint }[] = [];
  for (let d = 0; d <= n; d++) {
    for (let j = 0; j <= n; j++) {
      for (const balanced of [false, true]) {
        const c = Array.from({ length: j + 1 }, (_, i) => exact(i, d, balanced));
        const count = binomial(n, j) * allRelevant(c, j);
        const bentHere = d === n && j === n && !balanced ? bent : 0n;
        if (count < bentHere) throw new Error(`internal: ${bentHere} bent functions but ${count} in their cell`);
        out.push({ cell: { degree: d, relevant: j, balanced, bent: false }, count: count - bentHere });
        if (bentHere > 0n) out.push({ cell: { degree: d, relevant: j, balanced, bent: true }, count: bentHere });
      }
    }
  }
  return out;
}

/** (gf2Degree, relevant) -> count. */
function gf2Cells(n: number): { cell: Partial<Cell>; count: bigint }[] {
  const perI = Array.from({ length: n + 1 }, (_, i) => gf2DegreeCounts(i));
  const out: { cell: Partial<Cell>; count: bigint }[] = [];
  for (const r of [null, ...Array.from({ length: n + 1 }, (_, k) => k)]) {
    for (let j = 0; j <= n; j++) {
      const c = perI.slice(0, j + 1).map((t) => t.get(r) ?? 0n);
      out.push({ cell: { gf2Degree: r, relevant: j }, count: binomial(n, j) * allRelevant(c, j) });
    }
  }
  return out;
}

function project(spec: CensusSpec, cells: { cell: Partial<Cell>; count: bigint }[]): JointRow[] {
  return cells.map(({ cell, count }) => ({ values: spec.measures.map((m) => cell[m]!), count }));
}

/** Marginal tables, each measure on its own. */
function marginals(spec: CensusSpec): CensusCounts {
  const counts = emptyCounts(spec);
  const n = spec.n;
  const set = (m: Measure, v: MeasureValue, c: bigint): void => {
    (counts.marginals.get(m) as Map<string, bigint> | undefined)?.set(valueKey(v), c);
  };
  if (spec.measures.includes('degree')) {
    const d = degreeCounts(n);
    for (let k = 0; k <= n; k++) set('degree', k, d.atMost[k]! - (k === 0 ? 0n : d.atMost[k - 1]!));
  }
  if (spec.measures.includes('gf2Degree')) for (const [r, c] of gf2DegreeCounts(n)) set('gf2Degree', r, c);
  relevantCounts(n).forEach((c, j) => set('relevant', j, c));
  const total = 2n ** (2n ** BigInt(n));
  const balanced = balancedCount(n);
  set('balanced', true, balanced);
  set('balanced', false, total - balanced);
  if (spec.measures.includes('bent')) {
    const bent = bentCount(n);
    set('bent', true, bent);
    set('bent', false, total - bent);
  }
  return counts;
}

/** The census of spec by counting; throws RangeError when countingSupport refuses it. */
export function countCensus(spec: CensusSpec): CensusResult {
  const support = countingSupport(spec);
  if (!support.ok) throw new RangeError(support.reason);
  const total = 2n ** (2n ** BigInt(spec.n));
  let counts: CensusCounts;
  if (!spec.joint) counts = marginals(spec);
  else {
    const gf2 = spec.measures.every((m) => JOINT_GF2.includes(m)) && spec.measures.includes('gf2Degree');
    counts = countsFromJointRows(spec, project(spec, gf2 ? gf2Cells(spec.n) : fourierCells(spec.n)));
  }
  return { kind: 'census', spec, total, counts };
}

/** Forgets every memoised table (benchmarks time cold runs with it). */
export { clearCountingMemo } from './memo.js';
