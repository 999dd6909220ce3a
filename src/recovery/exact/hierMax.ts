/**
 * Exact hier-max (max_j deg(Phi_j) + sum_t deg(g_t), Phi on the observations: Phi(psi(z)) = V(z))
 * by the tuple search of head+rep (headRep.ts) with the coordinates restricted instead of costed.
 * For a ceiling M, H_M is the least head sum over the V whose coordinates all cost <= M: the
 * search with the coordinate levels restricted to codes of cost <= M, each costed 0
 * (observedCoordinates.ts), bounded by the head sum. Every coordinate costs >= 1 and H_M does
 * not increase with M, so minimum = min over M = 1..top of (M + H_M), top the largest cost a
 * coordinate can have; at M = top the coordinates are free and H_top is the head-degree minimum H.
 * Totals T = H + 1, H + 2, ... are decided in turn, each for every M with T - M >= H; the first
 * feasible one is the minimum, every smaller one proven infeasible.
 * Counting at the minimum T: a V counted under ceiling M with heads summing to T - M has max_j
 * deg(Phi_j) = M exactly (a smaller max would give a total below T), so the counts of the M with
 * M + H_M = T are disjoint and add up. Under M < top the leaves are single maps V; under M = top
 * the head-only search's leaves stand for their whole cosets (leaves.ts), as for head-degree.
 * d = 5, m > d (a list complete up to L, with a generator past it): every ceiling M < top runs by
 * observedD5HierMax.ts's passes (M <= L the one pass E = {}, M in (L, K) one per set of dear
 * positions; docs/math.md, "hier-max past the list at d = 5, m > d"), instead of "not exact".
 */
import type { RecoveryProblem } from '../types.js';
import { inGroup } from '../groups.js';
import { sumAlgebra } from './costs.js';
import { candidateStore } from './candidates.js';
import type { ExactOutcome } from './exactOutcome.js';
import { baseMinimiser, cosetSize, leafVerdict } from './leaves.js';
import { coordinateCandidates, coordinateLevels, coordinatesUpTo } from './observedCoordinates.js';
import { REP_SPEEDUPS, firstLevelOrbits, leafMap, raiseFloors, repLevels } from './headRep.js';
import { repProfileCut } from './repDegreeProfile.js';
import { type CoordinateSymmetry, coordinateSymmetry } from './repSymmetry.js';
import { degreeCut } from './observedDegreeBound.js';
import { signedPermutationOrbits } from './orbits.js';
import { firstOf } from './portfolio.js';
import type { Leaf, TupleSearchOutcome, TupleTask } from './tupleSpec.js';
import { type Steps, drainSteps } from './steps.js';
import { searchTupleSteps } from './tupleSearch.js';
import { passesFor } from './observedD5HierMax.js';
import { forcedCoordinateCut } from './hierMaxForced.js';
import { dearPassesSteps } from './observedD5HierMaxRun.js';

/**
 * Without the speed-ups (REP_SPEEDUPS off, to compare): past this many restricted coordinates the
 * coordinate levels go after all varying heads. With them the coordinates always come right after
 * the first head (3:3 of the seed-2025 curve: 40 s -> 0.3 s).
 */
const COORDINATES_FIRST_UP_TO = 100;

export function recoverHierMax(p: RecoveryProblem, headTasks: readonly TupleTask[], headLeast: number, signal?: AbortSignal, deadline?: number, mode: boolean | 'verdict' = false): ExactOutcome | null {
  return drainSteps(recoverHierMaxSteps(p, headTasks, headLeast, signal, deadline, mode));
}

/**
 * headTasks in the head search's order (first head non-constant when any is); headLeast: the
 * head-degree minimum H (sum_t deg(g_t) over all V). mode as for head+rep.
 */
