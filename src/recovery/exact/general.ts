/**
 * Exact recovery where the tuple search of tupleSearch.ts does not apply: a partial support U
 * (tasks seen on U only) and/or rational-valued tasks, d <= 4, the head-only biases (head-degree,
 * head-gf2 for Boolean tasks, head-max, head-profile).
 *
 * The objective of V depends only on S = V(U) and on the data each head must fit there,
 * g_t(V(z)) = h_t(z) for z in U. So the search runs over point sets S (one per orbit of the
 * signed permutations A, which leave every bias unchanged, weighted by the orbit size) and over
 * tuples of data on S whose joint fibres match the tasks' on U: the histogram of
 * x -> (g_1(x)..g_k(x)) over S equals that of z -> (h_1(z)..h_k(z)) over U. The V realising a
 * tuple map each joint class of U onto its class of S, and C_d \ U onto C_d \ S, in any order:
 * prod (class size)! of them (leaves.ts, with C_d \ U as one more class). Depth-first over the
 * tasks, each task's candidate data on S listed once and sorted by cost (dataCosts.ts); the
 * first task's data restricted to one per orbit of the stabiliser of S (weighted by the orbit
 * size). Number biases: totals decided in increasing order from the floors' sum until one is
 * feasible, then every tuple of that total collected; head-profile: branch and bound from the
 * true latents' profile with ties kept. The count of minimisers, the verdict and a witness come
 * from the collected leaves.
 */
import { isBoolean, valueAt } from '../../core/cubeFunction.js';
import { type Rational } from '../../core/rational.js';
import type { RecoveryProblem } from '../types.js';
import { popcount32 } from './candidates.js';
import { type DataCost, type TaskValues, compareDataCosts, dataAlgebra, dataCoster } from './dataCosts.js';
import { baseMinimiser, cosetSize, leafVerdict } from './leaves.js';
import { orbitOf, signedPermutationOrbits } from './orbits.js';
import type { Steps } from './tupleSearch.js';
import { forEachSignedPermutationInPlace } from '../../search/enumerate/signedPermutations.js';

/** Candidate data per task and point set beyond this: out of reach (null). */
export const MAX_CANDIDATES = 200_000;

export interface GeneralOutcome {
  readonly minimum: DataCost;
  readonly minimizers: bigint;
  readonly recovers: boolean;
  readonly witness: Uint32Array | null;
  readonly best: Uint32Array;
  readonly nodes: number;
}

interface Task {
  readonly tv: TaskValues;
  /** Per value index, the latents of U where h takes it. */
  readonly zMasks: readonly number[];
  readonly counts: readonly number[];
}

export function generalApplies(p: RecoveryProblem): boolean {
  if (p.d < 1 || p.d > 4 || p.bias === 'head+rep') return false;
  if (p.bias === 'head-gf2' && !p.tasks.every(isBoolean)) return false;
  const s = p.support?.length ?? 2 ** p.d;
  return tasksOf(p).every((t) => multinomial(s, t.counts) <= MAX_CANDIDATES);
}

function tasksOf(p: RecoveryProblem): Task[] {
  const U = p.support ?? Array.from({ length: 2 ** p.d }, (_, z) => z);
  return p.tasks.map((h) => {
    const keys: string[] = [];
    const values: Rational[] = [];
    const numerators: bigint[] = [];
    const zMasks: number[] = [];
    const counts: number[] = [];
    for (const z of U) {
      const v = valueAt(h, z);
      let i = keys.indexOf(v.toString());
      if (i < 0) {
        i = keys.push(v.toString()) - 1;
        values.push(v);
        numerators.push(BigInt(String(h.numerators[z]!)));
        zMasks.push(0);
        counts.push(0);
      }
      zMasks[i]! |= 1 << z;
      counts[i]!++;
    }
    return { tv: { values, numerators, denominator: BigInt(String(h.denominator)) }, zMasks, counts };
  });
}

