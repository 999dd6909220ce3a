/**
 * Exhaustive checks on the census engine. A property with a census form (src/claim/property.ts)
 * checked with `--mode exhaustive` at n <= 5, when its enumeration costs more than the budget,
 * runs as one joint census of all 2^(2^n) Boolean functions (worker threads, progress, abort)
 * and the census form on every non-empty cell of its domain. Cases are the domain's members,
 * counted exactly by the census. A failing cell yields a concrete counterexample
 * (censusWitness.ts), on which the ordinary predicate must be false too: disagreement means the
 * census form is not equivalent to the predicate (bad input). Both run through the evaluator (the
 * sandbox for properties loaded from modules). A complete run returns every non-empty cell with
 * its count (censusCells): the evidence of a census certificate, which the verifier re-counts on
 * its own (docs/certificates.md).
 */
import type { Property } from '../claim/property.js';
import type { Fn } from '../claim/values.js';
import { MAX_CENSUS_N, runCensus } from '../census/index.js';
import { cellIndex } from '../census/histogram.js';
import { locateInCells, rowCell } from './censusWitness.js';
import { type CaseEvaluator, EvaluationStopped } from './sandbox/index.js';
import { type BoundScope, type BoundVariable, PredicateError, productOf } from './scope.js';
import { type Case, type CheckResult, type RunHooks, type RunOptions, DEFAULT_BUDGET } from './types.js';

/** Whether runProperty hands this run to the census engine. */
export function usesCensus(p: Property, bound: BoundScope, options: RunOptions): boolean {
  // validateProperty allows a census form on forAll properties only; this stays true on every path.
  if (p.census === undefined || p.quantifier !== 'forAll' || options.mode !== 'exhaustive' || bound.scope.n > MAX_CENSUS_N) return false;
  const cost = productOf(bound.variables.map((v) => v.handler.cost()));
  return cost === null || cost > (options.budget ?? DEFAULT_BUDGET);
}

/** The counterexample as a Case in canonical notation, confirmed by the ordinary predicate. */
async function counterexampleCase(p: Property, v: BoundVariable, n: number, word: number, evaluator: CaseEvaluator): Promise<Case> {
  const f: Fn = { n, values: Int32Array.from({ length: 2 ** n }, (_, x) => ((word >>> x) & 1 ? -1 : 1)) };
  const encoded = { [v.name]: v.handler.encode(f) };
  const values = { [v.name]: v.handler.decode(encoded[v.name]!) };
  if (!v.handler.isMember(values[v.name]!)) throw new Error(`internal error: the census engine's counterexample ${v.name} = ${encoded[v.name]} of ${p.id} is not in ${v.handler.domain.kind}`);
  const [holds] = await evaluator.cases([encoded[v.name]!], 1, null);
  if (holds === 1) {
    throw new PredicateError(`the census form of ${p.id} is not equivalent to its predicate: it fails on the cell of ${v.name} = ${encoded[v.name]}, where the predicate holds`);
  }
  return { values, encoded };
}

export async function runCensusCheck(p: Property, bound: BoundScope, options: RunOptions, hooks: RunHooks, evaluator: CaseEvaluator): Promise<CheckResult> {
  const started = performance.now();
  const v = bound.variables[0]!;
  const n = bound.scope.n;
  const domain = v.handler.domain;
  const maxDegree = domain.kind === 'low-degree-functions' ? domain.maxDegree : Infinity;
  const common = {
    ...(options.workers !== undefined ? { workers: options.workers } : {}),
    ...(hooks.signal ? { signal: hooks.signal } : {}),
    ...(hooks.onProgress
      ? { onProgress: (c: { done: number; total: number; rate: number; etaSeconds: number | null }) => hooks.onProgress!({ done: c.done, total: c.total, rate: c.rate, etaMs: c.etaSeconds === null ? null : c.etaSeconds * 1000 }) }
      : {}),
  };
  const out = await runCensus({ n, joint: true, ...common });
  let functions = 0n;
  let cases = 0n;
  let satisfied = 0n;
  const failing = new Set<number>();
  const rows = (out.partial.counts.joint ?? []).map((r) => ({ r, cell: rowCell(r) }));
  for (const { r } of rows) functions += r.count;
  const asked = rows.filter(({ cell }) => (cell.degree ?? 0) <= maxDegree);
  let stopped: EvaluationStopped | null = null;
  let decided: Uint8Array = new Uint8Array(0);
  try {
    decided = await evaluator.cells(asked.map(({ cell }) => cell));
  } catch (e) {
    if (!(e instanceof EvaluationStopped)) throw e;
    stopped = e;
  }
  if (stopped === null) {
    asked.forEach(({ r, cell }, i) => {
      cases += r.count;
      if (decided[i] === 1) satisfied += r.count;
      else failing.add(cellIndex(cell));
    });
  }
  const complete = out.status === 'complete' && stopped === null;
  const word = complete && failing.size > 0 ? await locateInCells({ n, failing, ...common }) : null;
  let counterexample: Case | null = null;
  try {
    counterexample = word === null ? null : await counterexampleCase(p, v, n, word, evaluator);
  } catch (e) {
    if (!(e instanceof EvaluationStopped)) throw e;
    stopped = e;
  }
  const verdict = counterexample !== null ? 'refuted' : complete && failing.size === 0 ? 'holds' : 'inconclusive';
  return {
    property: p.id,
    status: p.status,
    quantifier: p.quantifier,
    scope: bound.scope,
    mode: 'exhaustive',
    choice: { requested: 'exhaustive', cost: productOf([v.handler.cost()]), size: complete ? cases : null, budget: options.budget ?? DEFAULT_BUDGET },
    verdict,
    reason: verdict === 'inconclusive' ? (stopped?.kind ?? 'aborted') : null,
    ...(verdict === 'inconclusive' && stopped !== null ? { stopDetail: stopped.detail } : {}),
    cases: Number(cases),
    satisfied: Number(satisfied),
    counterexample,
    witness: null,
    foundAt: null,
    counterexamples: options.countAll === true && complete ? Number(cases - satisfied) : null,
    digest: null,
    seed: null,
    runs: null,
    distribution: null,
    shrinks: null,
    elapsedMs: Math.round(performance.now() - started),
    engine: { name: 'census', functions: Number(functions), failingCells: failing.size },
    ...(complete ? { censusCells: (out.partial.counts.joint ?? []).map((r) => ({ ...rowCell(r), count: Number(r.count) })) } : {}),
  };
}
