/**
 * Exact recovery by the tuple search (tupleSearch.ts) for Boolean tasks with full support,
 * d <= 5, every bias:
 * - head-degree, head-gf2, head-max: increasing totals B from the floors' lower bound; each B is
 *   searched until one tuple fits (feasible) or none does (infeasible, proven); at the first
 *   feasible B every tuple of cost B is enumerated, its minimisers counted and judged.
 * - head+rep, hier-sum (the same number): headRep.ts (the coordinates of Phi as further levels of
 *   the same search); hier-max: hierMax.ts (the coordinates restricted by a ceiling instead).
 *   Observations longer than the latents (m > d): observedCoordinates.ts (d = 5:
 *   observedD5Coordinates.ts, coordinates listed up to a level).
 * - head-profile: branch and bound from the true latents' profile, ties kept.
 * At d = 5 the candidate lists stop at degree 3 (GF(2): 2); where a bound would need heads
 * beyond them the answer is not exact and null is returned (the caller falls back to search).
 * Partial support and rational tasks (d <= 4): general.ts for the head-only biases, generalRep.ts
 * for head+rep, hier-sum and hier-max (any m >= d); at d = 5 generalPlaces.ts (head-only) and
 * generalRepD5.ts (rep biases, m = 5).
 */
import { isBoolean } from '../../core/cubeFunction.js';
import { Rational } from '../../core/rational.js';
import { headFloor, lowerBound } from '../bounds.js';
import type { Bias, Group, RecoveryProblem } from '../types.js';
import { type Algebra, type Cost, type Measure, costOfCode, maxAlgebra, profileAlgebra, sumAlgebra } from './costs.js';
import { MAX_EXACT_D, candidateStore, compareCosts } from './candidates.js';
import { baseMinimiser, cosetSize, leafVerdict } from './leaves.js';
import { signedPermutationOrbits } from './orbits.js';
import type { Leaf, TupleTask } from './tupleSpec.js';
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
import { profileOrders, taskOrders } from './taskOrder.js';
import { firstOf } from './portfolio.js';
import { blockBoundSteps, suffixBoundsFor } from './blockBounds.js';
import { stabiliserChain } from './stabiliserChain.js';
import { affineEscape } from './affineEscape.js';
import { PARITY_CAPACITY, parityCapacityBound } from './parityCapacity.js';

export interface ExactOutcome {
  readonly minimum: Cost;
  /** Exact count of minimisers V. */
  readonly minimizers: bigint;
  readonly recovers: boolean | null;
  readonly witness: Uint32Array | null;
  readonly best: Uint32Array;
  /** Totals proven infeasible (number biases), in increasing order. */
  readonly infeasible: readonly number[];
  readonly nodes: number;
  readonly aborted: boolean;
  /** Set by the general search (general.ts: partial support, rational tasks): its exact profile minimum. */
  readonly profile?: readonly Rational[];
  readonly general?: boolean;
}