function multinomial(n: number, parts: readonly number[]): number {
  let out = 1;
  let left = n;
  for (const k of parts) {
    for (let i = 1; i <= k; i++) out = (out * (left - k + i)) / i;
    left -= k;
  }
  return Math.round(out);
}

interface Candidate {
  readonly data: Int8Array;
  /** Per value index, the points of S where the data take it. */
  readonly masks: readonly number[];
  readonly cost: DataCost;
}

/** Every assignment of the task's values to the points of S with the task's counts, sorted by cost. */
function candidatesOn(points: readonly number[], t: Task, cost: (tv: TaskValues, data: Int8Array) => DataCost, size: number): Candidate[] {
  const out: Candidate[] = [];
  const data = new Int8Array(size).fill(-1);
  const left = t.counts.slice();
  const rec = (i: number): void => {
    if (i === points.length) {
      const masks = t.counts.map(() => 0);
      for (const x of points) masks[data[x]!]! |= 1 << x;
      out.push({ data: data.slice(), masks, cost: cost(t.tv, data) });
      return;
    }
    for (let v = 0; v < left.length; v++) {
      if (left[v] === 0) continue;
      left[v]!--;
      data[points[i]!] = v;
      rec(i + 1);
      left[v]!++;
    }
    data[points[i]!] = -1;
  };
  rec(0);
  return out.sort((a, b) => compareDataCosts(a.cost, b.cost));
}

/** One point set S (a representative of its orbit) with everything the search needs there. */
interface Place {
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
}

const maskKey = (masks: readonly number[]): number | string => (masks.length <= 2 ? masks[0]! : masks.join(','));

/**
 * Every per-value mask tuple that puts, in each class xs[i], counts[i][v] points on value v:
 * the compatible data at a node, generated instead of filtered from the list when few.
 */
function compatibleMasks(xs: readonly number[], counts: readonly (readonly number[])[], values: number): number[][] {
  const st: MaskState = { xs, pts: xs.map(pointsOfMask), left: counts.map((c) => c.slice()), masks: new Array<number>(values).fill(0), out: [] };
  placePoint(st, 0, 0);
  return st.out;
}

interface MaskState {
  readonly xs: readonly number[];
  readonly pts: readonly (readonly number[])[];
  readonly left: number[][];
  readonly masks: number[];
  readonly out: number[][];
}

function pointsOfMask(m: number): number[] {
  const pts: number[] = [];
  for (let r = m >>> 0; r !== 0; r = (r & (r - 1)) >>> 0) pts.push(31 - Math.clz32(r & -r));
  return pts;
}

/** Gives point k of class i each value with some count left there, then the next point. */
function placePoint(st: MaskState, i: number, k: number): void {
  if (i === st.xs.length) {
    st.out.push(st.masks.slice());
    return;
  }
  if (k === st.pts[i]!.length) {
    placePoint(st, i + 1, 0);
    return;
  }
  const left = st.left[i]!;
  const bit = 1 << st.pts[i]![k]!;
  for (let v = 0; v < left.length; v++) {
    if (left[v] === 0) continue;
    left[v]!--;
    st.masks[v]! |= bit;
    placePoint(st, i, k + 1);
    st.masks[v]! &= ~bit;
    left[v]!++;
  }
}

/** The signed permutations A of C_d (image tables) with A(S) = S. */
function stabiliser(d: number, S: number): Uint32Array[] {
  const out: Uint32Array[] = [];
  forEachSignedPermutationInPlace(d, (image) => {
    let moved = 0;
    for (let x = 0; x < image.length; x++) if ((S >>> x) & 1) moved |= 1 << image[x]!;
    if (moved >>> 0 === S >>> 0) out.push(Uint32Array.from(image));
  });
  return out;
}

