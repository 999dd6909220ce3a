/**
 * The recovery engine (docs/math.md section 5): over all bijections V = Phi o psi of C_d, the least
 * value of the bias, how many V attain it, whether all of them lie in the group, and a witness
 * when not. Exact by enumeration for d <= 3; for d = 4, 5 with Boolean tasks and full support the
 * exact tuple search (exact/), within a time limit; otherwise a theorem certificate when one
 * applies (structure.ts), otherwise a seeded search that is exact only when it meets a proven
 * lower bound (bounds.ts) and says "best found" otherwise.
 */
import type { BoolMap } from '../maps/boolMap.js';
import { countBijections } from '../search/enumerate/counts.js';
import { lowerBound, profileIsProvenMinimal } from './bounds.js';
import { exhaustiveCosets, exhaustivePlain } from './exhaustive.js';
import { groupOrder } from './groups.js';
import { localSearch } from './localSearch.js';
import { identityImage, makeScorer, type Scorer } from './scorer.js';
import { certificateVerdict, theoremCertificate } from './structure.js';
import type { Objective, RecoveryOptions, RecoveryProblem, RecoveryResult } from './types.js';
import { validateProblem } from './validate.js';
import { exactReaches, profileWeights, recoverByTuplesAsync } from './exact/exactRecovery.js';

/** Largest d for which the engine enumerates. */
export const MAX_EXHAUSTIVE_D = 3;
export const DEFAULT_MAX_EVALUATIONS = 200_000;
export const DEFAULT_EXACT_TIME_LIMIT_MS = 60_000;

const asMap = (d: number, image: Uint32Array): BoolMap => ({ n: d, m: d, image });

/** Exact answer by enumeration (d <= 3); synchronous. */
export function recoverExhaustive(problem: RecoveryProblem, options: RecoveryOptions = {}): RecoveryResult {
  validateProblem(problem);
  const { d } = problem;
  if (d > MAX_EXHAUSTIVE_D) throw new RangeError(`exhaustive recovery covers d <= ${MAX_EXHAUSTIVE_D} ((2^d)! bijections); use the search`);
  const scorer = makeScorer(problem);
  const useCosets = options.symmetry ?? true;
  const out = useCosets ? exhaustiveCosets(d, scorer, problem.group, options.signal) : exhaustivePlain(d, scorer, problem.group, options.signal);
  const id = identityImage(d);
  const atId = scorer.evaluate(id);
  const total = Number(countBijections(d));
  const exact = !out.aborted;
  return {
    problem,
    minimum: scorer.toObjective(out.minimum),
    minimizers: exact ? out.minimizers : null,
    recovers: exact ? out.recovers : null,
    witness: exact && out.witness ? asMap(d, out.witness) : null,
    best: asMap(d, scorer.compare(atId, out.minimum) === 0 ? id : out.best),
    trueLatentsObjective: scorer.toObjective(atId),
    exact,
    stats: {
      method: useCosets ? 'cosets' : 'exhaustive',
      evaluations: out.evaluations,
      covered: exact ? total : null,
      symmetry: useCosets ? scorer.invariance : null,
      orbitSize: useCosets ? groupOrder(d, scorer.invariance) : null,
      restarts: null,
      lowerBound: lowerBound(problem)?.value ?? null,
      proof: exact ? `exhaustive over all ${total} bijections` : 'interrupted: the minimum over the part enumerated',
      aborted: out.aborted,
    },
  };
}

