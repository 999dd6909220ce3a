/**
 * The leaves of the general exact search (general.ts): point sets S = V(U), one per orbit of the
 * signed permutations (weighted by the orbit size), and tuples of head data on S whose joint
 * fibres match the tasks' on U, depth-first over the tasks, each task's candidates sorted by
 * cost, the first task's reduced to one per Stab(S)-orbit (weighted by its orbit size). A leaf
 * pairs each joint class of U with its class of S, and C_d \ U with C_d \ S; the V realising it
 * map each z-class onto its x-class. The weights are sound for every objective that V -> A o V
 * keeps (A a signed permutation), so a visitor may refine a leaf by a further such term
 * (generalRep.ts: the representation cost) and multiply what it counts by the weight.
 */
import type { RecoveryProblem } from '../types.js';
import { popcount32 } from './candidates.js';
import { type DataAlgebra, type DataCost, type TaskValues, compareDataCosts } from './dataCosts.js';
import { type Candidate, type Task, candidatesOn, maskKey, supportOf, tasksOf } from './generalData.js';
import { orbitRepresentatives, stabiliser } from './generalSymmetry.js';
import { searchPlace } from './generalSearchPlace.js';

export { searchPlace } from './generalSearchPlace.js';
import { orbitOf, signedPermutationOrbits } from './orbits.js';
import type { Steps } from './steps.js';

/** One point set S (a representative of its orbit) with everything the search needs there. */
export interface Place {
  readonly S: number;
  readonly orbitSize: number;
  /** Task indices in search order, and their candidate data on S (the first reduced by Stab(S)). */
  readonly order: readonly number[];
  readonly lists: readonly (readonly Candidate[])[];
  /** The first task's candidates: the orbit sizes under Stab(S) (the others: 1). */
  readonly firstWeights: readonly number[];
  /** rest[j]: the least total cost of the tasks order[j..]. */
  readonly rest: readonly DataCost[];
  /** Per depth j > 0, the candidates by key (maskKey), to look up generated data. */
  readonly byKey: readonly Map<number | string, Candidate>[];
  /** Stab(S) (image tables): the later tasks are grouped by its members fixing the data chosen before (generalSymmetry.ts). */
  readonly stab: readonly Uint32Array[];
}

export interface GeneralSpace {
  readonly d: number;
  readonly full: number;
  readonly uMask: number;
  readonly tasks: readonly Task[];
  readonly places: readonly Place[];
  readonly alg: DataAlgebra;
  /** Nodes visited so far (also by visitors that count theirs here), and whether time ran out. */
  nodes: number;
  aborted: boolean;
  /** True when interrupted or past the deadline. */
  readonly expired: () => boolean;
}

/** A leaf: its head cost, weight, x-classes and paired z-classes; returns true to stop the search. */
export type LeafVisit = (cost: DataCost, weight: bigint, xc: readonly number[], zc: readonly number[]) => Steps<boolean>;

/** Builds the places (yields between point sets); null when interrupted. */
export function* generalSpace(p: RecoveryProblem, cost: (tv: TaskValues, data: Int8Array) => DataCost, alg: DataAlgebra, signal?: AbortSignal, deadline?: number): Steps<GeneralSpace | null> {
  const { d } = p;
  const size = 2 ** d;
  const full = (2 ** size - 1) >>> 0;
  const U = supportOf(p);
  const uMask = U.reduce((m, z) => (m | (1 << z)) >>> 0, 0);
  const tasks = tasksOf(p);
  const expired = (): boolean => signal?.aborted === true || (deadline !== undefined && Date.now() > deadline);
  const orbits = signedPermutationOrbits(d);
  const places: Place[] = [];
  for (let S = 0; S <= full; S++) {
    if (popcount32(S) !== U.length) continue;
    const orbit = orbitOf(orbits, S >>> 0);
    if (orbit.canonical !== S >>> 0) continue;
    places.push(placeOf(d, tasks, S >>> 0, orbit.size, cost, alg));
    if (expired()) return null;
    if ((places.length & 15) === 0) yield;
  }
  return { d, full, uMask, tasks, places, alg, nodes: 0, aborted: false, expired };
}

/** Everything the search needs at one point set S (its orbit's representative, orbitSize members). */
export function placeOf(d: number, tasks: readonly Task[], S: number, orbitSize: number, cost: (tv: TaskValues, data: Int8Array) => DataCost, alg: DataAlgebra, stab: readonly Uint32Array[] = stabiliser(d, S)): Place {
  const size = 2 ** d;
  const points = Array.from({ length: size }, (_, x) => x).filter((x) => (S >>> x) & 1);
  const all = tasks.map((t) => candidatesOn(points, t, cost, size));
  const order = tasks.map((_, i) => i).sort((a, b) => all[a]!.length - all[b]!.length || a - b);
  const first = orbitRepresentatives(all[order[0]!]!, stab);
  const lists = order.map((t, j) => (j === 0 ? first.reps : all[t]!));
  const rest: DataCost[] = new Array(tasks.length + 1);
  rest[tasks.length] = alg.zero;
  for (let j = tasks.length - 1; j >= 0; j--) rest[j] = alg.combine(rest[j + 1]!, lists[j]![0]!.cost);
  const byKey = lists.map((l, j) => (j === 0 ? new Map<number | string, Candidate>() : new Map(l.map((c) => [maskKey(c.masks), c] as const))));
  return { S, orbitSize, order, lists, firstWeights: first.weights, rest, byKey, stab };
}

/** The least head cost over all leaves (the floors' combination over the places). */
export function leastFloor(space: GeneralSpace): DataCost {
  return space.places.map((pl) => pl.rest[0]!).reduce((a, b) => (compareDataCosts(a, b) <= 0 ? a : b));
}

/**
 * A cut at an inner node: the classes so far (with C_d \ S and C_d \ U as one more pair) and
 * the least head cost of the subtree; true drops the subtree (for a further term's bound).
 */
export type NodeCut = (xc: readonly number[], zc: readonly number[], least: DataCost) => boolean;

/** Every leaf with head cost <= bound() (re-read at each node); true when a visitor stopped it. */
export function* searchLeaves(space: GeneralSpace, bound: () => DataCost, visit: LeafVisit, cut?: NodeCut): Steps<boolean> {
  for (const pl of space.places) {
    if (yield* searchPlace(space, pl, bound, visit, cut)) return true;
    if (space.aborted) break;
  }
  return false;
}
