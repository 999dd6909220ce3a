/**
 * Exact recovery by the tuple search (tupleSearch.ts) for Boolean tasks with full support,
 * d <= 5, every bias. This file routes a problem to its driver and builds the search levels:
 * - head-degree, head-gf2, head-max: headTotalSteps.ts (increasing totals B from the floors'
 *   lower bound; each B is searched until one tuple fits (feasible) or none does (infeasible,
 *   proven); at the first feasible B every tuple of cost B is enumerated, its minimisers counted
 *   and judged, tally.ts).
 * - head+rep, hier-sum (the same number): headRep.ts (the coordinates of Phi as further levels of
 *   the same search); hier-max: hierMax.ts (the coordinates restricted by a ceiling instead).
 *   Observations longer than the latents (m > d): observedCoordinates.ts (d = 5:
 *   observedD5Coordinates.ts, coordinates listed up to a level).
 * - head-profile: headProfileSteps.ts (branch and bound from the true latents' profile, ties kept).
 * At d = 5 the candidate lists stop at degree 3 (GF(2): 2); where a bound would need heads
 * beyond them the answer is not exact and null is returned (the caller falls back to search).
 * Partial support and rational tasks (d <= 4): general.ts for the head-only biases, generalRep.ts
 * for head+rep, hier-sum and hier-max (any m >= d); at d = 5 generalPlaces.ts (head-only) and
 * generalRepD5.ts (rep biases, m = 5). The answer's type: exactOutcome.ts; the switches
 * LOOKAHEAD and STABILISER_CHAIN: exactSwitches.ts.
 */
import { isBoolean } from '../../core/cubeFunction.js';
import { Rational } from '../../core/rational.js';
import { headFloor } from '../bounds.js';
import type { Bias, RecoveryProblem } from '../types.js';
import { type Algebra, type Cost, type Measure, costOfCode, maxAlgebra, sumAlgebra } from './costs.js';
import { MAX_EXACT_D, candidateStore, compareCosts } from './candidates.js';
import { signedPermutationOrbits } from './orbits.js';
import type { TupleTask } from './tupleSpec.js';
import { type Steps, drainSteps } from './steps.js';
import { searchTupleSteps } from './tupleSearch.js';
import { recoverHeadRepSteps } from './headRep.js';
import { recoverHierMaxSteps } from './hierMax.js';
import { coordinateCandidates } from './observedCoordinates.js';
import { driveSteps } from './drive.js';
import { generalApplies, generalSteps, isRepBias } from './general.js';
import { generalRepSteps } from './generalRep.js';
import { generalRepD5Steps } from './generalRepD5.js';
import { booleanReduction } from './twoValued.js';
import { stabiliserChain } from './stabiliserChain.js';
import { affineEscape } from './affineEscape.js';
import { PARITY_CAPACITY, parityCapacityBound } from './parityCapacity.js';
import type { ExactOutcome } from './exactOutcome.js';
import { LOOKAHEAD, STABILISER_CHAIN } from './exactSwitches.js';
import type { HeadContext } from './headContext.js';
import { headProfileSteps } from './headProfileSteps.js';
import { headTotalSteps } from './headTotalSteps.js';
import { withDictatorRoute } from './gf2Dictators.js';

export function measureOf(bias: Bias): Measure {
  return bias === 'head-gf2' ? 'gf2' : bias === 'head-profile' ? 'profile' : 'fourier';
}

/** The tuple search or the general search (general.ts) answers this problem exactly (within time). */
export function exactReaches(p: RecoveryProblem): boolean {
  const b = exactApplies(p) ? null : booleanReduction(p);
  return exactApplies(p) || (b !== null && exactApplies(b)) || generalApplies(p);
}

export function exactApplies(p: RecoveryProblem): boolean {
  return p.support === null && p.d >= 1 && p.d <= MAX_EXACT_D && p.tasks.every(isBoolean);
}

