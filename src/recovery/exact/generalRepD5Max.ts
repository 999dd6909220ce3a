/**
 * hier-max at d = 5 with partial support, exact at every budget (docs/math.md, "hier-max at d = 5
 * past the list: passes by representation cost"): the place-by-place search of generalRepD5.ts run
 * once per representation cost r = 1..d, each pass counting only the V whose max coordinate degree
 * is exactly r, with the global best B carried over:
 * - r <= L (the list is complete to degree L = d - 2): inside each leaf with budget B - h >= r,
 *   the V with every coordinate of degree <= r and some of degree r are enumerated through the list
 *   (generalRepD5Domains.ts by forward checking, fewest masks first; D5_DOMAINS.on off:
 *   generalRepD5Leaf.ts; complete there) and counted;
 * - r = d - 1, d: no enumeration. A leaf reached in pass r >= d - 1 has no V of cost <= L (pass r0
 *   would have lowered B to at most h + r0 <= h + L, below h + r), so its V of cost d - 1 are those
 *   whose coordinates all have degree <= d - 1, counted by the images of the even latents
 *   (generalRepD5Top.ts), and its V of cost d are all the others, here all of the leaf's.
 * A V of total below B lowers B and drops the count; every V of the final B has some cost r and is
 * counted in pass r only. Place floors are computed once first, so passes skip places whose least
 * head cost + r is above B without building them again.
 * Deepening on the total: the passes run with B = a cap c (not yet a total reached), c = the least
 * floor + least coordinate cost, then c + 1, ..., until some V is found (at the latest at the true
 * latents' total). A run that finds nothing proves every total <= c infeasible; the first run that
 * finds some V counts every V of total <= c, so its least total is the minimum and its count exact.
 * The argument for the passes above holds for any starting B (a leaf reached in pass r >= d - 1
 * with a V of cost r0 <= L would have been reached in pass r0 and lowered B). Far fewer leaves
 * are reached than with B starting at the true latents' total (|U| = 8: about 4x less CPU).
 */
import { inGroup } from '../groups.js';
import { identityImage, makeScorer } from '../scorer.js';
import type { RecoveryProblem } from '../types.js';
import type { ExactOutcome } from './exactOutcome.js';
import { pointSetClasses } from './generalOrbits.js';
import type { D5Coordinates } from './generalRepD5Coordinates.js';
import { exceedsFrom } from './generalRepD5Bound.js';
import { D5_DOMAINS, maxLeafByDomains } from './generalRepD5Domains.js';
import { repLeafD5Steps } from './generalRepD5Leaf.js';
import { type TopTraces, evenLatents, splitByEven, topFreeLeaf, topTraces } from './generalRepD5Top.js';
import { type PlaceCosts, d5Place, d5RepSpace } from './generalRepD5Space.js';
import { type LeafVisit, type NodeCut, searchPlace } from './generalSearch.js';
import { baseMinimiser, cosetSize, leafVerdict } from './leaves.js';
import type { Steps } from './steps.js';

/** Deepening on the total (above); off (bench only, to compare): one run with B from the true latents' total. */
export const HIER_MAX_DEEPEN = { on: true };

