/**
 * Exact head+rep, hier-sum and hier-max with partial support and/or rational tasks at d = 5
 * (docs/math.md, "Representation biases at d = 5 with partial support"; the coordinates:
 * generalRepD5Coordinates.ts, the bounds: generalRepD5Bound.ts): the place-by-place
 * search of generalPlaces.ts (point sets S = V(U) one per orbit of the signed permutations,
 * generalOrbits.ts; each place's head data built with exact Fourier costs on S, generalFit.ts,
 * searched and dropped) with the coordinate levels of generalRepD5Leaf.ts inside each leaf, as
 * generalRep.ts does at d <= 4 over all places at once.
 *
 * A global best B (first the true latents' total). Each place whose least head cost h0 has
 * h0 + r0 <= B (r0 = d * least for the sums, least for the max) is searched by branch and bound
 * with ties kept: every leaf of head cost <= B - r0, inside it every V within B; a V below B
 * lowers B and drops the count, one at B is counted with its leaf's weight (V -> A o V keeps every
 * bias) and judged. Sound per-coordinate bounds cut inner nodes (generalRepD5Leaf.ts).
 *
 * Completeness: at d = 5 the coordinates are listed up to Fourier degree 3 (one coordinate past
 * the list is still searched under the sums, deferred). A leaf that may miss V reports a lower
 * bound on their representation cost; with its head cost that bounds every missed total, and the
 * answer is exact only when every such bound is above the final minimum; otherwise null (not
 * exact: the caller falls back to the local search). hier-max with |U| <= 20 goes by passes
 * instead (generalRepD5Max.ts), exact at every budget.
 */
import { inGroup } from '../groups.js';
import { identityImage, makeScorer } from '../scorer.js';
import type { RecoveryProblem } from '../types.js';
import type { ExactOutcome } from './exactOutcome.js';
import { pointSetClasses } from './generalOrbits.js';
import { d5Coordinates } from './generalRepD5Coordinates.js';
import { repExceedsD5 } from './generalRepD5Bound.js';
import { D5_CUTS, repLeafD5Steps } from './generalRepD5Leaf.js';
import { hierMaxPassSteps } from './generalRepD5Max.js';
import { MAX_TRACE_POINTS } from './generalRepD5Top.js';
import { d5Place, d5RepSpace } from './generalRepD5Space.js';
import { type LeafVisit, type NodeCut, searchPlace } from './generalSearch.js';
import { type CoordinateCandidates, coordinateCandidates } from './observedCoordinates.js';
import type { Steps } from './steps.js';

/**
 * The exact answer place by place; null when interrupted, past the deadline, or beyond the
 * coordinate list. `list` replaces psi's coordinate candidates (tests: a list cut short at d = 4).
 */
export function* generalRepD5Steps(p: RecoveryProblem, signal?: AbortSignal, deadline?: number, list?: CoordinateCandidates): Steps<ExactOutcome | null> {
  const { d } = p;
  if (p.bias !== 'head+rep' && p.bias !== 'hier-sum' && p.bias !== 'hier-max') throw new Error(`internal: ${p.bias} is not a representation bias`);
  const coords = list ?? coordinateCandidates(p.psi);
  if (coords === null) return null;
  const rc = d5Coordinates(coords, p.psi.m);
  const combine = p.bias === 'hier-max' ? 'max' : 'sum';
  // hier-max with m = d and the list complete to degree d - 2 (the top-degree test reads chi_[d] on C_d): by passes, the costs d - 1 and d counted by classes (generalRepD5Max.ts).
  if (D5_CUTS.top && combine === 'max' && p.psi.m === d && rc.ends.length - 1 === d - 2 && (p.support?.length ?? 2 ** d) <= MAX_TRACE_POINTS) return yield* hierMaxPassSteps(p, rc, signal, deadline);
  const repLeast = combine === 'sum' ? d * rc.least : rc.least;
  const { U, space, expired } = d5RepSpace(p, signal, deadline);
  const { tasks, alg, uMask } = space;
  let best = makeScorer(p).evaluate(identityImage(d)) as number;
  let count = 0n;
  let bestV: Uint32Array | null = null;
  let witness: Uint32Array | null = null;
  // A lower bound on the total of every V some leaf may have missed (Infinity: none).
  let flagged = Infinity;
  let places = 0;
  const visitLeaf: LeafVisit = function* (h, weight, xc, zc) {
    const head = h as number;
    space.missed = Infinity;
    yield* repLeafD5Steps(space, rc, combine, xc, zc, best - head, (v, rep) => {
      const c = head + rep;
      if (c > best) return false;
      if (c < best) [best, count, bestV, witness] = [c, 0n, null, null];
      count += weight;
      bestV ??= v.slice();
      if (witness === null && !inGroup(d, v, p.group)) witness = v.slice();
      return false;
    }, uMask);
    if (space.missed < Infinity) flagged = Math.min(flagged, head + space.missed);
    return false;
  };
  const cut: NodeCut = (xc, zc, least) => repExceedsD5(rc, combine, xc, zc, best - (least as number));
  for (const cls of pointSetClasses(d, U.length)) {
    if (expired()) return null;
    if ((++places & 7) === 0) yield;
    const pl = d5Place(d, tasks, alg, cls.S, cls.size);
    if ((pl.rest[0] as number) + repLeast > best) continue;
    // Branch and bound, ties kept: every leaf with head cost <= best - r0, inside it every V within best.
    yield* searchPlace(space, pl, () => best - repLeast, visitLeaf, cut);
    if (space.aborted) return null;
  }
  if (expired() || flagged <= best) return null;
  if (bestV === null) throw new Error("internal: the d = 5 rep search found no V within the true latents' total");
  return { minimum: best, minimizers: count, recovers: witness === null, witness, best: bestV, infeasible: [], nodes: space.nodes, aborted: false, general: true };
}