function taskCode(p: RecoveryProblem, t: number): number {
  const h = p.tasks[t]!;
  let code = 0;
  for (let z = 0; z < 2 ** p.d; z++) if (Number(h.numerators[z]) === -1) code |= 1 << z;
  return code >>> 0;
}

/**
 * The exact answer, or null when out of reach (d = 5 beyond the lists, or interrupted).
 * minimumOnly (number biases): stop once the minimum is proven; the count, verdict and witness
 * are then those of the first tuple found only (minimizers 0n), for timing the proof.
 * 'verdict' (number biases): stop at the first witness outside the group; the count is then
 * only a lower bound (exact when recovers is true).
 */
export function recoverByTuples(p: RecoveryProblem, signal?: AbortSignal, deadline?: number, minimumOnly: boolean | 'verdict' = false): ExactOutcome | null {
  return drainSteps(recoverSteps(p, signal, deadline, minimumOnly));
}

/**
 * recoverByTuples without holding the event loop (drive.ts): an abort of the signal (Ctrl-C,
 * SIGTERM) stops it within a few milliseconds, and it answers null (not exact) like a time-out.
 */
export function recoverByTuplesAsync(p: RecoveryProblem, signal?: AbortSignal, deadline?: number, minimumOnly: boolean | 'verdict' = false): Promise<ExactOutcome | null> {
  return driveSteps(recoverSteps(p, signal, deadline, minimumOnly));
}

