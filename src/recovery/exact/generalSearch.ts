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
import { type Candidate, type Task, candidatesOn, compatibleMasks, maskKey, supportOf, tasksOf } from './generalData.js';
import { DEEP_SYMMETRY, fixersOf, orbitRepresentatives, orbitWeightInPlace, stabiliser } from './generalSymmetry.js';
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

/**
 * The leaves at one place with head cost <= bound(); true when a visitor stopped the search.
 * Below the first task, candidates are grouped by the members of Stab(S) that fix the data chosen
 * before (DEEP_SYMMETRY, generalSymmetry.ts). The class arrays handed to `cut` and `visit` are
 * reused per depth: valid during the call (and the visitor's steps) only.
 */
export function* searchPlace(space: GeneralSpace, pl: Place, bound: () => DataCost, visit: LeafVisit, cut?: NodeCut): Steps<boolean> {
  const { tasks, alg, full } = space;
  let stopped = false;
  const xRest = (full & ~pl.S) >>> 0;
  const zRest = (full & ~space.uMask) >>> 0;
  const size = 2 ** space.d;
  // Per depth: the classes of the child nodes, and the classes with the rest pair appended.
  const xsAt: number[][] = Array.from({ length: tasks.length + 1 }, () => []);
  const zsAt: number[][] = Array.from({ length: tasks.length + 1 }, () => []);
  const xcAt: number[][] = Array.from({ length: tasks.length + 1 }, () => []);
  const zcAt: number[][] = Array.from({ length: tasks.length + 1 }, () => []);
  const countsAt = Array.from({ length: tasks.length }, (_, j) => new Int32Array(size * tasks[pl.order[j]!]!.counts.length));
  const moved = new Int8Array(size);
  const withRestInPlace = (j: number, xs: readonly number[], zs: readonly number[]): void => {
    const xc = xcAt[j]!;
    const zc = zcAt[j]!;
    xc.length = 0;
    zc.length = 0;
    for (let i = 0; i < xs.length; i++) xc.push(xs[i]!), zc.push(zs[i]!);
    if (xRest !== 0) xc.push(xRest);
    if (zRest !== 0) zc.push(zRest);
  };
  const deep = DEEP_SYMMETRY.on;
  const dfs = function* (j: number, xs: readonly number[], zs: readonly number[], spent: DataCost, weight: number, group: readonly Uint32Array[]): Steps<void> {
    if ((++space.nodes & 4095) === 0) {
      if (space.expired()) {
        space.aborted = true;
        return;
      }
      yield;
    }
    if (cut || j === tasks.length) withRestInPlace(j, xs, zs);
    if (cut && cut(xcAt[j]!, zcAt[j]!, alg.combine(spent, pl.rest[j]!))) return;
    if (j === tasks.length) {
      if (compareDataCosts(spent, bound()) > 0) return;
      if (yield* visit(spent, BigInt(weight), xcAt[j]!, zcAt[j]!)) stopped = true;
      return;
    }
    const t = tasks[pl.order[j]!]!;
    const values = t.counts.length;
    const list = pl.lists[j]!;
    const allowed = alg.allowance(bound(), spent, pl.rest[j + 1]!);
    const counts = countsAt[j]!;
    for (let i = 0; i < xs.length; i++) for (let v = 0; v < values; v++) counts[i * values + v] = popcount32((zs[i]! & t.zMasks[v]!) >>> 0);
    let product = 1;
    for (let i = 0; i < xs.length && product <= list.length; i++) product *= multinomialAt(popcount32(xs[i]!), counts, i * values, values);
    const generated = j > 0 && product * 16 < list.length ? generatedCandidates(pl, j, xs, counts, values, product === 1) : null;
    const n = generated?.length ?? list.length;
    const nx = xsAt[j + 1]!;
    const nz = zsAt[j + 1]!;
    const grouped = deep && j > 0 && group.length > 1;
    for (let c = 0; c < n; c++) {
      const cand = generated ? generated[c]! : list[c]!;
      if (compareDataCosts(cand.cost, allowed) > 0) {
        if (generated) continue;
        break;
      }
      let ok = generated !== null;
      if (!ok) {
        ok = true;
        for (let i = 0; i < xs.length && ok; i++) for (let v = 0; v < values && ok; v++) ok = popcount32((xs[i]! & cand.masks[v]!) >>> 0) === counts[i * values + v];
      }
      if (!ok) continue;
      // One candidate per orbit of the group fixing S and the data so far (the first task: pl.firstWeights).
      const w = j === 0 ? pl.firstWeights[c]! : grouped ? orbitWeightInPlace(group, cand.data, moved) : 1;
      if (w === 0) {
        DEEP_SYMMETRY.skipped++;
        continue;
      }
      nx.length = 0;
      nz.length = 0;
      for (let i = 0; i < xs.length; i++) {
        for (let v = 0; v < values; v++) {
          const a = (xs[i]! & cand.masks[v]!) >>> 0;
          if (a === 0) continue;
          nx.push(a);
          nz.push((zs[i]! & t.zMasks[v]!) >>> 0);
        }
      }
      const next = deep && group.length > 1 ? fixersOf(group, cand.data) : group;
      yield* dfs(j + 1, nx, nz, alg.combine(spent, cand.cost), weight * w, next);
      if (space.aborted || stopped) return;
    }
  };
  yield* dfs(0, [pl.S], [space.uMask], alg.zero, pl.orbitSize, pl.stab);
  return stopped;
}

/** multinomial(n; counts[from..from + values)) (generalData.ts's, on a row of a flat table). */
function multinomialAt(n: number, counts: Int32Array, from: number, values: number): number {
  let out = 1;
  let left = n;
  for (let v = 0; v < values; v++) {
    const k = counts[from + v]!;
    for (let i = 1; i <= k; i++) out = (out * (left - k + i)) / i;
    left -= k;
  }
  return Math.round(out);
}

/** The compatible candidates at depth j > 0, generated from the classes' counts (few of them). */
function generatedCandidates(pl: Place, j: number, xs: readonly number[], counts: Int32Array, values: number, forced: boolean): Candidate[] {
  const rows = xs.map((_, i) => Array.from(counts.subarray(i * values, (i + 1) * values)));
  const byKey = pl.byKey[j]!;
  return forced ? [byKey.get(maskKey(forcedMasks(xs, rows, values)))!] : compatibleMasks(xs, rows, values).map((m) => byKey.get(maskKey(m))!);
}

/** The one compatible data when every class takes a single value (product 1): each class on its value. */
function forcedMasks(xs: readonly number[], counts: readonly (readonly number[])[], values: number): number[] {
  const masks = new Array<number>(values).fill(0);
  for (let i = 0; i < xs.length; i++) {
    const c = counts[i]!;
    for (let v = 0; v < values; v++) if (c[v]! > 0) masks[v] = masks[v]! | xs[i]!; // int32, as the candidates' keys
  }
  return masks;
}
