/**
 * The plans recoverySolve.ts hands to its search (recoverySolveSearch.ts): which tasks are
 * searched, in which orders, with their lists of heads and floors. Every order visits the same
 * tuples (a tuple of heads is a set of (task, head) pairs; the classes it ends in, and so its
 * bijections, do not depend on the order the heads are fixed in); only how early the bounds cut
 * differs, by orders of magnitude. The orders tried (after the engine's idea, written again here):
 * fewest heads at the floor first, fail first (fewest heads within the slack the bound leaves),
 * largest floor first, most unbalanced first.
 */
import { ones } from './recoveryCertificate.js';
import { type Components, type CostTable, codesOfWeight, generatedGroup } from './recoverySolveCosts.js';
import { type CodeList, type Plan, combine, compareCost, costOf } from './recoverySolveSearch.js';

/** What a task's weight w alone says about its heads. */
export interface WeightInfo {
  /** The least cost of a code of weight w. */
  readonly floor: readonly number[];
  /** Every code of weight w costs the floor. */
  readonly fixed: boolean;
  /** How many codes of weight w cost the floor. */
  readonly atFloor: number;
  /** The largest top cost level of a code of weight w. */
  readonly ceiling: number;
}

export interface Task extends WeightInfo {
  readonly h: number;
  readonly list: CodeList;
}

const lists = new WeakMap<CostTable, Map<number, CodeList>>();
const infos = new WeakMap<CostTable, Map<number, WeightInfo>>();

/** The codes of weight w by increasing cost (compareCost: a profile from the top level down; then by code). */
export function listOf(t: CostTable, w: number): CodeList {
  if (!lists.has(t)) lists.set(t, new Map());
  let l = lists.get(t)!.get(w);
  if (l === undefined) {
    const top = (g: number): number => t.values[g * t.levels + t.levels - 1]!;
    const codes = Int32Array.from(codesOfWeight(t.d, w)).sort((a, b) => {
      for (let l = t.levels - 1; l >= 0; l--) if (t.values[a * t.levels + l] !== t.values[b * t.levels + l]) return t.values[a * t.levels + l]! - t.values[b * t.levels + l]!;
      return a - b;
    });
    l = { codes, keys: Int32Array.from(codes, top) };
    lists.get(t)!.set(w, l);
  }
  return l;
}

function infoOf(t: CostTable, w: number): WeightInfo {
  if (!infos.has(t)) infos.set(t, new Map());
  let i = infos.get(t)!.get(w);
  if (i === undefined) {
    const costs = codesOfWeight(t.d, w).map((g) => costOf(t, g));
    const floor = costs.reduce((a, b) => (compareCost(b, a) < 0 ? b : a));
    const atFloor = costs.filter((c) => compareCost(c, floor) === 0).length;
    i = { floor, fixed: atFloor === costs.length, atFloor, ceiling: Math.max(...costs.map((c) => c[c.length - 1]!)) };
    infos.get(t)!.set(w, i);
  }
  return i;
}

export const taskOf = (t: CostTable, h: number): Task => ({ h, list: listOf(t, ones(h)), ...infoOf(t, ones(h)) });

/**
 * The plans for these tasks, one per distinct order: the dropped tasks' floors combined into the
 * starting value, the others searched. bound: the number bias's bound (for the fail-first order).
 */
export function plansOf(t: CostTable, max: boolean, c: Components, tasks: readonly Task[], drop: (i: Task) => boolean, bound: number | null): Plan[] {
  const zero = new Array<number>(t.levels).fill(0);
  const kept = tasks.filter((i) => !drop(i));
  const base = tasks.filter(drop).reduce((acc, i) => combine(max, acc, i.floor), zero);
  const orders: Task[][] = [[...kept].sort((a, b) => a.atFloor - b.atFloor)];
  const half = 1 << (t.d - 1);
  const skew = (i: Task): number => Math.abs(ones(i.h) - half);
  const top = t.levels - 1;
  if (bound !== null) {
    const slack = max ? 0 : bound - kept.reduce((s, i) => s + i.floor[top]!, 0);
    const within = (i: Task): number => {
      const cap = max ? bound : i.floor[top]! + slack;
      let n = 0;
      while (n < i.list.keys.length && i.list.keys[n]! <= cap) n++;
      return n;
    };
    orders.push([...kept].sort((a, b) => within(a) - within(b)));
    orders.push([...kept].sort((a, b) => b.floor[top]! - a.floor[top]!));
  }
  orders.push([...kept].sort((a, b) => skew(b) - skew(a)));
  const seen = new Set<string>();
  return orders
    .filter((o) => {
      const key = o.map((i) => i.h).join(',');
      return !seen.has(key) && seen.add(key) !== undefined;
    })
    .map((o) => {
      const rest = o.map((_, j) => o.slice(j).reduce((acc, i) => combine(max, acc, i.floor), zero)).concat([zero]);
      return { d: t.d, t, max, tasks: o.map((i) => i.h), base, floors: o.map((i) => i.floor), rest, size: c.size, group: c.symmetric ? generatedGroup(t.d) : [], lists: o.map((i) => i.list) };
    });
}
