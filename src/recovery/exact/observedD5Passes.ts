/**
 * The passes of head+rep / hier-sum past the list at d = 5, m > d (docs/math.md, "Dear coordinates
 * last at d = 5 with m > d" and "A dear first head, and the pass profile"). A pass is a set E of
 * dear coordinate positions (observedD5Split.ts) and whether the first head is dear: its cost above
 * the head store's level (3 at d = 5: heads of degree 4 are not listed, so a first level allowed
 * more could not be searched; it truncated every pass of the parity z1..z5 at its minimum 9).
 * - first head cheap: the head level first, its list cut at the store's level and complete
 *   (one head per signed-permutation orbit), then the coordinates as in observedD5Split.ts;
 * - first head dear: the coordinates first, then that head (floor level + 1; a code costing less
 *   is refused), then the other heads; after the d coordinates every class is one point, so each
 *   head is one code, costed exactly. Its sum spends >= level + 1 + the other heads' floors.
 * The passes are disjoint (by E and by the first head's cost) and cover every V of objective <= T.
 * Symmetry: V -> A o V keeps the first head's cost and permutes the positions with their costs;
 * the subgroup keeping the pass's class vector and the heads before the coordinates maps the pass
 * onto itself (observedD5Symmetry.ts), the first head is one per orbit when it comes first.
 * Each pass is cut by the pass profile (observedD5Profile.ts) with its classes' latent degrees.
 */
import type { RecoveryProblem } from '../types.js';
import { type CandidateList, candidateStore, popcount32 } from './candidates.js';
import type { CoordinateCandidates } from './observedCoordinates.js';
import { fourierDegreeOfCode, sumAlgebra } from './costs.js';
import { DEAR_SPLIT } from './observedD5Split.js';
import { classBase, classKeys, classLevels, classVector, costClass } from './observedD5Classes.js';
import { vectorFits } from './observedD5Rank.js';
import { type CoordinateClass, passProfileCut } from './observedD5Profile.js';
import { dearFrom, degreeReach, leastCost } from './observedD5Reach.js';
import { repProfileCut } from './repDegreeProfile.js';
import { coordinateSymmetry } from './repSymmetry.js';
import { classSymmetry } from './observedD5Symmetry.js';
import { orbitOf, signedPermutationOrbits } from './orbits.js';
import type { TupleSearchSpec, TupleTask } from './tupleSpec.js';
import type { CoordinateSymmetry } from './repSymmetry.js';
import { type CountedPass, countedPass } from './observedD5CountPass.js';

/** The heads' level past which a first head is dear: the store's (tests lower it at d <= 4). */
export function headLevel(d: number): number {
  return Math.min(candidateStore(d, 'fourier').completeUpTo, DEAR_SPLIT.headLevel ?? Infinity);
}

/** The first head (the one searched first, as headRep.ts's repLevels orders them) and the rest. */
function splitHeads(heads: readonly TupleTask[]): { first: TupleTask | null; rest: TupleTask[] } {
  const varying = heads.filter((t) => t.ceiling === null || t.ceiling !== t.floor);
  const steady = heads.filter((t) => !varying.includes(t));
  return { first: varying[0] ?? null, rest: [...varying.slice(1), ...steady] };
}

/**
 * The pass keys at total T (observedD5Classes.ts: a class vector, plus B^d when the first head
 * is dear), or null when the list is not partial (m = d, or complete). heads: the head levels
 * with their raised floors; headLeast H: a lower bound on their sum. Every V of objective <= T has
 * heads >= H, so its class vector's floors sum to <= T - H; with a dear first head the heads sum to
 * >= max(H, level + 1 + the other heads' floors).
 */
export function dearPasses(c: CoordinateCandidates, heads: readonly TupleTask[], total: number, headLeast: number): number[] | null {
  const { d } = c;
  if (c.compatibleWithin === undefined || !(c.completeUpTo < candidateStore(d, 'fourier').completeUpTo)) return null;
  // Class vectors no bijection has (too many coordinates from a list of low rank) are empty passes.
  const fits = (key: number) => !DEAR_SPLIT.rank || vectorFits(c, classVector(c, key));
  const out = classKeys(c, total - headLeast).filter(fits);
  const { first, rest } = splitHeads(heads);
  if (first === null) return out;
  const others = rest.reduce((s, t) => s + (t.floor as number), 0);
  const level = headLevel(d);
  // The first head's allowance: what the total leaves after the coordinates (>= 1 each) and the others.
  if (total - d - others > level) for (const key of classKeys(c, total - Math.max(headLeast, level + 1 + others)).filter(fits)) out.push(key + classBase(c) ** d);
  return out;
}

/** Heads allowed at most this much go before the coordinates (observedD5Passes' passOrder). */
const EARLY = 2;

const cutLists = new Map<string, CandidateList>();

/**
 * The store's list of weight w cut at cost <= level, only the least code of each signed-permutation
 * orbit: the search keeps one first head per orbit (the canonical one) and skips the others, so the
 * list gives the same heads, without scanning the whole store in every pass.
 */
function listUpTo(d: number, w: number, level: number): CandidateList {
  const key = `${d}:${w}:${level}`;
  let hit = cutLists.get(key);
  if (hit === undefined) {
    const all = candidateStore(d, 'fourier').byWeight(w);
    const orbits = signedPermutationOrbits(d);
    const codes: number[] = [];
    const costs: (typeof all.costs)[number][] = [];
    for (let i = 0; i < all.codes.length && (all.costs[i]! as number) <= level; i++) {
      if (orbitOf(orbits, all.codes[i]!).canonical !== all.codes[i]) continue;
      codes.push(all.codes[i]!);
      costs.push(all.costs[i]!);
    }
    cutLists.set(key, (hit = { codes: Uint32Array.from(codes), costs }));
  }
  return hit;
}