function* recoverSteps(p: RecoveryProblem, signal: AbortSignal | undefined, deadline: number | undefined, minimumOnly: boolean | 'verdict'): Steps<ExactOutcome | null> {
  if (!exactApplies(p)) {
    // Two-valued tasks under a degree bias are Boolean ones (twoValued.ts).
    const b = booleanReduction(p);
    if (b !== null && exactApplies(b) && (!isRepBias(b.bias) || b.psi.m === b.d)) return yield* recoverSteps(b, signal, deadline, minimumOnly);
    if (!generalApplies(p)) return null;
    // head+rep, hier-sum, hier-max (also m > d): the general leaves refined by coordinate levels.
    // At d = 5 place by place, coordinates listed up to degree 3 (generalRepD5.ts: null where one beyond could matter).
    if (isRepBias(p.bias)) return yield* (p.d === 5 ? generalRepD5Steps(p, signal, deadline) : generalRepSteps(p, signal, deadline));
    const g = yield* generalSteps(p, signal, deadline);
    if (g === null) return null;
    const num = typeof g.minimum === 'number';
    return { minimum: num ? (g.minimum as number) : [], profile: num ? undefined : (g.minimum as readonly Rational[]), minimizers: g.minimizers, recovers: g.recovers, witness: g.witness, best: g.best, infeasible: [], nodes: g.nodes, aborted: false, general: true };
  }
  const { d } = p;
  const measure = measureOf(p.bias);
  const store = candidateStore(d, measure);
  const full = d === 5 ? 0xffffffff : (1 << (1 << d)) - 1;
  const raw = p.tasks.map((_, t) => {
    const code = taskCode(p, t);
    const list = store.byWeight(countBits(code));
    let floor: Cost;
    if (measure === 'profile') {
      const w0 = (2 ** d - 2 * countBits(code)) ** 2;
      floor = list.codes.length > 0 ? list.costs[0]! : [w0, ...new Array<number>(d).fill(0)];
    } else {
      const listFloor = list.codes.length > 0 ? (list.costs[0] as number) : store.completeUpTo + 1;
      floor = Math.max(listFloor, headFloor(p, t, measure === 'gf2' ? 'gf2' : 'fourier'));
    }
    const last = list.codes.length > 0 ? list.costs[list.codes.length - 1]! : null;
    const ceiling: Cost | null = store.completeUpTo === Infinity ? last : measure === 'profile' ? null : d;
    let atFloor = 0;
    for (let c = 0; c < list.codes.length && compareCosts(list.costs[c]!, floor) === 0; c++) atFloor++;
    const constant = code === 0 || code === full >>> 0;
    return { t, code, floor, ceiling, key: constant ? Infinity : atFloor };
  });
  raw.sort((a, b) => a.key - b.key || a.t - b.t);
  const tasks: TupleTask[] = raw.map((r) => ({ code: r.code, floor: r.floor, ceiling: r.ceiling }));
  const orbits = signedPermutationOrbits(d);
  // Head-only biases: the chain's group H (affine for head-gf2); when H is not inside G, escape turns a minimiser in G into one outside.
  const headOnly = p.bias !== 'head+rep' && p.bias !== 'hier-sum' && p.bias !== 'hier-max';
  const chain = STABILISER_CHAIN.on && headOnly ? stabiliserChain(d, measure === 'gf2' ? 'gf2-affine' : 'signed-permutation') : undefined;
  const escape = chain !== undefined ? affineEscape(d, chain.group, p.group) : null;
  // Fourier measures: the orthonormality bound of the parity tasks at every node (parityCapacity.ts).
  const capacity = (algebra: Algebra<Cost>, order: readonly TupleTask[]) => (PARITY_CAPACITY.on && measure === 'fourier' ? parityCapacityBound(d, order, (g) => costOfCode(d, measure, g) as number, algebra === (maxAlgebra as Algebra<Cost>)) : undefined);
  const spec = <C extends Cost>(algebra: Algebra<C>, openLeaves = false, order: readonly TupleTask[] = tasks) => ({ d, measure, algebra, store, tasks: order, orbits, signal, deadline, openLeaves, lookahead: LOOKAHEAD.on, chain, restBound: capacity(algebra as Algebra<Cost>, order) });
  const ctx: HeadContext = { p, d, measure, store, tasks, orbits, escape, spec, signal, deadline, minimumOnly };

  if (p.bias === 'head-profile') return yield* headProfileSteps(ctx);
  if (p.bias === 'head+rep' || p.bias === 'hier-sum' || p.bias === 'hier-max') {
    if (coordinateCandidates(p.psi) === null) return null; // d = 5 with m > d: not even level 1 listed
    // The heads alone cost at least the head-degree minimum (decided, not counted).
    const heads = yield* leastTotal(tasks, spec(sumAlgebra, true));
    if (heads === null) return null;
    // hier-sum is head+rep's number (both sum the coordinates' degrees on the observations).
    if (p.bias === 'hier-max') return yield* recoverHierMaxSteps(p, tasks, heads.total, signal, deadline, minimumOnly);
    return yield* recoverHeadRepSteps(p, tasks, heads.total, signal, deadline, minimumOnly);
  }
  // Every x_i a task under head-gf2 at d = 5: also the search over W's coordinates, side by side (gf2Dictators.ts).
  if (p.bias === 'head-gf2' && minimumOnly !== true) return yield* withDictatorRoute(p, headTotalSteps(ctx), signal, deadline);
  return yield* headTotalSteps(ctx);
}

/** The least total (sum) of the heads alone, by deciding increasing totals; null when out of reach. */
function* leastTotal(tasks: readonly TupleTask[], spec: Parameters<typeof searchTupleSteps<number>>[0]): Steps<{ total: number; nodes: number } | null> {
  let nodes = 0;
  for (let total = tasks.reduce((s, t) => s + (t.floor as number), 0); ; total++) {
    const out = yield* searchTupleSteps(spec, () => total, () => true);
    nodes += out.nodes;
    if (out.aborted) return null;
    if (out.stopped) return { total, nodes };
    if (out.truncated) return null;
  }
}

function countBits(code: number): number {
  let c = 0;
  for (let m = code >>> 0; m !== 0; m = (m & (m - 1)) >>> 0) c++;
  return c;
}

/** The scaled profile as exact weights W^k = w_k / 4^d. */
export function profileWeights(d: number, scaled: readonly number[]): Rational[] {
  const unit = Rational.of(1, 4 ** d);
  return scaled.map((w) => Rational.fromInt(w).mul(unit));
}