/** The engine: exhaustive for d <= 3 unless told otherwise, else theorem or search. */
export async function recover(problem: RecoveryProblem, options: RecoveryOptions = {}): Promise<RecoveryResult> {
  validateProblem(problem);
  const method = options.method ?? 'auto';
  if (method === 'exhaustive' || (method === 'auto' && problem.d <= MAX_EXHAUSTIVE_D)) return recoverExhaustive(problem, options);
  const scorer = makeScorer(problem);
  const certified = method === 'auto' && (options.theorems ?? true) ? fromTheorem(problem, scorer) : null;
  if (certified) return certified;
  let why: string | undefined;
  if (method === 'tuples' || (method === 'auto' && exactReaches(problem) && tuplesReach(problem))) {
    const exact = tuplesReach(problem) ? await byTuplesFor(problem, scorer, options) : null;
    if (exact !== null) return exact;
    why = !tuplesReach(problem)
      ? 'the exact tuple search costs the representation on observations longer than the latents only for d <= 4'
      : exactReaches(problem)
      ? 'the exact tuple search did not finish (time limit, interrupted, or d = 5 heads or coordinates of Phi beyond the listed degrees)'
      : 'the exact search needs d <= 5 with Boolean (or two-valued) tasks and full support, or partial support / rational tasks with at most 200000 candidate data per task: d <= 5 for the head-only biases, d <= 4 for head+rep, hier-sum, hier-max (d = 5 with M = 5)';
  }
  return await bySearch(problem, scorer, options, why);
}

/**
 * The paper's setting (src/recovery/paper): the tuple search costs Phi's coordinates on the
 * observations C_m (exact/observedCoordinates.ts) by listing every balanced code on the latents,
 * which it can at d <= 4 (12,870 codes) but not at d = 5 with m > d (601,080,390).
 */
function tuplesReach(p: RecoveryProblem): boolean {
  const rep = p.bias === 'head+rep' || p.bias === 'hier-sum' || p.bias === 'hier-max';
  return !(rep && p.psi.m > p.d && p.d > 4);
}

/** hier-sum and head+rep are the same number; the exact search answers all three rep biases itself. */
async function byTuplesFor(problem: RecoveryProblem, scorer: Scorer<unknown>, options: RecoveryOptions): Promise<RecoveryResult | null> {
  return byTuples(problem, scorer, options);
}

/** The exact tuple search (exact/), or null when it does not reach. */
export async function byTuples(problem: RecoveryProblem, scorer: Scorer<unknown>, options: RecoveryOptions = {}): Promise<RecoveryResult | null> {
  const out = await recoverByTuplesAsync(problem, options.signal, Date.now() + (options.exactTimeLimitMs ?? DEFAULT_EXACT_TIME_LIMIT_MS));
  if (out === null) return null;
  const { d } = problem;
  const minimum: Objective =
    typeof out.minimum === 'number' ? { kind: 'number', value: out.minimum } : { kind: 'profile', weights: out.profile ? [...out.profile] : profileWeights(d, out.minimum) };
  // Internal consistency: the plain scorer must give the minimiser (and the witness) the minimum.
  for (const v of [out.best, out.witness]) {
    if (v === null) continue;
    const o = scorer.toObjective(scorer.evaluate(v));
    if (objectiveKey(o) !== objectiveKey(minimum)) throw new Error(`internal: the tuple search's minimiser scores ${objectiveKey(o)}, not ${objectiveKey(minimum)}`);
  }
  const id = identityImage(d);
  const atIdScore = scorer.evaluate(id);
  const atId = scorer.toObjective(atIdScore);
  const count = out.minimizers;
  const infeasible = out.infeasible;
  const rep = problem.bias === 'head+rep' || problem.bias === 'hier-sum' || problem.bias === 'hier-max';
  const proof = out.general
    ? `exact search over point sets S = V(U) (one per signed-permutation orbit) and data tuples with matching joint fibres: ${minimum.kind === 'number' ? 'every smaller total infeasible' : 'branch and bound from the true latents, ties kept'}, minimisers counted`
    : minimum.kind === 'number'
      ? `tuple search: ${infeasible.length === 0 ? 'the minimum is the lower bound' : `every total ${infeasible[0]}..${infeasible[infeasible.length - 1]} is infeasible`}${infeasible.length > 0 && infeasible[0]! > 0 ? ` (below ${infeasible[0]} by the lower bound)` : ''}, ${minimum.value} is attained; minimisers counted over all head tuples${rep ? ' and representations' : ''} of that cost`
      : 'tuple search: branch and bound over head tuples by summed profile, ties kept';
  return {
    problem,
    minimum,
    minimizers: count !== null && count <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(count) : null,
    minimizerCount: count,
    recovers: out.recovers,
    witness: out.witness ? asMap(d, out.witness) : null,
    best: asMap(d, objectiveKey(atId) === objectiveKey(minimum) ? id : out.best),
    trueLatentsObjective: atId,
    exact: true,
    stats: {
      method: 'tuples',
      evaluations: out.nodes,
      covered: null,
      symmetry: 'signed-permutation',
      orbitSize: groupOrder(d, 'signed-permutation'),
      restarts: null,
      lowerBound: lowerBound(problem)?.value ?? null,
      proof,
      aborted: false,
      infeasibleTotals: infeasible,
    },
  };
}

