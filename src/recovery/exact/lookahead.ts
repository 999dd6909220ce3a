/**
 * Look-ahead bounds for the tuple search (tupleSearch.ts, spec.lookahead): at a node of depth j
 * with classes (xs, zs), a remaining head level t must get a code g that is compatible (as many
 * -1 values in each x-class as h_t has in the matching z-class). Its least cost over the
 * compatible codes is a lower bound for that level at least as strong as the level's floor, and
 * the sum (max, profile sum) of these over the remaining levels bounds what they add: a node whose
 * spent cost plus that exceeds the bound has no leaf within it. Sound because every tuple below
 * the node gives each remaining level a compatible code (the classes only refine); exact because
 * it only cuts nodes with no leaf.
 *
 * The least compatible cost is found by scanning the level's list of codes (sorted by cost) for
 * the first compatible one, or by enumerating the compatible codes when there are few; a scan
 * that gives up after SCAN codes still proves "at least the cost reached". Levels on the z side
 * (head+rep) or with their own lists keep their floor.
 */
import { binomial } from '../../core/cube.js';
import { type Cost, costOfCode } from './costs.js';
import { popcount32 } from './candidates.js';
import type { TupleSearchSpec } from './tupleSpec.js';

/** Codes scanned per level and node before settling for the cost reached. */
const SCAN = 192;
/** Enumerate the compatible codes when there are at most this many. */
const ENUMERATE = 96;

/** The look-ahead on the d = 5 lists (number measures); off only to compare (tests, bench). */
export const D5_LOOKAHEAD = { on: true };

export class Lookahead<C extends Cost> {
  private readonly plain: readonly boolean[];
  constructor(private readonly spec: TupleSearchSpec<C>) {
    // Complete lists (d <= 4) prove "no compatible code within the cap"; the d = 5 lists prove it
    // up to their degree and "at least one more" past it (number measures only: beyondList).
    const listed = spec.store.completeUpTo === Infinity || (D5_LOOKAHEAD.on && spec.measure !== 'profile');
    this.plain = spec.tasks.map((t) => listed && t.side !== 'z' && t.list === undefined && t.costOf === undefined);
  }

  /**
   * The lower bound for the levels after j (combined), or null when no completion of the node fits
   * the bound (the levels j..k-1 together cannot stay within it).
   */
  restAfter(j: number, xs: readonly number[], zs: readonly number[], spent: C, bound: C): C | null {
    const { algebra, tasks } = this.spec;
    const k = tasks.length;
    // suffix[t] = floors of levels t..k-1 combined; levels before t (>= j) are added as we go.
    const suffix: C[] = new Array(k + 1);
    suffix[k] = algebra.zero;
    for (let t = k - 1; t > j; t--) suffix[t] = algebra.combine(suffix[t + 1]!, tasks[t]!.floor as C);
    let lower = algebra.combine(spent, tasks[j]!.floor as C);
    let after = algebra.zero;
    for (let t = j + 1; t < k; t++) {
      const others = algebra.combine(lower, suffix[t + 1]!);
      const cap = algebra.allowance(bound, others, algebra.zero);
      const lb = this.plain[t] ? this.least(t, xs, zs, cap) : (tasks[t]!.floor as C);
      if (lb === null) return null;
      lower = algebra.combine(lower, lb);
      after = algebra.combine(after, lb);
    }
    if (algebra.compare(lower, bound) > 0) return null;
    return after;
  }

  /** The least cost of a code compatible with the classes for level t, or null when above cap. */
  private least(t: number, xs: readonly number[], zs: readonly number[], cap: C): C | null {
    const { algebra, store, d, measure, tasks } = this.spec;
    const task = tasks[t]!;
    const targets = zs.map((m) => popcount32((m & task.code) >>> 0));
    let product = 1;
    for (let i = 0; i < xs.length && product <= ENUMERATE; i++) product *= binomial(popcount32(xs[i]!), targets[i]!);
    let lb: C | null;
    if (product <= ENUMERATE) {
      let best: C | null = null;
      enumerate(xs, targets, 0, 0, (g) => {
        const c = costOfCode(d, measure, g) as C;
        if (best === null || algebra.compare(c, best) < 0) best = c;
      });
      lb = best !== null && algebra.compare(best, cap) <= 0 ? best : null;
    } else {
      const list = store.byWeight(targets.reduce((s, a) => s + a, 0));
      lb = null;
      let c = 0;
      for (; c < list.codes.length && c < SCAN; c++) {
        const cost = list.costs[c]! as C;
        if (algebra.compare(cost, cap) > 0) break;
        const g = list.codes[c]!;
        let ok = true;
        for (let i = 0; i < xs.length && ok; i++) ok = popcount32((xs[i]! & g) >>> 0) === targets[i];
        if (ok) {
          lb = cost;
          break;
        }
      }
      // Gave up at the scan limit: every code before c is incompatible, so the cost at c bounds.
      if (lb === null && c === SCAN && c < list.codes.length) lb = list.costs[c]! as C;
      // The whole list (d = 5: complete up to completeUpTo) within the cap and none compatible.
      if (lb === null && c === list.codes.length) lb = beyondList(store.completeUpTo, cap as number) as C | null;
    }
    if (lb !== null && algebra.compare(lb, task.floor as C) < 0) lb = task.floor as C;
    return lb;
  }
}

/**
 * Every listed code is incompatible: the least compatible cost is above the list's degree, so
 * completeUpTo + 1 when the cap allows it (d = 5), none within the cap otherwise (complete lists).
 */
export function beyondList(completeUpTo: number, cap: number): number | null {
  return completeUpTo + 1 <= cap ? completeUpTo + 1 : null;
}

function enumerate(xs: readonly number[], targets: readonly number[], i: number, acc: number, visit: (g: number) => void): void {
  if (i === xs.length) {
    visit(acc >>> 0);
    return;
  }
  const bits: number[] = [];
  for (let m = xs[i]!; m !== 0; m = (m & (m - 1)) >>> 0) bits.push((m & -m) >>> 0);
  choose(bits, targets[i]!, 0, acc, (a) => enumerate(xs, targets, i + 1, a, visit));
}

function choose(bits: readonly number[], r: number, from: number, acc: number, next: (acc: number) => void): void {
  if (r === 0) {
    next(acc);
    return;
  }
  for (let i = from; i <= bits.length - r; i++) choose(bits, r - 1, i + 1, (acc | bits[i]!) >>> 0, next);
}
