/**
 * Exact head+rep (sum_t deg(g_t) + sum_j deg(Phi_j), Phi = V o psi^-1 as a function of the
 * observation x) by the tuple search with two kinds of levels. Head levels are as for head-degree
 * (a code g_t chosen on the representation side r, h_t fixed on the latents z). A coordinate level
 * j fixes the dictator r_j on the representation side and chooses its partner on the latents,
 * the function z -> bit j of V(z) = Phi_j(psi(z)), costed as deg(Phi_j) on x. After all d
 * coordinate levels the classes are single points: V itself. Every level is a compatible split of
 * the joint classes, so the leaves are exactly the bijections V, each once, with their objective.
 * Totals T increase from the least head costs + d, each searched to the end: the first with a
 * leaf is the minimum (every smaller one proven infeasible) and its leaves are the minimisers.
 * Symmetry: the first level is a head level, restricted to one head per signed-permutation orbit
 * (V -> A o V moves g to g o A^-1 and permutes and negates Phi's coordinates, keeping the cost).
 * Observations longer than the latents (psi: C_d -> C_m, m > d, d <= 4): the coordinates are all
 * balanced codes on the latents costed by their least degree on C_m (observedCoordinates.ts); at
 * d = 5 those up to a level L; past what L decides the coordinate levels generate exactly or the
 * pass gives up and answers null (observedD5Coordinates.ts, observedListReach; observedD5Compatible.ts).
 * Where every balanced code costs <= L + 1 (a generic psi into C_6) the dear coordinates of a pass
 * are counted at its leaves instead (observedD5CountPass.ts): a counted leaf stands for N V.
 * 'verdict': at the minimum, stop at the first minimiser outside the group (count a lower bound).
 */
import type { RecoveryProblem } from '../types.js';
import { inGroup } from '../groups.js';
import { sumAlgebra } from './costs.js';
import { candidateStore, popcount32 } from './candidates.js';
import type { ExactOutcome } from './exactOutcome.js';
import { coordinateCandidates, coordinateLevels } from './observedCoordinates.js';
import { observedListCovers, observedListReach } from './observedD5Coordinates.js';
import { degreeCut, psiDegree } from './observedDegreeBound.js';
import { repProfileCut } from './repDegreeProfile.js';
import { coordinateSymmetry } from './repSymmetry.js';
import { fourierDegreeOfCode } from './costs.js';
import { signedPermutationOrbits } from './orbits.js';
import { DEAR_SPLIT, dearCoordinateLevels, dearSets } from './observedD5Split.js';
import { dearPasses, passOrder } from './observedD5Passes.js';
import { type CountedPass, countable } from './observedD5CountPass.js';
import type { Leaf, TupleSearchOutcome, TupleTask } from './tupleSpec.js';
import { type Steps, drainSteps } from './steps.js';
import { searchTupleSteps } from './tupleSearch.js';

/** Completions of a counted leaf tried for a witness outside the group (observedD5CountPass.ts). */
const WITNESS_TRIES = 1 << 16;

/** The rep biases' speed-ups (repDegreeProfile.ts ...); off only to compare (bench, tests). */
export const REP_SPEEDUPS = { on: true };

/**
 * headLeast: a proven lower bound on sum_t deg(g_t) alone (the head-degree minimum when known,
 * else the floors' sum).
 */
export function recoverHeadRep(p: RecoveryProblem, headTasks: readonly TupleTask[], headLeast: number, signal?: AbortSignal, deadline?: number, mode: boolean | 'verdict' = false): ExactOutcome | null {
  return drainSteps(recoverHeadRepSteps(p, headTasks, headLeast, signal, deadline, mode));
}

/** V from a leaf whose classes are single points: V(z) = r for the paired classes {r} and {z}. */
export function leafMap(d: number, leaf: Leaf): Uint32Array {
  const v = new Uint32Array(1 << d);
  leaf.xClasses.forEach((rm, i) => (v[31 - Math.clz32(leaf.zClasses[i]!)] = 31 - Math.clz32(rm)));
  return v;
}

/**
 * The level order: the first head whose cost can vary (it cuts, and carries the orbit
 * restriction), then the coordinates (`coordinatesFirst`) or the other varying heads, then the
 * rest; the heads of fixed cost last.
 */
export function repLevels(headTasks: readonly TupleTask[], coordinates: readonly TupleTask[], coordinatesFirst: boolean): TupleTask[] {
  const varying = headTasks.filter((t) => t.ceiling === null || t.ceiling !== t.floor);
  const steady = headTasks.filter((t) => !varying.includes(t));
  return coordinatesFirst ? [...varying.slice(0, 1), ...coordinates, ...varying.slice(1), ...steady] : [...varying, ...coordinates, ...steady];
}

/**
 * The heads' floors raised by the composition bound (observedDegreeBound.ts): a head of a task of
 * latent degree D costs >= ceil(D / E) with E <= d, and E <= delta * M under a ceiling M.
 */
export function raiseFloors(p: RecoveryProblem, headTasks: readonly TupleTask[], ceiling: number | null): TupleTask[] {
  const eCap = Math.min(p.d, ceiling === null ? Infinity : psiDegree(p) * ceiling);
  return headTasks.map((t) => {
    const D = fourierDegreeOfCode(p.d, t.code);
    const floor = Math.max(t.floor as number, D === 0 ? 0 : Math.ceil(D / eCap));
    return floor === t.floor ? t : { ...t, floor };
  });
}

/** Orbit restriction on the first level when it is a non-constant head. */
export function firstLevelOrbits(d: number, tasks: readonly TupleTask[]): ReturnType<typeof signedPermutationOrbits> | null {
  const t = tasks[0];
  if (t === undefined || t.side === 'z' || t.code === 0 || popcount32(t.code) === 1 << d) return null;
  return signedPermutationOrbits(d);
}

