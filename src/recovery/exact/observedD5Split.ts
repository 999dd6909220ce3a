/**
 * head+rep / hier-sum at d = 5 with m > d past the list's level L (docs/math.md, "Dear coordinates
 * last at d = 5 with m > d"): at a total T >= H + d + L the search splits the V by the set E of
 * their dear coordinates, those of cost > L (E(V) = { j : cost(V_j) > L }). The heads cost >= H
 * (the head-degree minimum) and every coordinate >= 1, so a dear one spends >= L of the slack
 * s = T - H - d and |E(V)| <= floor(s / L). One pass per possible E (a bit mask over the
 * coordinate positions): the coordinates outside E from the list (cost <= L, complete), then those
 * in E last, floor L + 1, each code of cost > L generated exactly (observedD5Compatible.ts, or
 * one by one when few) on the classes the others left (16 classes of 2 points after a first head
 * and four coordinates). The passes are disjoint and together hold every V of objective <= T.
 * Only the pass E = {} keeps the coordinate symmetry (repSymmetry.ts): its set of V is invariant
 * under V -> A o V; a pass E != {} is not (A moves the dear positions), the union of the passes
 * with |E| = k is, so with the first head one per orbit (weighted by the orbit's size) the sums
 * over E of the passes' counts are the exact counts.
 */
import type { Cost } from './costs.js';
import type { CandidateList } from './candidates.js';
import type { CoordinateCandidates } from './observedCoordinates.js';
import { coordinatesUpTo } from './observedCoordinates.js';
import { candidateStore } from './candidates.js';
import type { TupleTask } from './tupleSpec.js';

/**
 * The sets E (masks over the d positions) of the passes at total T, {} first; null when the list
 * serves the whole total (T < H + d + L, or L at the head store's level: no split).
 */
export function dearSets(c: CoordinateCandidates, total: number, headLeast: number): number[] | null {
  const L = c.completeUpTo;
  if (c.compatibleWithin === undefined || L === Infinity || L >= candidateStore(c.d, 'fourier').completeUpTo) return null;
  const slack = total - headLeast - c.d;
  if (slack < L) return null;
  const most = L <= 0 ? c.d : Math.min(c.d, Math.floor(slack / L));
  const out: number[] = [];
  for (let mask = 0; mask < 1 << c.d; mask++) if (popcount(mask) <= most) out.push(mask);
  return out.sort((a, b) => popcount(a) - popcount(b) || a - b);
}

function popcount(x: number): number {
  let n = 0;
  for (; x !== 0; x &= x - 1) n++;
  return n;
}

const EMPTY: CandidateList = { codes: new Uint32Array(0), costs: [] };

/** The cheap codes by code (sorted) with their costs: the level's cost look-up. */
function cheapTable(c: CoordinateCandidates): { codes: Uint32Array; costs: Uint8Array } {
  const listed = coordinatesUpTo(c, c.completeUpTo);
  const order = Array.from(listed.codes.keys()).sort((a, b) => listed.codes[a]! - listed.codes[b]!);
  return { codes: Uint32Array.from(order, (i) => listed.codes[i]!), costs: Uint8Array.from(order, (i) => listed.costs[i]!) };
}

const tables = new WeakMap<CoordinateCandidates, { codes: Uint32Array; costs: Uint8Array }>();

/** The cost of a code of cost <= L (from the list), Infinity above. */
export function cheapCost(c: CoordinateCandidates): (code: number) => number {
  let t = tables.get(c);
  if (t === undefined) tables.set(c, (t = cheapTable(c)));
  const { codes, costs } = t;
  return (code) => {
    let lo = 0;
    let hi = codes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (codes[mid]! < code >>> 0) lo = mid + 1;
      else hi = mid;
    }
    return lo < codes.length && codes[lo] === code >>> 0 ? costs[lo]! : Infinity;
  };
}

/** The cost of a dear code (one past the list: cost > L), Infinity for a listed one; `cheap` is cheapCost(c). */
export function dearCostOf(c: CoordinateCandidates, cheap: (code: number) => number, L: number): (code: number) => number {
  return (code) => {
    if (cheap(code) !== Infinity) return Infinity;
    const k = c.costOf(code);
    return k > L ? k : Infinity;
  };
}

/**
 * The d coordinate levels of the pass E: positions outside E in bit order (cost <= L, the list,
 * complete), then those in E in bit order (cost > L, floor L + 1, generated past the list).
 */
export function dearCoordinateLevels(c: CoordinateCandidates, dear: number): TupleTask[] {
  const { d } = c;
  const L = c.completeUpTo;
  const size = 1 << d;
  const list = coordinatesUpTo(c, L);
  const ends: number[] = [];
  for (let k = 0, i = 0; k <= L; k++) {
    while (i < list.costs.length && list.costs[i]! <= k) i++;
    ends.push(i);
  }
  const within = (w: number, allowed: Cost): number => (w !== size / 2 || (allowed as number) < 0 ? 0 : ends[Math.min(allowed as number, L)]!);
  const cheap = cheapCost(c);
  const dearCost = dearCostOf(c, cheap, L);
  const level = (j: number): TupleTask => {
    let code = 0;
    for (let r = 0; r < size; r++) if ((r >>> j) & 1) code |= 1 << r;
    if (((dear >>> j) & 1) === 0) return { code: code >>> 0, floor: 1, ceiling: null, side: 'z', list: (w) => (w === size / 2 ? list : EMPTY), costOf: cheap, complete: true, listedWithin: within };
    return { code: code >>> 0, floor: L + 1, ceiling: null, side: 'z', list: () => EMPTY, costOf: dearCost, listedWithin: () => 0, completeUpTo: () => L, compatibleWithin: c.compatibleWithin! };
  };
  const order = [...Array.from({ length: d }, (_, j) => j).filter((j) => ((dear >>> j) & 1) === 0), ...Array.from({ length: d }, (_, j) => j).filter((j) => ((dear >>> j) & 1) === 1)];
  return order.map(level);
}

/**
 * The split past the list (on by default; off only to compare: then such totals answer "not exact"
 * where a node has too many codes to generate, as before). headRep.ts runs the one pass first and
 * the split only where it truncates; `always` (tests) runs the split at once, also at d <= 4 where
 * the one pass never truncates.
 */
export const DEAR_SPLIT = {
  on: true,
  always: false,
  /** The pass profile (observedD5Profile.ts) in place of repProfileCut; off only to compare. */
  profile: true,
  /** The look-ahead on the heads after the coordinates (lookahead.ts) in the passes; off only to compare. */
  lookahead: true,
  /** The symmetry of each pass by cost class (observedD5Symmetry.ts); off only to compare. */
  symmetry: true,
  /** Tests only: the heads' level past which a first head is dear (default: the store's, 3 at d = 5). */
  headLevel: null as number | null,
  /** The rank bound on the class vectors (observedD5Rank.ts); off only to compare. */
  rank: true,
  /** Tests only: a planted unsound bound (a coordinate of cost c has latent degree <= c), which the tests must catch. */
  plant: false,
};