export function* recoverHierMaxSteps(p: RecoveryProblem, headTasks: readonly TupleTask[], headLeast: number, signal?: AbortSignal, deadline?: number, mode: boolean | 'verdict' = false): Steps<ExactOutcome | null> {
  const { d } = p;
  const coords = coordinateCandidates(p.psi);
  if (coords === null) return null;
  // The d = 5 list stops at degree 3; beyond it a coordinate may have any degree up to d (or up to
  // its cost ceiling, m > d: observedD5Coordinates.ts).
  const top = coords.completeUpTo === Infinity ? coords.maxCost : Math.min(d, coords.costCeiling ?? d);
  const store = candidateStore(d, 'fourier');
  let headBound = 0;
  let sym: CoordinateSymmetry | null = null;
  const restrictedAs = (ceiling: number, coordinatesFirst: boolean) => {
    const tasks = repLevels(raiseFloors(p, headTasks, ceiling), coordinateLevels(coords, ceiling), coordinatesFirst);
    const profile = (REP_SPEEDUPS.on ? repProfileCut : degreeCut)(p, tasks, () => headBound, ceiling);
    const forced = forcedCoordinateCut(d, tasks);
    const cut = (j: number, g: number, pre: readonly number[]) => profile(j, g, pre) && forced(j, g, pre);
    const s = REP_SPEEDUPS.on ? coordinateSymmetry(d, tasks) : null;
    const accept = s === null ? cut : (j: number, g: number, pre: readonly number[]) => cut(j, g, pre) && s.accept(j, g, pre);
    return { spec: { d, measure: 'fourier' as const, algebra: sumAlgebra, store, tasks, orbits: firstLevelOrbits(d, tasks), accept, signal, deadline }, sym: s };
  };
  const restricted = (ceiling: number) => {
    const r = restrictedAs(ceiling, REP_SPEEDUPS.on || coordinatesUpTo(coords, ceiling).codes.length <= COORDINATES_FIRST_UP_TO);
    sym = r.sym;
    return r.spec;
  };
  // Is H_M <= bound? With the speed-ups both level orders run side by side (portfolio.ts), the
  // first to finish answers; the visitor sees the first V found (by the order that found it).
  const decide = function* (M: number, bound: number, visit: (v: Uint32Array, weight: bigint) => void): Steps<TupleSearchOutcome> {
    if (!REP_SPEEDUPS.on) return yield* run(restricted(M), bound, (leaf) => (visit(leafMap(d, leaf), BigInt(leaf.weight)), true));
    headBound = bound;
    const passes = [true, false].map((first) => {
      const r = restrictedAs(M, first);
      return searchTupleSteps(r.spec, () => bound, (leaf) => {
        visit(leafMap(d, leaf), BigInt(leaf.weight) * BigInt(r.sym === null ? 1 : r.sym.stabiliserSize(leaf.heads)));
        return true;
      });
    });
    // A truncated pass (d = 5: coordinates or heads beyond the lists) settles only by a V found.
    const { value: out } = yield* firstOf(passes, (o) => !o.truncated || o.aborted || o.stopped);
    nodes += out.nodes;
    return out;
  };
  const headsOnly = { d, measure: 'fourier' as const, algebra: sumAlgebra, store, tasks: headTasks, orbits: signedPermutationOrbits(d), signal, deadline, openLeaves: true };
  let nodes = 0;
  const run = function* (spec: Parameters<typeof searchTupleSteps<number>>[0], bound: number, visit: (leaf: Leaf) => boolean): Steps<TupleSearchOutcome> {
    headBound = bound;
    const out = yield* searchTupleSteps(spec, () => bound, visit);
    nodes += out.nodes;
    return out;
  };
  // Decide the totals in turn; `feasible` collects the ceilings M attaining the first feasible one.
  const infeasible: number[] = [];
  let minimum = -1;
  const feasible: number[] = [];
  for (let total = headLeast + 1; minimum < 0; total++) {
    for (let M = 1; M <= top && total - M >= headLeast; M++) {
      let ok: boolean;
      if (M === top) ok = true; // free coordinates: any head tuple of sum H extends to some V
      // d = 5, m > d: coordinates of cost M are not listed; past the list one pass per set of dear positions.
      else if (M > coords.completeUpTo && !passesFor(coords, M)) return null;
      else if (REP_SPEEDUPS.on && mode === 'verdict' && feasible.length > 0) ok = true; // the minimum is known: the count pass below judges M
      else {
        let first: Uint32Array | null = null;
        let weight = 0n;
        if (passesFor(coords, M)) {
          const r = yield* dearPassesSteps(p, coords, headTasks, M, total - M, 'first', signal, deadline);
          if (r === null) return null;
          nodes += r.nodes;
          [first, weight, ok] = [r.first, r.count, r.first !== null];
        } else {
          const out = yield* decide(M, total - M, (v, w) => {
            first = v;
            weight = w;
          });
          if (out.aborted || (out.truncated && !out.stopped)) return null;
          ok = out.stopped;
        }
        // Stop early: the minimum is this total (every smaller one was proven infeasible); with
        // mode true that is all, in verdict mode a minimiser outside the group settles it.
        if (ok && REP_SPEEDUPS.on && first !== null) {
          if (mode === true) return { minimum: total, minimizers: 0n, recovers: null, witness: null, best: first, infeasible, nodes, aborted: false };
          if (mode === 'verdict' && !inGroup(d, first, p.group)) return { minimum: total, minimizers: weight, recovers: false, witness: first, best: first, infeasible, nodes, aborted: false };
        }
      }
      if (ok) feasible.push(M);
    }
    if (feasible.length > 0) minimum = total;
    else infeasible.push(total);
  }
  // Count (and judge) the minimisers, ceiling by ceiling.
  let count = 0n;
  let best: Uint32Array | null = null;
  let witness: Uint32Array | null = null;
  const done = (): boolean => mode === true || (mode === 'verdict' && witness !== null);
  for (const M of feasible) {
    if (M !== top && passesFor(coords, M)) {
      const r = yield* dearPassesSteps(p, coords, headTasks, M, minimum - M, mode === true ? 'first' : mode === 'verdict' ? 'witness' : 'never', signal, deadline);
      if (r === null) return null;
      nodes += r.nodes;
      count += r.count;
      best ??= r.first;
      witness ??= r.witness;
      if (done()) break;
      continue;
    }
    const out =
      M === top
        ? yield* run(headsOnly, minimum - M, (leaf) => {
            count += BigInt(leaf.weight) * cosetSize(leaf.xClasses);
            if (best !== null && witness !== null) return done();
            const v0 = baseMinimiser(d, leaf.xClasses, leaf.zClasses);
            best ??= v0;
            witness ??= leafVerdict(d, v0, leaf.zClasses, p.group);
            return done();
          })
        : yield* run(restricted(M), minimum - M, (leaf) => {
            const v = leafMap(d, leaf);
            count += BigInt(leaf.weight) * BigInt(sym === null ? 1 : sym.stabiliserSize(leaf.heads));
            best ??= v;
            if (witness === null && !inGroup(d, v, p.group)) witness = v;
            return done();
          });
    if (out.aborted || (out.truncated && !out.stopped)) return null;

    if (done()) break;
  }
  if (best === null) throw new Error('internal: hier-max found no minimiser at its proven minimum');
  if (mode === true) return { minimum, minimizers: 0n, recovers: null, witness: null, best, infeasible, nodes, aborted: false };
  return { minimum, minimizers: count, recovers: witness === null, witness, best, infeasible, nodes, aborted: false };
}
