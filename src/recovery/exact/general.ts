/**
 * Exact recovery where the tuple search of tupleSearch.ts does not apply: a partial support U
 * (tasks seen on U only) and/or rational-valued tasks, d <= 5, the head-only biases (head-degree,
 * head-gf2 for Boolean tasks, head-max, head-profile). At d = 5 the point sets come one per orbit
 * from generalOrbits.ts and are searched one at a time (generalPlaces.ts).
 *
 * The objective of V depends only on S = V(U) and on the data each head must fit there,
 * g_t(V(z)) = h_t(z) for z in U. So the search runs over point sets S (one per orbit of the
 * signed permutations A, which leave every bias unchanged, weighted by the orbit size) and over
 * tuples of data on S whose joint fibres match the tasks' on U: the histogram of
 * x -> (g_1(x)..g_k(x)) over S equals that of z -> (h_1(z)..h_k(z)) over U. The V realising a
 * tuple map each joint class of U onto its class of S, and C_d \ U onto C_d \ S, in any order:
 * prod (class size)! of them (leaves.ts, with C_d \ U as one more class). Depth-first over the
 * tasks, each task's candidate data on S listed once and sorted by cost (dataCosts.ts); the
 * first task's data restricted to one per orbit of the stabiliser of S (weighted by the orbit
 * size). Number biases: totals decided in increasing order from the floors' sum until one is
 * feasible, then every tuple of that total collected; head-profile: branch and bound from the
 * true latents' profile with ties kept. The count of minimisers, the verdict and a witness come
 * from the collected leaves. The pieces: generalData.ts (tasks, candidate data), generalSymmetry.ts
 * (stabilisers, orbit weights), generalSearch.ts (the leaves); generalRep.ts adds the
 * representation biases on top.
 */
import { isBoolean } from '../../core/cubeFunction.js';
import type { RecoveryProblem } from '../types.js';
import { type DataCost, type TaskValues, compareDataCosts, dataAlgebra, dataCoster } from './dataCosts.js';
import { multinomial, supportOf, tasksOf } from './generalData.js';
import { generalSpace, leastFloor, searchLeaves } from './generalSearch.js';
import { baseMinimiser, cosetSize, leafVerdict } from './leaves.js';
import { generalPlaceSteps } from './generalPlaces.js';
import type { Steps } from './steps.js';

/** Candidate data per task and point set beyond this: out of reach (null). */
export const MAX_CANDIDATES = 200_000;

export interface GeneralOutcome {
  readonly minimum: DataCost;
  readonly minimizers: bigint;
  readonly recovers: boolean;
  readonly witness: Uint32Array | null;
  readonly best: Uint32Array;
  readonly nodes: number;
}

/** The representation biases (generalRep.ts): heads as head-degree plus a cost of Phi. */
export const isRepBias = (b: RecoveryProblem['bias']): boolean => b === 'head+rep' || b === 'hier-sum' || b === 'hier-max';

/**
 * The candidate data on every point set stay within MAX_CANDIDATES (d <= 4, and d = 5 place by
 * place: generalPlaces.ts for the head-only biases, generalRepD5.ts for the rep biases with
 * observations as long as the latents; head-gf2 needs Boolean tasks).
 */
export function generalApplies(p: RecoveryProblem): boolean {
  if (p.d < 1 || p.d > 5 || (p.d === 5 && isRepBias(p.bias) && p.psi.m > 6)) return false;
  if (p.bias === 'head-gf2' && !p.tasks.every(isBoolean)) return false;
  const s = p.support?.length ?? 2 ** p.d;
  return tasksOf(p).every((t) => multinomial(s, t.counts) <= MAX_CANDIDATES);
}

/** The exact answer as steps (yield every 4096 nodes); null when interrupted or past the deadline. Head-only biases. */
export function* generalSteps(p: RecoveryProblem, signal?: AbortSignal, deadline?: number): Steps<GeneralOutcome | null> {
  if (isRepBias(p.bias)) throw new Error(`internal: ${p.bias} is a representation bias (generalRep.ts)`);
  const { d } = p;
  if (d === 5) return yield* generalPlaceSteps(p, signal, deadline);
  const size = 2 ** d;
  const U = supportOf(p);
  const coster = dataCoster(d, p.bias === 'head-gf2' ? 'gf2' : p.bias === 'head-profile' ? 'profile' : 'fourier');
  const alg = dataAlgebra(d, p.bias === 'head-max' ? 'max' : p.bias === 'head-profile' ? 'profile' : 'sum');
  const cost = (tv: TaskValues, data: Int8Array): DataCost => coster.cost(tv, data);
  const space = yield* generalSpace(p, cost, alg, signal, deadline);
  if (space === null) return null;
  // The true latents (S = U, the data h itself) give a first bound.
  const atTruth = space.tasks.reduce<DataCost>((acc, t) => {
    const data = new Int8Array(size).fill(-1);
    t.zMasks.forEach((m, v) => U.forEach((z) => ((m >>> z) & 1 ? (data[z] = v) : 0)));
    return alg.combine(acc, cost(t.tv, data));
  }, alg.zero);
  let best = atTruth;
  let count = 0n;
  let witness: Uint32Array | null = null;
  let bestV: Uint32Array | null = null;
  const tally = function* (c: DataCost, weight: bigint, xc: readonly number[], zc: readonly number[]): Steps<boolean> {
    if (compareDataCosts(c, best) < 0) [best, count, witness, bestV] = [c, 0n, null, null];
    count += weight * cosetSize(xc);
    if (bestV === null || witness === null) {
      const v0 = baseMinimiser(d, xc, zc);
      bestV ??= v0;
      witness ??= leafVerdict(d, v0, zc, p.group);
    }
    return false;
  };
  const found = function* (): Steps<boolean> {
    return true;
  };
  if (p.bias === 'head-profile') {
    // Branch and bound from the true latents' profile, ties kept.
    yield* searchLeaves(space, () => best, tally);
  } else {
    // Number biases: decide increasing totals from the least floor sum, then collect at the first feasible one.
    let total = leastFloor(space) as number;
    for (; total < (atTruth as number); total++) {
      const feasible = yield* searchLeaves(space, () => total, found);
      if (space.aborted) return null;
      if (feasible) break;
    }
    best = total;
    yield* searchLeaves(space, () => total, tally);
  }
  if (space.aborted || signal?.aborted) return null;
  if (bestV === null) throw new Error('internal: the general exact search found no tuple (the true latents always fit)');
  return { minimum: best, minimizers: count, recovers: witness === null, witness, best: bestV, nodes: space.nodes };
}