/** The exact hier-max answer by passes; null when interrupted or past the deadline. Needs rc complete to degree d - 2 exactly. */
export function* hierMaxPassSteps(p: RecoveryProblem, rc: D5Coordinates, signal?: AbortSignal, deadline?: number): Steps<ExactOutcome | null> {
  const { d } = p;
  const L = rc.ends.length - 1;
  if (p.bias !== 'hier-max' || L !== d - 2) throw new Error('internal: the hier-max passes need hier-max and a list complete to degree d - 2');
  const { U, space, expired } = d5RepSpace(p, signal, deadline);
  const { tasks, alg, uMask } = space;
  const even = evenLatents(p.psi);
  let best = makeScorer(p).evaluate(identityImage(d)) as number;
  let count = 0n;
  let bestV: Uint32Array | null = null;
  let witness: Uint32Array | null = null;
  // Set when a tally could not settle the verdict of all it counted (then not exact at that total).
  let undecided = Infinity;
  /** n V of total c, one of them v; all (`all`) or some of them are v o sigma for sigma inside `classes`. */
  const tally = (c: number, n: bigint, v: Uint32Array, classes: readonly number[], all: boolean): void => {
    if (c > best) return;
    if (c < best) [best, count, bestV, witness, undecided] = [c, 0n, null, null, Infinity];
    count += n;
    bestV ??= v.slice();
    if (witness !== null) return;
    const w = leafVerdict(d, v, classes, p.group);
    if (w !== null) witness = w.slice();
    else if (!all) undecided = Math.min(undecided, c);
  };
  const truth = best;
  const floors: number[] = [];
  // Each place's head costs, kept from its first build (a few hundred bytes a place).
  const memos: PlaceCosts[] = [];
  let steps = 0;
  // The least total any V can have: a place's least head cost plus the least coordinate cost.
  let lowest = Infinity;
  let i = -1;
  for (const cls of pointSetClasses(d, U.length)) {
    i++;
    if (expired()) return null;
    if ((++steps & 7) === 0) yield;
    memos[i] = { costs: null };
    floors[i] = d5Place(d, tasks, alg, cls.S, cls.size, memos[i]).rest[0] as number;
    lowest = Math.min(lowest, floors[i]! + rc.least);
  }
  for (let cap = HIER_MAX_DEEPEN.on ? Math.min(lowest, truth) : truth; bestV === null; cap++) {
    best = cap;
    // Place by place, passes r = 1..d at each (the argument above needs pass r0 < r only at the
    // same leaf, so at the same place).
    let i = -1;
    for (const cls of pointSetClasses(d, U.length)) {
      i++;
      if (expired()) return null;
      if ((++steps & 7) === 0) yield;
      if (floors[i]! + rc.least > best) continue;
      const pl = d5Place(d, tasks, alg, cls.S, cls.size, memos[i]);
      let traces: TopTraces | null = null;
      for (let r = 1; r <= d && floors[i]! + r <= best; r++) {
        const visit: LeafVisit = function* (h, weight, xc, zc) {
          const head = h as number;
          if (best - head < r) return false;
          if (r <= L) {
            if (D5_DOMAINS.on) yield* maxLeafByDomains(space, rc, xc, zc, r, r, (v) => (tally(head + r, weight, v, [], true), false), uMask);
            else
              yield* repLeafD5Steps(space, rc, 'max', xc, zc, r, (v, rep) => {
                if (rep === r) tally(head + r, weight, v, [], true);
                return false;
              }, uMask);
            return false;
          }
          traces ??= topTraces(d, cls.S);
          const free = topFreeLeaf(d, traces, even, xc, zc);
          if (r === d - 1) {
            if (free.one !== null) tally(head + r, weight * free.count, free.one, splitByEven(zc, even), free.sets === 1);
            return false;
          }
          if (free.one !== null) throw new Error('internal: a leaf reached at cost d has a V of cost d - 1');
          tally(head + d, weight * cosetSize(xc), baseMinimiser(d, xc, zc), zc, true);
          return false;
        };
        // repExceedsD5 under the max, without its scans that cannot cut: a coordinate is cut only
        // when no listed mask of degree <= b (b <= 2, the bound's reach) is compatible.
        const cut: NodeCut = (xc, zc, least) => {
          const b = Math.min(r, best - (least as number));
          return b <= 2 && exceedsFrom(rc, 'max', xc, zc, b, 0, 0, b);
        };
        yield* searchPlace(space, pl, () => best - r, visit, cut);
        if (space.aborted) return null;
      }
    }
  }
  if (expired() || undecided <= best) return null;
  if (bestV === null) throw new Error("internal: the d = 5 hier-max passes found no V within the true latents' total");
  if (witness !== null && inGroup(d, witness, p.group)) throw new Error('internal: a hier-max witness lies in the group');
  return { minimum: best, minimizers: count, recovers: witness === null, witness, best: bestV, infeasible: [], nodes: space.nodes, aborted: false, general: true };
}