/** Tests only (DEAR_SPLIT.plant): the unsound claim "cost c means latent degree <= c". */
function planted(cl: CoordinateClass, k: number): CoordinateClass {
  return DEAR_SPLIT.plant ? { ...cl, hi: Math.min(cl.hi, k) } : cl;
}

/** The search spec of pass `key` (heads with their raised floors), and its coordinate symmetry. */
export function passOrder(p: RecoveryProblem, c: CoordinateCandidates, key: number, heads: readonly TupleTask[], atTotal: number, total: () => number, signal?: AbortSignal, deadline?: number, countDear = false): { sym: CoordinateSymmetry | null; spec: TupleSearchSpec<number>; counted?: CountedPass } {
  const { d } = p;
  const B = classBase(c);
  const headDear = Math.floor(key / B ** d) === 1;
  const { levels: coords, values, positions } = classLevels(c, key % B ** d);
  const { first, rest } = splitHeads(heads);
  const level = headLevel(d);
  // A head whose allowance can never pass EARLY (the others at their floors) goes right after the
  // first head: its scan is short (the store's codes of cost <= 2: 390 at d = 5) and it refines the
  // classes before the coordinates (a head of cost 1 is +- a coordinate). Any order is exact.
  const floors = [first, ...rest, ...coords].reduce((s, t) => s + (t === null ? 0 : (t.floor as number)), 0) + (headDear && first !== null ? Math.max(0, level + 1 - (first.floor as number)) : 0);
  const early = headDear ? [] : rest.filter((t) => t.side !== 'z' && t.list === undefined && t.costOf === undefined && atTotal - floors + (t.floor as number) <= EARLY);
  const late = rest.filter((t) => !early.includes(t));
  // Counted (observedD5CountPass.ts): the dear coordinates leave the search, the later heads go before them.
  const counting = countDear && !headDear && values.some((k) => k > c.completeUpTo);
  const nc = values.filter((k) => k <= c.completeUpTo).length;
  let tasks: TupleTask[];
  // Their ceilings are dropped: a leaf must close only once every head is chosen (no open heads).
  const open = (ts: readonly TupleTask[]) => ts.map((t) => ({ ...t, ceiling: null }));
  if (counting) tasks = first === null ? [...coords.slice(0, nc), ...open(rest), ...coords.slice(nc)] : [{ ...first, complete: true, ...(first.code !== 0 && popcount32(first.code) !== 1 << d ? { list: (w: number) => listUpTo(d, w, level) } : {}) }, ...early, ...coords.slice(0, nc), ...open(late), ...coords.slice(nc)];
  else if (first === null) tasks = [...coords, ...rest];
  // Only the orbits' least heads when the search restricts the first head to them (a non-constant one).
  else if (!headDear) tasks = [{ ...first, complete: true, ...(first.code !== 0 && popcount32(first.code) !== 1 << d ? { list: (w: number) => listUpTo(d, w, level) } : {}) }, ...early, ...coords, ...late];
  else {
    const own = first.costOf ?? ((g: number) => fourierDegreeOfCode(d, g));
    const dear = { ...first, floor: Math.max(first.floor as number, level + 1), costOf: (g: number) => ((own(g) as number) > level ? own(g) : Infinity) };
    tasks = [...coords, dear, ...rest];
  }
  const reach = degreeReach(p.psi);
  const least = (e: number) => Math.max(1, leastCost(reach, e));
  const from = Math.max(1, dearFrom(p.psi, c.completeUpTo));
  const kinds = [...new Set(values)].sort((a, b) => a - b);
  const classOf = tasks.map((t) => (t.side !== 'z' ? -1 : kinds.indexOf(values[coords.indexOf(t)]!)));
  const cut = DEAR_SPLIT.profile ? passProfileCut(p, tasks, total, classOf, kinds.map((k) => planted(costClass(c, k, from, least), k))) : repProfileCut(p, tasks, total, 'degree');
  // The symmetry of the pass (observedD5Symmetry.ts); off: only where every position is in one class.
  const sym = counting ? null : DEAR_SPLIT.symmetry ? classSymmetry(d, tasks, positions, values) : kinds.length === 1 ? coordinateSymmetry(d, tasks) : null;
  const t0 = tasks[0]!;
  const orbits = t0.side !== 'z' && t0.code !== 0 && popcount32(t0.code) !== 1 << d ? signedPermutationOrbits(d) : null;
  // The search keeps one first head per orbit anyway: ask that first, the profile only for those.
  const first0 = orbits === null ? cut : (j: number, g: number, pre: readonly number[]) => (j !== 0 || orbitOf(orbits, g).canonical === g) && cut(j, g, pre);
  const accept = sym === null ? first0 : (j: number, g: number, pre: readonly number[]) => first0(j, g, pre) && sym.accept(j, g, pre);
  if (counting) {
    const k = tasks.length - (values.length - nc);
    const firstCoord = tasks.findIndex((t) => t.side === 'z');
    const counted = countedPass(p, c, tasks, k, firstCoord, positions, values, signal, deadline);
    const prune = counted.prune;
    const acceptCounted = prune === null ? first0 : (j: number, g: number, pre: readonly number[]) => first0(j, g, pre) && prune(j, g, pre);
    return { sym: null, spec: { d, measure: 'fourier', algebra: sumAlgebra, store: candidateStore(d, 'fourier'), tasks: tasks.slice(0, k), orbits, accept: acceptCounted, signal, deadline, lookahead: DEAR_SPLIT.lookahead }, counted };
  }
  return { sym, spec: { d, measure: 'fourier', algebra: sumAlgebra, store: candidateStore(d, 'fourier'), tasks, orbits, accept, signal, deadline, lookahead: DEAR_SPLIT.lookahead } };
}
