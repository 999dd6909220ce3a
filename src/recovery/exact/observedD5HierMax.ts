/**
 * hier-max at d = 5 with m > d under a ceiling M past the list's level L (docs/math.md, "hier-max
 * past the list at d = 5, m > d: one pass per set of dear positions"). H_M is the least head sum
 * over the V whose coordinates all cost <= M (hierMax.ts). The list holds every coordinate of cost
 * <= L; a coordinate of cost in (L, M] ("dear") is generated exactly from the classes it meets
 * (the meet in the middle of observedD5Compatible.ts, through CoordinateCandidates.compatibleWithin,
 * refused past 2,000,000 pairs). One pass per non-empty set E of dear positions: the positions
 * outside E take the list's codes (cost <= L), those in E, last, the generated codes of cost in
 * (L, M]. The passes are disjoint (by E(V) = { j : cost(V_j) > L }) and, with E = {}, cover every V
 * of coordinates <= M. hierMax.ts asks a ceiling M only at a total T with every smaller total
 * proven infeasible, so a V with E(V) = {} and heads <= T - M would cost <= L + T - M < T: the pass
 * E = {} is empty there and is not run. Within a pass coordinates cost 0 (the ceiling), heads their
 * degree, bounded by T - M. Cut: the pass profile (observedD5Profile.ts) with two classes, cheap
 * (the latent degrees of the listed codes) and dear (latent degree in [dearFrom(L), reach[M]],
 * observedD5Reach.ts). Symmetry: the signed permutations fixing the heads before the coordinates
 * and E (observedD5Symmetry.ts), one first head per orbit (as in hierMax.ts's restricted search).
 */
import type { RecoveryProblem } from '../types.js';
import { candidateStore, type CandidateList } from './candidates.js';
import { sumAlgebra } from './costs.js';
import { type CoordinateCandidates, coordinatesUpTo } from './observedCoordinates.js';
import { cheapCost } from './observedD5Split.js';
import { costClass } from './observedD5Classes.js';
import { type CoordinateClass, passProfileCut } from './observedD5Profile.js';
import { dearFrom, degreeReach, leastCost } from './observedD5Reach.js';
import { classSymmetry } from './observedD5Symmetry.js';
import { firstLevelOrbits, raiseFloors, repLevels } from './headRep.js';
import { repProfileCut } from './repDegreeProfile.js';
import { forcedCoordinateCut } from './hierMaxForced.js';
import type { CoordinateSymmetry } from './repSymmetry.js';
import type { TupleSearchSpec, TupleTask } from './tupleSpec.js';

/** Switches, tests and bench only: the pass profile and the symmetry (off: to compare), and a planted error. */
export const HIER_MAX_DEAR = {
  on: true,
  /** Ceilings M <= L by the pass E = {} as well (off: hierMax.ts's own restricted search). */
  listed: true,
  profile: true,
  symmetry: true,
  /** Tests only: an unsound pass set (the passes with |E| >= 2 left out), which the tests must catch. */
  plant: false,
};

/**
 * Does hierMax.ts run ceiling M by these passes? Past the list (L < M, with a generator) always;
 * at M <= L too (`listed`: the one pass E = {}, its coordinates high positions first).
 */
export function passesFor(c: CoordinateCandidates, M: number): boolean {
  return HIER_MAX_DEAR.on && c.compatibleWithin !== undefined && (M > c.completeUpTo || HIER_MAX_DEAR.listed);
}

/** The non-empty sets E of dear positions (masks over the d positions), fewest first. */
export function dearPositionSets(d: number): number[] {
  const out: number[] = [];
  for (let E = 1; E < 1 << d; E++) if (!HIER_MAX_DEAR.plant || (E & (E - 1)) === 0) out.push(E);
  const ones = (x: number): number => (x === 0 ? 0 : (x & 1) + ones(x >>> 1));
  return out.sort((a, b) => ones(a) - ones(b) || a - b);
}

const EMPTY: CandidateList = { codes: new Uint32Array(0), costs: [] };

