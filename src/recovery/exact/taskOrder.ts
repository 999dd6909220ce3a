/**
 * The order in which the tuple search (tupleSearch.ts) fixes the heads, for the number biases
 * (head-degree, head-gf2, head-max) at a given total B. Any order gives the same leaves (the
 * search is exhaustive in every order); the order only decides how early the bound cuts, and it
 * matters by orders of magnitude (8 uniform tasks at d = 4: from a dozen nodes to millions).
 * Fail first: a task whose heads within their allowance are few goes early. The allowance of
 * task t at total B is its floor plus the slack B - sum of floors (head-max: B itself), and its
 * count is the number of codes of its weight costing at most that. Constant tasks go last (they
 * split nothing, and the first head carries the symmetry breaking of orbits.ts).
 */
import { type CandidateStore, compareCosts, popcount32 } from './candidates.js';
import type { TupleTask } from './tupleSpec.js';

/**
 * The orders tried side by side (portfolio.ts): the given one (fewest heads at the floor first),
 * fail first by the allowance (orderForTotal), and the largest floor first.
 */
export function taskOrders(tasks: readonly TupleTask[], store: CandidateStore, total: number, max: boolean): TupleTask[][] {
  const full = store.d === 5 ? 0xffffffff : (1 << (1 << store.d)) - 1;
  const last = (t: TupleTask): number => (t.code === 0 || t.code >>> 0 === full >>> 0 ? 1 : 0);
  const byFloor = tasks.map((t, i) => ({ t, i })).sort((a, b) => last(a.t) - last(b.t) || (b.t.floor as number) - (a.t.floor as number) || a.i - b.i);
  return [[...tasks], orderForTotal(tasks, store, total, max), byFloor.map((e) => e.t), bySkew(tasks, store.d)];
}

/** head-profile: the given order and the most unbalanced first. */
export function profileOrders(tasks: readonly TupleTask[], store: CandidateStore): TupleTask[][] {
  return [[...tasks], bySkew(tasks, store.d)];
}

/** The most unbalanced task first; heads of one fixed cost (floor = ceiling, e.g. odd weight under GF(2)) and constants last. */
function bySkew(tasks: readonly TupleTask[], d: number): TupleTask[] {
  const size = 1 << d;
  const skew = (t: TupleTask): number => {
    const w = popcount32(t.code);
    return t.ceiling !== null && compareCosts(t.ceiling, t.floor) === 0 ? size + 1 : Math.min(w, size - w) || size + 2;
  };
  return tasks
    .map((t, i) => ({ t, i }))
    .sort((a, b) => skew(a.t) - skew(b.t) || a.i - b.i)
    .map((e) => e.t);
}

export function orderForTotal(tasks: readonly TupleTask[], store: CandidateStore, total: number, max: boolean): TupleTask[] {
  const full = store.d === 5 ? 0xffffffff : (1 << (1 << store.d)) - 1;
  const slack = max ? 0 : total - tasks.reduce((s, t) => s + (t.floor as number), 0);
  const keyed = tasks.map((t, i) => {
    const constant = t.code === 0 || t.code >>> 0 === full >>> 0;
    const list = store.byWeight(popcount32(t.code));
    const cap = max ? total : (t.floor as number) + slack;
    return { t, i, key: constant ? Infinity : countAtMost(list.costs as readonly number[], cap) };
  });
  keyed.sort((a, b) => a.key - b.key || a.i - b.i);
  return keyed.map((k) => k.t);
}

/** How many of the ascending costs are at most cap. */
export function countAtMost(costs: readonly number[], cap: number): number {
  let lo = 0;
  let hi = costs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (costs[mid]! <= cap) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
