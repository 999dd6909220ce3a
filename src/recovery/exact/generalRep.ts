/**
 * Exact head+rep, hier-sum and hier-max with partial support and/or rational tasks, d <= 4
 * (docs/math.md section 5 and "The paper's own setting"): sum_t deg(g_t) + sum_j deg(Phi_j)
 * (head+rep, hier-sum) or + max_j deg(Phi_j) (hier-max), Phi = V o psi^-1 on the observations
 * C_m, m >= d (free off psi's image). The heads' part is the general search's (generalSearch.ts:
 * point sets S = V(U), head data with matching joint fibres, Fourier degrees of the least fits);
 * inside each leaf the V are refined by coordinate levels (generalRepLeaf.ts) with the budget
 * total - head cost. Totals increase from (the heads' least feasible total, decided the same way)
 * + (d for the sums, 1 for the max: each coordinate costs >= the least balanced degree); the
 * first total with a V is the minimum, every smaller one proven infeasible, and every V of that
 * total is then counted (times its leaf's weight: the signed permutations A keep every bias, as
 * V -> A o V permutes and negates Phi's coordinates) and judged against the group.
 */
import { inGroup } from '../groups.js';
import { identityImage, makeScorer } from '../scorer.js';
import type { RecoveryProblem } from '../types.js';
import { type DataCost, type TaskValues, dataAlgebra, dataCoster } from './dataCosts.js';
import type { ExactOutcome } from './exactOutcome.js';
import { type LeafVisit, type NodeCut, generalSpace, leastFloor, searchLeaves } from './generalSearch.js';
import { repCoordinates, repLeafSteps } from './generalRepLeaf.js';
import { repExceeds } from './generalRepBound.js';
import type { Steps } from './steps.js';

/** The exact answer as steps; null when interrupted or past the deadline. */
export function* generalRepSteps(p: RecoveryProblem, signal?: AbortSignal, deadline?: number): Steps<ExactOutcome | null> {
  const { d } = p;
  if (p.bias !== 'head+rep' && p.bias !== 'hier-sum' && p.bias !== 'hier-max') throw new Error(`internal: ${p.bias} is not a representation bias`);
  const combine = p.bias === 'hier-max' ? 'max' : 'sum';
  const coster = dataCoster(d, 'fourier');
  const cost = (tv: TaskValues, data: Int8Array): DataCost => coster.cost(tv, data);
  const space = yield* generalSpace(p, cost, dataAlgebra(d, 'sum'), signal, deadline);
  if (space === null) return null;
  const rc = repCoordinates(p.psi);
  const repLeast = combine === 'sum' ? d * rc.least : rc.least;
  // A V exists at the true latents' total: no total past it is ever tried.
  const atTruth = makeScorer(p).evaluate(identityImage(d)) as number;
  const stop: LeafVisit = function* () {
    return true;
  };
  const infeasible: number[] = [];
  // The heads alone: their least feasible total (each smaller one proven infeasible).
  let heads = leastFloor(space) as number;
  for (; ; heads++) {
    const feasible = yield* searchLeaves(space, () => heads, stop);
    if (space.aborted) return null;
    if (feasible) break;
    infeasible.push(heads + repLeast);
  }
  for (let total = heads + repLeast; ; total++) {
    if (total > atTruth) throw new Error(`internal: no V within the true latents' total ${atTruth}`);
    const decide: LeafVisit = function* (h, _w, xc, zc) {
      return yield* repLeafSteps(space, rc, combine, xc, zc, total - (h as number), () => true);
    };
    const cut: NodeCut = (xc, zc, least) => repExceeds(rc, combine, xc, zc, total - (least as number));
    const feasible = yield* searchLeaves(space, () => total - repLeast, decide, cut);
    if (space.aborted) return null;
    if (!feasible) {
      infeasible.push(total);
      continue;
    }
    let count = 0n;
    let best: Uint32Array | null = null;
    let witness: Uint32Array | null = null;
    const collect: LeafVisit = function* (h, weight, xc, zc) {
      yield* repLeafSteps(space, rc, combine, xc, zc, total - (h as number), (v) => {
        count += weight;
        best ??= v.slice();
        if (witness === null && !inGroup(d, v, p.group)) witness = v.slice();
        return false;
      });
      return false;
    };
    yield* searchLeaves(space, () => total - repLeast, collect, cut);
    if (space.aborted || best === null) return null;
    return { minimum: total, minimizers: count, recovers: witness === null, witness, best, infeasible, nodes: space.nodes, aborted: false, general: true };
  }
}