/** recoverHeadRep as steps (steps.ts), for the interruptible driver. */
export function* recoverHeadRepSteps(p: RecoveryProblem, headTasks: readonly TupleTask[], headLeast: number, signal?: AbortSignal, deadline?: number, mode: boolean | 'verdict' = false): Steps<ExactOutcome | null> {
  const { d } = p;
  const coords = coordinateCandidates(p.psi);
  if (coords === null) return null;
  let total = headLeast + d;
  // One order: the coordinates right after the first head. The heads-first order beside it (as
  // hier-max runs) was tried and not kept: heads first was 50x slower on 3 of 4 instances tried,
  // and the pair costs up to twice the time of the better order.
  const order = (levels: TupleTask[], symmetric: boolean) => {
    const tasks = repLevels(raiseFloors(p, headTasks, null), levels, true);
    const cut = (REP_SPEEDUPS.on ? repProfileCut : degreeCut)(p, tasks, () => total, 'degree');
    const sym = REP_SPEEDUPS.on && symmetric ? coordinateSymmetry(d, tasks) : null;
    const accept = sym === null ? cut : (j: number, g: number, pre: readonly number[]) => cut(j, g, pre) && sym.accept(j, g, pre);
    return { sym, counted: undefined as CountedPass | undefined, spec: { d, measure: 'fourier' as const, algebra: sumAlgebra, store: candidateStore(d, 'fourier'), tasks, orbits: firstLevelOrbits(d, tasks), accept, signal, deadline } };
  };
  const orders = [order(coordinateLevels(coords, null, () => observedListReach(coords, total, headLeast)), true)];
  // d = 5, m > d past the list's level: one pass per set of dear coordinates (observedD5Split.ts).
  const dearOrders = new Map<string, ReturnType<typeof passOrder>>();
  const raised = raiseFloors(p, headTasks, null);
  // A pass's order depends on the total (observedD5Passes.ts: which heads go before the coordinates).
  const dearOrder = (key: number) => dearOrders.get(`${key}:${total}`) ?? dearOrders.set(`${key}:${total}`, REP_SPEEDUPS.on ? passOrder(p, coords, key, raised, total, () => total, signal, deadline, countable(coords)) : order(dearCoordinateLevels(coords, key), key === 0)).get(`${key}:${total}`)!;
  const infeasible: number[] = [];
  let nodes = 0;
  for (; ; total++) {
    if (!observedListCovers(coords, total, headLeast)) return null; // d = 5, m > d: beyond the listed coordinates
    const dear = DEAR_SPLIT.on ? (REP_SPEEDUPS.on ? dearPasses(coords, raised, total, headLeast) : dearSets(coords, total, headLeast)) : null;
    let count = 0n;
    let best: Uint32Array | null = null;
    let witness: Uint32Array | null = null;
    let out: TupleSearchOutcome | null = null;
    // A counted leaf whose completions were not all tried for a witness outside the group.
    let undecided = false;
    // The one pass first (past the list it generates per node); where a node has too many codes
    // to generate (truncated), the split passes instead, their tallies from zero.
    for (const group of dear === null ? [orders] : DEAR_SPLIT.always ? [dear.map(dearOrder)] : [orders, dear.map(dearOrder)]) {
      [count, best, witness] = [0n, null, null];
      undecided = false;
      // A group with no pass (every class vector empty by the rank bound, observedD5Rank.ts) has no V.
      out = { truncated: false, nodes: 0, aborted: false, stopped: false };
      for (const { sym, spec, counted } of group) {
        // A counted pass (observedD5CountPass.ts): its leaves stand for N(leaf) V each, built only as witnesses.
        const spend = counted?.spend ?? 0;
        out = yield* searchTupleSteps(spec, () => total - spend, (leaf) => {
          if (counted !== undefined) {
            const n = counted.count(leaf);
            if (n === 0n) return false;
            count += n;
            const some = best === null ? counted.completion(leaf, () => true, Infinity) : null;
            if (some !== null && some !== 'none' && some !== 'unknown') best = some.v;
            if (witness === null) {
              const out = counted.completion(leaf, (v) => !inGroup(d, v, p.group), WITNESS_TRIES);
              if (out === 'unknown') undecided = true;
              else if (out !== 'none') witness = out.v;
            }
            return (mode === 'verdict' && witness !== null) || mode === true;
          }
          const v = leafMap(d, leaf);
          count += BigInt(leaf.weight) * BigInt(sym === null ? 1 : sym.stabiliserSize(leaf.heads));
          best ??= v;
          if (witness === null && !inGroup(d, v, p.group)) witness = v;
          return (mode === 'verdict' && witness !== null) || mode === true;
        });
        nodes += out.nodes;
        if (out.aborted || out.truncated || out.stopped) break;
      }
      if (out === null || out.stopped || !out.truncated || signal?.aborted || (deadline !== undefined && Date.now() > deadline)) break;
    }
    // Stopped early (verdict, minimum only): what was found stands, a skipped branch does not matter.
    if (out === null || out.aborted || (out.truncated && !out.stopped)) return null;
    if (best === null) {
      infeasible.push(total);
      continue;
    }
    if (mode === true) return { minimum: total, minimizers: 0n, recovers: null, witness: null, best, infeasible, nodes, aborted: false };
    // No witness found, but some counted leaf was not searched through: the verdict is not proven.
    if (witness === null && undecided) return null;
    return { minimum: total, minimizers: count, recovers: witness === null, witness, best, infeasible, nodes, aborted: false };
  }
}