const objectiveKey = (o: Objective): string => (o.kind === 'number' ? String(o.value) : o.weights.map(String).join(','));

function fromTheorem(problem: RecoveryProblem, scorer: Scorer<unknown>): RecoveryResult | null {
  const cert = theoremCertificate(problem);
  if (cert === null) return null;
  const { d, group } = problem;
  const id = identityImage(d);
  const atId = scorer.toObjective(scorer.evaluate(id));
  const verdict = certificateVerdict(cert, d, group);
  return {
    problem,
    minimum: atId,
    minimizers: cert.minimizers,
    recovers: verdict.recovers,
    witness: verdict.witness ? asMap(d, verdict.witness) : null,
    best: asMap(d, id),
    trueLatentsObjective: atId,
    exact: true,
    stats: {
      method: 'theorem',
      evaluations: 1,
      covered: null,
      symmetry: null,
      orbitSize: null,
      restarts: null,
      lowerBound: lowerBound(problem)?.value ?? null,
      proof: cert.theorem,
      aborted: false,
    },
  };
}

async function bySearch(problem: RecoveryProblem, scorer: Scorer<unknown>, options: RecoveryOptions, why?: string): Promise<RecoveryResult> {
  const { d } = problem;
  const bound = lowerBound(problem);
  const isOptimal = (s: unknown): boolean => {
    const o = scorer.toObjective(s);
    if (o.kind === 'profile') return profileIsProvenMinimal(problem, o.weights);
    if (bound !== null && o.value < bound.value) throw new Error(`internal: objective ${o.value} below the proven bound ${bound.value}`);
    return bound !== null && o.value === bound.value;
  };
  const out = await localSearch(d, scorer, problem.group, {
    seed: options.seed ?? 1,
    maxEvaluations: options.maxEvaluations ?? DEFAULT_MAX_EVALUATIONS,
    isOptimal,
    starts: problem.psi.m === d ? [problem.psi.image] : [],
    signal: options.signal,
    onProgress: options.onProgress
      ? (evaluations, best, restarts) => options.onProgress!({ evaluations, best: scorer.toObjective(best), restarts })
      : undefined,
  });
  const exact = out.optimal;
  const minimum: Objective = scorer.toObjective(out.best);
  const proof = exact
    ? bound !== null
      ? `meets the lower bound ${bound.value}: ${bound.reason}`
      : 'no weight above level 1, the least profile possible (Parseval; the mean is invariant)'
    : `best found after ${out.evaluations} evaluations${bound !== null ? `; the proven lower bound is ${bound.value}` : ''}${out.aborted ? ' (interrupted)' : ''}${why ? `; ${why}` : ''}`;
  return {
    problem,
    minimum,
    minimizers: null,
    recovers: exact && out.witness !== null ? false : null,
    witness: exact && out.witness !== null ? asMap(d, out.witness) : null,
    best: asMap(d, out.bestImage),
    trueLatentsObjective: scorer.toObjective(scorer.evaluate(identityImage(d))),
    exact,
    stats: {
      method: 'search',
      evaluations: out.evaluations,
      covered: null,
      symmetry: null,
      orbitSize: null,
      restarts: out.restarts,
      lowerBound: bound?.value ?? null,
      proof,
      aborted: out.aborted,
    },
  };
}