/** The candidates that are least (by data key) in their Stab(S)-orbit, each with its orbit size. */
function orbitRepresentatives(list: readonly Candidate[], stab: readonly Uint32Array[]): { reps: Candidate[]; weights: number[] } {
  const reps: Candidate[] = [];
  const weights: number[] = [];
  const moved = new Int8Array(list[0]?.data.length ?? 0);
  for (const c of list) {
    let fixed = 0;
    let least = true;
    for (const a of stab) {
      for (let x = 0; x < moved.length; x++) moved[a[x]!] = c.data[x]!;
      let cmp = 0;
      for (let x = 0; x < moved.length && cmp === 0; x++) cmp = moved[x]! - c.data[x]!;
      if (cmp < 0) {
        least = false;
        break;
      }
      if (cmp === 0) fixed++;
    }
    if (!least) continue;
    reps.push(c);
    weights.push(stab.length / fixed);
  }
  return { reps, weights };
}

/** The exact answer as steps (yield every 4096 nodes); null when interrupted or past the deadline. */
export function* generalSteps(p: RecoveryProblem, signal?: AbortSignal, deadline?: number): Steps<GeneralOutcome | null> {
  const { d } = p;
  const size = 2 ** d;
  const full = (2 ** size - 1) >>> 0;
  const U = p.support ?? Array.from({ length: size }, (_, z) => z);
  const uMask = U.reduce((m, z) => (m | (1 << z)) >>> 0, 0);
  const tasks = tasksOf(p);
  const coster = dataCoster(d, p.bias === 'head-gf2' ? 'gf2' : p.bias === 'head-profile' ? 'profile' : 'fourier');
  const alg = dataAlgebra(d, p.bias === 'head-max' ? 'max' : p.bias === 'head-profile' ? 'profile' : 'sum');
  const cost = (tv: TaskValues, data: Int8Array): DataCost => coster.cost(tv, data);
  // The true latents (S = U, the data h itself) give a first bound.
  const atTruth = tasks.reduce<DataCost>((acc, t) => {
    const data = new Int8Array(size).fill(-1);
    t.zMasks.forEach((m, v) => U.forEach((z) => ((m >>> z) & 1 ? (data[z] = v) : 0)));
    return alg.combine(acc, cost(t.tv, data));
  }, alg.zero);
  const orbits = signedPermutationOrbits(d);
  const places: Place[] = [];
  for (let S = 0; S <= full; S++) {
    if (popcount32(S) !== U.length) continue;
    const orbit = orbitOf(orbits, S >>> 0);
    if (orbit.canonical !== S >>> 0) continue;
    const points = Array.from({ length: size }, (_, x) => x).filter((x) => (S >>> x) & 1);
    const all = tasks.map((t) => candidatesOn(points, t, cost, size));
    const order = tasks.map((_, i) => i).sort((a, b) => all[a]!.length - all[b]!.length || a - b);
    const first = orbitRepresentatives(all[order[0]!]!, stabiliser(d, S >>> 0));
    const lists = order.map((t, j) => (j === 0 ? first.reps : all[t]!));
    const rest: DataCost[] = new Array(tasks.length + 1);
    rest[tasks.length] = alg.zero;
    for (let j = tasks.length - 1; j >= 0; j--) rest[j] = alg.combine(rest[j + 1]!, lists[j]![0]!.cost);
    const byKey = lists.map((l, j) => (j === 0 ? new Map<number | string, Candidate>() : new Map(l.map((c) => [maskKey(c.masks), c] as const))));
    places.push({ S: S >>> 0, orbitSize: orbit.size, order, lists, firstWeights: first.weights, rest, byKey });
    if (signal?.aborted || (deadline !== undefined && Date.now() > deadline)) return null;
    if ((places.length & 15) === 0) yield;
  }
  let nodes = 0;
  let aborted = false;
  /**
   * Every tuple with cost <= bound() (re-read at each node); visit returns true to stop. A leaf
   * is (cost, weight, x-classes, z-classes) with C_d \ S and C_d \ U as one more class pair.
   */
  const search = function* (bound: () => DataCost, visit: (c: DataCost, weight: bigint, xc: readonly number[], zc: readonly number[]) => boolean): Steps<boolean> {
    let stopped = false;
    for (const pl of places) {
      const xRest = (full & ~pl.S) >>> 0;
      const zRest = (full & ~uMask) >>> 0;
      const dfs = function* (j: number, xs: readonly number[], zs: readonly number[], spent: DataCost, weight: number): Steps<void> {
        if ((++nodes & 4095) === 0) {
          if (signal?.aborted || (deadline !== undefined && Date.now() > deadline)) {
            aborted = true;
            return;
          }
          yield;
        }
        if (j === tasks.length) {
          if (compareDataCosts(spent, bound()) > 0) return;
          const xc = xRest === 0 ? xs : [...xs, xRest];
          const zc = zRest === 0 ? zs : [...zs, zRest];
          if (visit(spent, BigInt(weight), xc, zc)) stopped = true;
          return;
        }
        const t = tasks[pl.order[j]!]!;
        const list = pl.lists[j]!;
        const allowed = alg.allowance(bound(), spent, pl.rest[j + 1]!);
        const counts = zs.map((z) => t.zMasks.map((m) => popcount32((z & m) >>> 0)));
        let product = 1;
        for (let i = 0; i < xs.length && product <= list.length; i++) product *= multinomial(popcount32(xs[i]!), counts[i]!);
        const generated = j > 0 && product * 16 < list.length ? compatibleMasks(xs, counts, t.counts.length).map((m) => pl.byKey[j]!.get(maskKey(m))!) : null;
        const n = generated?.length ?? list.length;
        for (let c = 0; c < n; c++) {
          const cand = generated ? generated[c]! : list[c]!;
          if (compareDataCosts(cand.cost, allowed) > 0) {
            if (generated) continue;
            break;
          }
          let ok = generated !== null;
          if (!ok) {
            ok = true;
            for (let i = 0; i < xs.length && ok; i++) for (let v = 0; v < t.counts.length && ok; v++) ok = popcount32((xs[i]! & cand.masks[v]!) >>> 0) === counts[i]![v];
          }
          if (!ok) continue;
          const nx: number[] = [];
          const nz: number[] = [];
          for (let i = 0; i < xs.length; i++) {
            for (let v = 0; v < t.counts.length; v++) {
              const a = (xs[i]! & cand.masks[v]!) >>> 0;
              if (a === 0) continue;
              nx.push(a);
              nz.push((zs[i]! & t.zMasks[v]!) >>> 0);
            }
          }
          yield* dfs(j + 1, nx, nz, alg.combine(spent, cand.cost), j === 0 ? weight * pl.firstWeights[c]! : weight);
          if (aborted || stopped) return;
        }
      };
      yield* dfs(0, [pl.S], [uMask], alg.zero, pl.orbitSize);
      if (aborted || stopped) break;
    }
    return stopped;
  };
  let best = atTruth;
  let count = 0n;
  let witness: Uint32Array | null = null;
  let bestV: Uint32Array | null = null;
  const tally = (c: DataCost, weight: bigint, xc: readonly number[], zc: readonly number[]): boolean => {
    if (compareDataCosts(c, best) < 0) [best, count, witness, bestV] = [c, 0n, null, null];
    count += weight * cosetSize(xc);
    if (bestV === null || witness === null) {
      const v0 = baseMinimiser(d, xc, zc);
      bestV ??= v0;
      witness ??= leafVerdict(d, v0, zc, p.group);
    }
    return false;
  };
  if (p.bias === 'head-profile') {
    // Branch and bound from the true latents' profile, ties kept.
    yield* search(() => best, tally);
  } else {
    // Number biases: decide increasing totals from the least floor sum, then collect at the first feasible one.
    let total = Math.min(...places.map((pl) => pl.rest[0] as number));
    for (; total < (atTruth as number); total++) {
      const feasible = yield* search(() => total, () => true);
      if (aborted) return null;
      if (feasible) break;
    }
    best = total;
    yield* search(() => total, tally);
  }
  if (aborted || signal?.aborted) return null;
  if (bestV === null) throw new Error('internal: the general exact search found no tuple (the true latents always fit)');
  return { minimum: best, minimizers: count, recovers: witness === null, witness, best: bestV, nodes };
}