/** The coordinate level of position j: cheap (the list, cost <= L) or dear (generated, cost in (L, M]), each costed 0. */
function level(c: CoordinateCandidates, j: number, dear: boolean, M: number): TupleTask {
  const size = 1 << c.d;
  let code = 0;
  for (let r = 0; r < size; r++) if ((r >>> j) & 1) code |= 1 << r;
  const cheap = cheapCost(c);
  if (dear) {
    const within = c.compatibleWithin!;
    return {
      code: code >>> 0,
      floor: 0,
      ceiling: null,
      side: 'z',
      list: () => EMPTY,
      // A listed code (cost <= L) belongs to a cheap position: refused here, so the passes are disjoint.
      costOf: (g) => (cheap(g) !== Infinity ? Infinity : c.costOf(g) <= M ? 0 : Infinity),
      listedWithin: () => 0,
      // Never listed: every node generates (exactly, or refuses and the pass gives up).
      completeUpTo: () => -1,
      compatibleWithin: (classes, targets) => within(classes, targets, M),
    };
  }
  const top = Math.min(M, c.completeUpTo);
  const listed = coordinatesUpTo(c, top);
  const list = { codes: listed.codes, costs: new Array<number>(listed.codes.length).fill(0) };
  return {
    code: code >>> 0,
    floor: 0,
    ceiling: null,
    side: 'z',
    list: (w) => (w === size / 2 ? list : EMPTY),
    costOf: (g) => (cheap(g) <= top ? 0 : Infinity),
    complete: true,
    listedWithin: (w, allowed) => (w === size / 2 && (allowed as number) >= 0 ? list.codes.length : 0),
  };
}

/** The latent degrees of the two classes (costs 0 under the ceiling). */
function classes(p: RecoveryProblem, c: CoordinateCandidates, M: number): CoordinateClass[] {
  const reach = degreeReach(p.psi);
  const least = (e: number) => Math.max(1, leastCost(reach, e));
  const from = Math.max(1, dearFrom(p.psi, c.completeUpTo));
  let lo = c.d + 1;
  let hi = 0;
  for (let k = 1; k <= c.completeUpTo; k++) {
    const cl = costClass(c, k, from, least);
    if (cl.lo > cl.hi) continue;
    lo = Math.min(lo, cl.lo);
    hi = Math.max(hi, cl.hi);
  }
  return [
    { lo, hi, cost: () => 0 },
    { lo: from, hi: Math.min(c.d, reach[Math.min(M, reach.length - 1)]!), cost: () => 0 },
  ];
}

/**
 * The search spec of pass E under ceiling M: the heads (floors raised for M), the cheap positions
 * then the dear ones, either right after the first head (coordinatesFirst) or after every varying head.
 */
export function dearPassSpec(p: RecoveryProblem, c: CoordinateCandidates, headTasks: readonly TupleTask[], E: number, M: number, coordinatesFirst: boolean, bound: () => number, signal?: AbortSignal, deadline?: number): { sym: CoordinateSymmetry | null; spec: TupleSearchSpec<number> } {
  const { d } = p;
  // High positions first: the canonical first head (the least code of its orbit) depends on the
  // high bits, so the coordinates it forces come first (hierMaxForced.ts cuts there).
  const down = Array.from({ length: d }, (_, j) => d - 1 - j);
  const positions = [...down.filter((j) => ((E >>> j) & 1) === 0), ...down.filter((j) => ((E >>> j) & 1) === 1)];
  const values = positions.map((j) => (E >>> j) & 1);
  const coords = positions.map((j, q) => level(c, j, values[q] === 1, M));
  const tasks = repLevels(raiseFloors(p, headTasks, M), coords, coordinatesFirst);
  const classOf = tasks.map((t) => (t.side !== 'z' ? -1 : values[coords.indexOf(t)]!));
  const profile = HIER_MAX_DEAR.profile ? passProfileCut(p, tasks, bound, classOf, classes(p, c, M)) : repProfileCut(p, tasks, bound, M);
  const forced = forcedCoordinateCut(d, tasks);
  const cut = (j: number, g: number, pre: readonly number[]) => profile(j, g, pre) && forced(j, g, pre);
  const sym = HIER_MAX_DEAR.symmetry ? classSymmetry(d, tasks, positions, values) : null;
  const accept = sym === null ? cut : (j: number, g: number, pre: readonly number[]) => cut(j, g, pre) && sym.accept(j, g, pre);
  return { sym, spec: { d, measure: 'fourier', algebra: sumAlgebra, store: candidateStore(d, 'fourier'), tasks, orbits: firstLevelOrbits(d, tasks), accept, signal, deadline } };
}