/** The tuple search's look-ahead bounds (lookahead.ts) on the head-only path; off only to compare (bench, tests). */
export const LOOKAHEAD = { on: true };
/** Symmetry breaking down the stabiliser chain (stabiliserChain.ts) on the head-only path; off only to compare (bench, tests). */
export const STABILISER_CHAIN = { on: true };

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
  const identityCost = tasks.map((t) => costOfCode(d, measure, t.code));

  if (p.bias === 'head-profile') {
    // Branch and bound from the true latents' profile, ties kept. Under
    // LOOKAHEAD the same search runs under several task orders side by side (portfolio.ts),
    // sharing the bound: a search prunes only above the least leaf any has found, so each one
    // still visits every leaf of the final minimum, and its own tally (reset at each leaf below its
    // own best) is the full answer when it ends.
    const alg = profileAlgebra(d);
    let best = identityCost.reduce<readonly number[]>((a, c) => alg.combine(a, c as number[]), alg.zero);
    const orders = LOOKAHEAD.on ? profileOrders(tasks, store) : [tasks];
    const tallies = orders.map(() => new Tally(d, p.group, escape));
    const own: (readonly number[] | null)[] = orders.map(() => null);
    const passes = orders.map((order, i) =>
      searchTupleSteps<readonly number[]>(spec(alg, false, order), () => best, (leaf) => {
        const c = leaf.cost as readonly number[];
        if (alg.compare(c, best) > 0) return false; // allowed before the bound tightened
        if (alg.compare(c, best) < 0) best = c;
        const mine = own[i]!;
        if (mine === null || alg.compare(c, mine) < 0) {
          own[i] = c;
          tallies[i]!.reset();
        } else if (alg.compare(c, mine) > 0) return false;
        tallies[i]!.add(leaf);
        return false;
      }),
    );
    const { index, value: out } = yield* firstOf(passes);
    if (out.aborted || out.truncated) return null;
    const mine = own[index];
    // No leaf at or below the start: impossible when the start is a real bijection's profile.
    if (mine === null || alg.compare(mine, best) !== 0) return null;
    return tallies[index]!.outcome(best, [], out.nodes);
  }
  const alg = p.bias === 'head-max' ? maxAlgebra : sumAlgebra;
  const floors = tasks.map((t) => t.floor as number);
  if (p.bias === 'head+rep' || p.bias === 'hier-sum' || p.bias === 'hier-max') {
    if (coordinateCandidates(p.psi) === null) return null; // d = 5 with m > d: not even level 1 listed
    // The heads alone cost at least the head-degree minimum (decided, not counted).
    const heads = yield* leastTotal(tasks, spec(sumAlgebra, true));
    if (heads === null) return null;
    // hier-sum is head+rep's number (both sum the coordinates' degrees on the observations).
    if (p.bias === 'hier-max') return yield* recoverHierMaxSteps(p, tasks, heads.total, signal, deadline, minimumOnly);
    return yield* recoverHeadRepSteps(p, tasks, heads.total, signal, deadline, minimumOnly);
  }
  // Start at the proven bound of bounds.ts (orthonormality of parity heads, T7) when it is higher.
  const proven = lowerBound(p);
  const floorBound = p.bias === 'head-max' ? Math.max(0, ...floors) : floors.reduce((a, b) => a + b, 0);
  let headLow = Math.max(floorBound, proven?.value ?? 0);
  const infeasible: number[] = [];
  let nodes = 0;
  // Sum biases: block bounds (pairs and triples of tasks searched alone, blockBounds.ts) lift the
  // start and bound the remaining levels. Every total below the start is then proven infeasible too.
  let blocks: Int32Array | null = null;
  if (LOOKAHEAD.on && p.bias !== 'head-max' && store.completeUpTo === Infinity && tasks.length >= 2) {
    blocks = yield* blockBoundSteps({ d, measure, store, orbits, signal, deadline }, tasks);
    if (signal?.aborted || (deadline !== undefined && Date.now() > deadline)) return null;
    if (blocks !== null) {
      const lifted = blocks[(1 << tasks.length) - 1]!;
      for (let total = headLow; total < lifted; total++) infeasible.push(total);
      headLow = Math.max(headLow, lifted);
    }
  }
  for (let total = headLow; ; total++) {
    // One pass per total: every tuple within it is tallied (nothing is below it, so each costs
    // exactly the total); none means the total is infeasible (proven), and the next is tried.
    // minimumOnly stops at the first tuple, 'verdict' at the first minimiser outside the group.
    // The same pass runs under several task orders side by side (portfolio.ts); the first to end decides.
    const orders = LOOKAHEAD.on ? taskOrders(tasks, store, total, p.bias === 'head-max') : [tasks];
    const tallies = orders.map(() => new Tally(d, p.group, escape));
    const passes = orders.map((order, i) =>
      searchTupleSteps({ ...spec(alg, true, order), ...(blocks !== null ? { suffixBounds: suffixBoundsFor(blocks, tasks, order) } : {}) }, () => total, (leaf) => {
        tallies[i]!.add(leaf);
        return minimumOnly === true || (minimumOnly === 'verdict' && tallies[i]!.witness !== null);
      }),
    );
    // A truncated pass (d = 5: an order that met heads beyond the lists) settles only by a tuple found.
    const { index, value: all } = yield* firstOf(passes, (o) => !o.truncated || o.aborted || o.stopped);
    const tally = tallies[index]!;
    nodes += all.nodes;
    if (all.aborted) return null;
    if (tally.best === null) {
      if (all.truncated) return null;
      infeasible.push(total);
      continue;
    }
    if (minimumOnly === true) return { ...tally.outcome(total, infeasible, nodes), best: new Uint32Array(0), recovers: null, minimizers: 0n };
    if (all.truncated) return null;
    return tally.outcome(total, infeasible, nodes);
  }
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

/** Counts the minimisers of the leaves it is shown, keeps one and a witness outside the group. */
class Tally {
  count = 0n;
  witness: Uint32Array | null = null;
  best: Uint32Array | null = null;
  constructor(
    private readonly d: number,
    private readonly group: Group,
    private readonly escape: ((v0: Uint32Array) => Uint32Array) | null = null,
  ) {}
  reset(): void {
    this.count = 0n;
    this.witness = null;
    this.best = null;
  }
  add(leaf: Leaf): void {
    this.count += BigInt(leaf.weight) * cosetSize(leaf.xClasses);
    if (this.best !== null && this.witness !== null) return;
    const v0 = baseMinimiser(this.d, leaf.xClasses, leaf.zClasses);
    this.best ??= v0;
    this.witness ??= leafVerdict(this.d, v0, leaf.zClasses, this.group) ?? (this.escape !== null ? this.escape(v0) : null);
  }
  outcome(minimum: Cost, infeasible: readonly number[], nodes: number): ExactOutcome {
    return { minimum, minimizers: this.count, recovers: this.witness === null, witness: this.witness, best: this.best!, infeasible, nodes, aborted: false };
  }
}

/** The scaled profile as exact weights W^k = w_k / 4^d. */
export function profileWeights(d: number, scaled: readonly number[]): Rational[] {
  const unit = Rational.of(1, 4 ** d);
  return scaled.map((w) => Rational.fromInt(w).mul(unit));
}
