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
 * tasks, each task's candidate data on S listed once and sorted by cost (dataCosts.ts), branch
 * and bound from the true latents' value with ties kept, so the minimum, the exact number of
 * minimisers, the verdict and a witness all come out of one pass.
 */
import { isBoolean, valueAt } from '../../core/cubeFunction.js';
import { type Rational } from '../../core/rational.js';
import type { RecoveryProblem } from '../types.js';
import { popcount32 } from './candidates.js';
import { type DataCost, type TaskValues, compareDataCosts, dataAlgebra, dataCoster } from './dataCosts.js';
import { baseMinimiser, cosetSize, leafVerdict } from './leaves.js';
import { orbitOf, signedPermutationOrbits } from './orbits.js';
import type { Steps } from './tupleSearch.js';

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
  // The true latents (S = U, the data h itself) give the first bound.
  let best: DataCost = tasks.reduce<DataCost>((acc, t) => {
    const data = new Int8Array(size).fill(-1);
    t.zMasks.forEach((m, v) => U.forEach((z) => ((m >>> z) & 1 ? (data[z] = v) : 0)));
    return alg.combine(acc, cost(t.tv, data));
  }, alg.zero);
  let count = 0n;
  let witness: Uint32Array | null = null;
  let bestV: Uint32Array | null = null;
  let nodes = 0;
  let aborted = false;
  const orbits = signedPermutationOrbits(d);
  for (let S = 0; S <= full; S++) {
    if (popcount32(S) !== U.length) continue;
    const orbit = orbitOf(orbits, S >>> 0);
    if (orbit.canonical !== S >>> 0) continue;
    const points = Array.from({ length: size }, (_, x) => x).filter((x) => (S >>> x) & 1);
    const lists = tasks.map((t) => candidatesOn(points, t, cost, size));
    const order = tasks.map((_, i) => i).sort((a, b) => lists[a]!.length - lists[b]!.length);
    const rest: DataCost[] = new Array(tasks.length + 1);
    rest[tasks.length] = alg.zero;
    for (let j = tasks.length - 1; j >= 0; j--) rest[j] = alg.combine(rest[j + 1]!, lists[order[j]!]![0]!.cost);
    const xRest = (full & ~S) >>> 0;
    const zRest = (full & ~uMask) >>> 0;
    const dfs = function* (j: number, xs: readonly number[], zs: readonly number[], spent: DataCost): Steps<void> {
      if (aborted) return;
      if ((++nodes & 4095) === 0) {
        if (signal?.aborted || (deadline !== undefined && Date.now() > deadline)) {
          aborted = true;
          return;
        }
        yield;
      }
      if (j === tasks.length) {
        const c = compareDataCosts(spent, best);
        if (c > 0) return;
        if (c < 0) [best, count, witness, bestV] = [spent, 0n, null, null];
        const xc = xRest === 0 ? xs : [...xs, xRest];
        const zc = zRest === 0 ? zs : [...zs, zRest];
        count += BigInt(orbit.size) * cosetSize(xc);
        if (bestV === null || witness === null) {
          const v0 = baseMinimiser(d, xc, zc);
          bestV ??= v0;
          witness ??= leafVerdict(d, v0, zc, p.group);
        }
        return;
      }
      const t = tasks[order[j]!]!;
      const allowed = alg.allowance(best, spent, rest[j + 1]!);
      for (const cand of lists[order[j]!]!) {
        if (compareDataCosts(cand.cost, allowed) > 0) break;
        let ok = true;
        for (let i = 0; i < xs.length && ok; i++) for (let v = 0; v < t.counts.length && ok; v++) ok = popcount32((xs[i]! & cand.masks[v]!) >>> 0) === popcount32((zs[i]! & t.zMasks[v]!) >>> 0);
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
        yield* dfs(j + 1, nx, nz, alg.combine(spent, cand.cost));
        if (aborted) return;
      }
    };
    yield* dfs(0, [S >>> 0], [uMask], alg.zero);
    if (aborted || signal?.aborted) return null;
  }
  if (bestV === null) throw new Error('internal: the general exact search found no tuple (the true latents always fit)');
  return { minimum: best, minimizers: count, recovers: witness === null, witness, best: bestV, nodes };
}
