/**
 * The data of the general exact search (general.ts): each task's distinct values on the support U
 * with the latents taking each, and every assignment of those values to a point set S with the
 * same counts (a head's data on S = V(U)), sorted by cost; and the assignments compatible with a
 * node's joint classes, generated directly when they are few.
 */
import { valueAt } from '../../core/cubeFunction.js';
import { type Rational } from '../../core/rational.js';
import type { RecoveryProblem } from '../types.js';
import { type DataCost, type TaskValues, compareDataCosts } from './dataCosts.js';

export interface Task {
  readonly tv: TaskValues;
  /** Per value index, the latents of U where h takes it. */
  readonly zMasks: readonly number[];
  readonly counts: readonly number[];
}

export interface Candidate {
  readonly data: Int8Array;
  /** Per value index, the points of S where the data take it. */
  readonly masks: readonly number[];
  readonly cost: DataCost;
}

export function supportOf(p: RecoveryProblem): readonly number[] {
  return p.support ?? Array.from({ length: 2 ** p.d }, (_, z) => z);
}

export function tasksOf(p: RecoveryProblem): Task[] {
  const U = supportOf(p);
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

export function multinomial(n: number, parts: readonly number[]): number {
  let out = 1;
  let left = n;
  for (const k of parts) {
    for (let i = 1; i <= k; i++) out = (out * (left - k + i)) / i;
    left -= k;
  }
  return Math.round(out);
}

/** Every assignment of the task's values to the points of S with the task's counts, sorted by cost. */
export function candidatesOn(points: readonly number[], t: Task, cost: (tv: TaskValues, data: Int8Array) => DataCost, size: number): Candidate[] {
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

export const maskKey = (masks: readonly number[]): number | string => (masks.length <= 2 ? masks[0]! : masks.join(','));

/**
 * Every per-value mask tuple that puts, in each class xs[i], counts[i][v] points on value v:
 * the compatible data at a node, generated instead of filtered from the list when few.
 */
export function compatibleMasks(xs: readonly number[], counts: readonly (readonly number[])[], values: number): number[][] {
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

export function pointsOfMask(m: number): number[] {
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
