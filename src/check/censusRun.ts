/**
 * Exhaustive checks on the census engine. A property with a census form (src/claim/property.ts)
 * checked with `--mode exhaustive` at n <= 5, when its enumeration costs more than the budget,
 * runs as one joint census of all 2^(2^n) Boolean functions (worker threads, progress, abort)
 * and the census form on every non-empty cell of its domain. Cases are the domain's members,
 * counted exactly by the census. A failing cell yields a concrete counterexample
 * (censusWitness.ts), on which the ordinary predicate must be false too: disagreement is an
 * internal error. A complete run returns every non-empty cell with its count (censusCells): the
 * evidence of a census certificate, which the verifier re-counts on its own (docs/certificates.md).
 */
import type { Kernel } from '../claim/kernel.js';
import { CENSUS_MEASURES, type CensusCell, type CensusForm, type Property } from '../claim/property.js';
import type { Fn } from '../claim/values.js';
import { type Cell, MAX_CENSUS_N, runCensus } from '../census/index.js';
import { cellIndex } from '../census/histogram.js';
import { locateInCells, rowCell } from './censusWitness.js';
import { type BoundScope, type BoundVariable, PredicateError, evaluate, productOf } from './scope.js';
import { type Case, type CheckResult, type RunHooks, type RunOptions, DEFAULT_BUDGET } from './types.js';

/** Whether runProperty hands this run to the census engine. */
export function usesCensus(p: Property, bound: BoundScope, options: RunOptions): boolean {
  if (p.census === undefined || options.mode !== 'exhaustive' || bound.scope.n > MAX_CENSUS_N) return false;
  const cost = productOf(bound.variables.map((v) => v.handler.cost()));
  return cost === null || cost > (options.budget ?? DEFAULT_BUDGET);
}

/** The cell as the form sees it: undeclared measures throw when read. */
function declaredOnly(cell: Cell, measures: readonly string[]): CensusCell {
  const out = {};
  for (const m of CENSUS_MEASURES) {
    const descriptor = measures.includes(m)
      ? { value: cell[m], enumerable: true }
      : {
          get(): never {
            throw new Error(`it reads measure '${m}', which it does not declare`);
          },
        };
    Object.defineProperty(out, m, descriptor);
  }
  return out as CensusCell;
}

function decide(p: Property, form: CensusForm, cell: Cell): boolean {
  let r: unknown;
  try {
    r = form.holds(declaredOnly(cell, form.measures));
  } catch (e) {
    throw new PredicateError(`the census form of ${p.id} threw on the cell ${JSON.stringify(cell)}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (typeof r !== 'boolean') throw new PredicateError(`the census form of ${p.id} returned ${typeof r}, not a boolean, on the cell ${JSON.stringify(cell)}`);
  return r;
}

/** The counterexample as a Case in canonical notation, checked against the ordinary predicate. */
function counterexampleCase(p: Property, v: BoundVariable, n: number, word: number, kernel: Kernel): Case {
  const f: Fn = { n, values: Int32Array.from({ length: 2 ** n }, (_, x) => ((word >>> x) & 1 ? -1 : 1)) };
  const encoded = { [v.name]: v.handler.encode(f) };
  const values = { [v.name]: v.handler.decode(encoded[v.name]!) };
  const internal = (why: string): Error => new Error(`internal error: the census engine's counterexample ${v.name} = ${encoded[v.name]} of ${p.id} ${why}`);
  if (!v.handler.isMember(values[v.name]!)) throw internal(`is not in ${v.handler.domain.kind}`);
  if (evaluate(p, values, kernel, () => encoded, n)) throw internal('satisfies the ordinary predicate (the census form and the predicate disagree)');
  return { values, encoded };
}

export async function runCensusCheck(p: Property, bound: BoundScope, options: RunOptions, hooks: RunHooks, kernel: Kernel): Promise<CheckResult> {
  const started = performance.now();
  const form = p.census!;
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
  for (const r of out.partial.counts.joint ?? []) {
    const cell = rowCell(r);
    functions += r.count;
    if ((cell.degree ?? 0) > maxDegree) continue;
    cases += r.count;
    if (decide(p, form, cell)) satisfied += r.count;
    else failing.add(cellIndex(cell));
  }
  const complete = out.status === 'complete';
  const word = complete && failing.size > 0 ? await locateInCells({ n, failing, ...common }) : null;
  const counterexample = word === null ? null : counterexampleCase(p, v, n, word, kernel);
  const verdict = counterexample !== null ? 'refuted' : complete && failing.size === 0 ? 'holds' : 'inconclusive';
  return {
    property: p.id,
    status: p.status,
    quantifier: p.quantifier,
    scope: bound.scope,
    mode: 'exhaustive',
    choice: { requested: 'exhaustive', cost: productOf([v.handler.cost()]), size: complete ? cases : null, budget: options.budget ?? DEFAULT_BUDGET },
    verdict,
    reason: verdict === 'inconclusive' ? 'aborted' : null,
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
