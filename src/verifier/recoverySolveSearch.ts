/**
 * The tuple search of recoverySolve.ts (see its header): every tuple of heads (g_1..g_k) whose
 * joint fibres match the tasks', of cost <= found.best, counting their bijections.
 *
 * Cuts, each exact (docs/math.md "The verifier's d = 4 tuple search"):
 * - Floors: a task's head costs at least the least cost of its weight (plan.rest).
 * - Look-ahead (number biases): at a node with classes X_1..X_r (points of the heads' side) and
 *   Z_1..Z_r (the tasks' side), every later head g of task h in a completed tuple has, in each
 *   class, as many -1 values as h: |g & X_c| = |h & Z_c| (the final classes refine these, and the
 *   counts add up). So it costs at least the least cost of such a code, found by scanning the
 *   task's list (codes of its weight by increasing cost) up to the first one that fits; a node
 *   where the bounds together exceed the bound has no tuple within it.
 * - Verdict: with found.stopAbove = N, the search stops (throws Stop) once it has counted more
 *   than N bijections; the caller only concludes that more than N exist.
 * - Budget: a pass stops (throws OutOfBudget) past found.limit nodes; the caller then discards it
 *   and runs another task order (every order visits the same tuples; only the cuts differ).
 * A search beyond MAX_NODES throws (a predicate cannot hang the verifier; it is never an answer).
 */
import { type CostTable, moved } from './recoverySolveCosts.js';

const MAX_NODES = 100_000_000;

export interface CodeList {
  readonly codes: Int32Array;
  /** The codes' top cost level (their cost, for a number bias), increasing. */
  readonly keys: Int32Array;
}

export interface Plan {
  readonly d: number;
  readonly t: CostTable;
  readonly max: boolean;
  /** The searched tasks' codes, in search order. */
  readonly tasks: readonly number[];
  /** The dropped tasks' costs, combined (the objective's starting value). */
  readonly base: readonly number[];
  /** floors[j]: searched task j's least cost of its weight. */
  readonly floors: readonly (readonly number[])[];
  /** rest[j]: the searched tasks j.. 's floors, combined. */
  readonly rest: readonly (readonly number[])[];
  readonly size: Int32Array;
  /** The cost-keeping group's elements (image tables) when size is the components' (else empty). */
  readonly group: readonly Uint8Array[];
  /** Per searched task: the codes of its weight, increasing in their top cost level. */
  readonly lists: readonly CodeList[];
}

export interface Found {
  best: number[];
  count: number;
  nodes: number;
  /** This pass stops (OutOfBudget) once nodes passes this. */
  limit: number;
  /** Stop once more bijections than this were counted (Infinity: count them all). */
  stopAbove: number;
}

/** Thrown by search when found.count passed found.stopAbove. */
export class Stop {}
/** Thrown by search when found.nodes passed found.limit. */
export class OutOfBudget {}

export const BINOMIAL = Array.from({ length: 17 }, (_, n) => Array.from({ length: n + 1 }, (_, k) => [...Array(k).keys()].reduce((a, i) => (a * (n - i)) / (i + 1), 1)));
export const FACT = Array.from({ length: 17 }, (_, n) => (n === 0 ? 1 : [...Array(n).keys()].reduce((a, i) => a * (i + 1), 1)));
export const costOf = (t: CostTable, g: number): number[] => Array.from(t.values.subarray(g * t.levels, (g + 1) * t.levels));
export const combine = (max: boolean, a: readonly number[], b: readonly number[]): number[] => a.map((v, l) => (max ? Math.max(v, b[l]!) : v + b[l]!));
/** Negative when a is simpler: numbers by size, profiles from the top level down. */
export function compareCost(a: readonly number[], b: readonly number[]): number {
  for (let l = a.length - 1; l >= 0; l--) if (a[l] !== b[l]) return a[l]! - b[l]!;
  return 0;
}

/** The number of bits set in a 16-bit code (the codes at d <= 4). */
function ones(v: number): number {
  v = v - ((v >>> 1) & 0x5555);
  v = (v & 0x3333) + ((v >>> 2) & 0x3333);
  v = (v + (v >>> 4)) & 0x0f0f;
  return (v + (v >>> 8)) & 0x1f;
}

/** The subsets of mask with exactly k bits. */
function subsets(mask: number, k: number): number[] {
  const out: number[] = [];
  for (let s = mask; ; s = (s - 1) & mask) {
    if (ones(s) === k) out.push(s);
    if (s === 0) return out;
  }
}

/** Whether head g has, in each class xs[c], as many bits as task h in zs[c]. */
function fits(g: number, h: number, xs: readonly number[], zs: readonly number[]): boolean {
  for (let c = 0; c < xs.length; c++) if (ones(g & xs[c]!) !== ones(h & zs[c]!)) return false;
  return true;
}

/** Whether code g costs at most cap (compareCost <= 0). */
function within(t: CostTable, g: number, cap: readonly number[]): boolean {
  for (let l = t.levels - 1; l >= 0; l--) if (t.values[g * t.levels + l] !== cap[l]) return t.values[g * t.levels + l]! < cap[l]!;
  return true;
}

/**
 * The index of the first code of the list from `from` on that fits, scanning codes of cost <= cap
 * (the list is in the cost order); -1 when none. A code that does not fit some classes fits no
 * refinement of them, so a child node may start where its parent's scan stopped.
 */
function firstFit(t: CostTable, list: CodeList, from: number, h: number, xs: readonly number[], zs: readonly number[], cap: readonly number[]): number {
  const top = cap[cap.length - 1]!;
  for (let i = from; i < list.keys.length && list.keys[i]! <= top; i++) {
    const g = list.codes[i]!;
    if (list.keys[i] === top && !within(t, g, cap)) return -1;
    if (fits(g, h, xs, zs)) return i;
  }
  return -1;
}

/** Few fitting codes: the look-ahead builds them rather than scanning a task's list. */
const FEW = 32;

/** How many codes fit task h in the classes (prod over c of binom(|X_c|, |h & Z_c|)). */
function fitting(h: number, xs: readonly number[], zs: readonly number[]): number {
  let n = 1;
  for (let c = 0; c < xs.length; c++) n *= BINOMIAL[ones(xs[c]!)]![ones(h & zs[c]!)]!;
  return n;
}

/** The least cost (compareCost) of a code that fits task h in the classes, built class by class. */
function leastFitting(t: CostTable, h: number, xs: readonly number[], zs: readonly number[]): number {
  const L = t.levels;
  let best = -1;
  const less = (a: number, b: number): boolean => {
    for (let l = L - 1; l >= 0; l--) if (t.values[a * L + l] !== t.values[b * L + l]) return t.values[a * L + l]! < t.values[b * L + l]!;
    return false;
  };
  const pick = (c: number, g: number): void => {
    if (c === xs.length) {
      if (best < 0 || less(g, best)) best = g;
      return;
    }
    for (const s of subsets(xs[c]!, ones(h & zs[c]!))) pick(c + 1, g | s);
  };
  pick(0, 0);
  return best;
}

/**
 * Every tuple of cost <= found.best, counting their bijections: 'lower' lowers the best on a
 * cheaper tuple (and restarts the count), 'exact' finds none cheaper (smaller totals were proven
 * infeasible), 'within' counts every tuple within the bound (head-max with tasks left out).
 * 'below' only lowers the best (every tuple strictly below it; the count is then meaningless).
 */
export function search(p: Plan, found: Found, mode: 'lower' | 'below' | 'exact' | 'within'): void {
  const { t, max } = p;
  const add = (many: number): void => {
    found.count += many;
    if (found.count > found.stopAbove) throw new Stop();
  };
  /** Bijections of the tuples ending here: `many` of them, all of cost `spent`. */
  const leaf = (spent: readonly number[], many: number): void => {
    const order = compareCost(spent, found.best);
    if (order > 0 || (order === 0 && mode === 'below')) throw new Error('internal: a tuple above the bound');
    if (order < 0 && mode === 'exact') throw new Error('internal: a tuple below a total proven infeasible');
    if (order < 0 && (mode === 'lower' || mode === 'below')) [found.best, found.count] = [spent.slice(), 0];
    add(many);
  };
  /** starts[i]: where task i's list may be scanned from at this node (no earlier code fits). */
  const rec = (j: number, xs: readonly number[], zs: readonly number[], spent: readonly number[], weight: number, starts: readonly number[], stab: readonly Uint8Array[]): void => {
    if (j === p.tasks.length) return leaf(spent, xs.reduce((acc, m) => acc * FACT[ones(m)]!, weight));
    const h = p.tasks[j]!;
    const want = zs.map((m) => ones(h & m));
    // ahead: a lower bound on the later tasks' costs combined (floors, or the look-ahead's).
    let ahead: readonly number[] = p.rest[j + 1]!;
    let next = starts;
    if (j > 0) {
      // acc: a lower bound on the whole tuple's cost (spent, and every task j.. at its least
      // fitting code so far found, else its floor); others: the later tasks' least fitting codes'
      // costs, combined. Task i's code costs at most cap = best - (acc - its floor) in a tuple
      // within the bound (sums in the cost order are monotone: profiles compare as vectors from
      // the top level down, an order kept by adding).
      const L = t.levels;
      const acc = max ? [0] : spent.map((v, l) => v + p.rest[j]![l]!);
      const cap = new Array<number>(L);
      const others = new Array<number>(L).fill(0);
      const found_: number[] = starts.slice();
      for (let i = j; i < p.tasks.length; i++) {
        for (let l = 0; l < L; l++) cap[l] = max ? found.best[l]! : found.best[l]! - (acc[l]! - p.floors[i]![l]!);
        const list = p.lists[i]!;
        // The least-cost fitting code: built when few codes fit (the scan's start then stays, still
        // valid for the children), else the first fit of the list, from where the parent's scan found it.
        let g: number;
        if (fitting(p.tasks[i]!, xs, zs) <= FEW) {
          g = leastFitting(t, p.tasks[i]!, xs, zs);
          if (!within(t, g, cap)) return;
        } else {
          const at = firstFit(t, list, starts[i]!, p.tasks[i]!, xs, zs, cap);
          if (at < 0) return;
          found_[i] = at;
          g = list.codes[at]!;
        }
        if (max) others[0] = i > j ? Math.max(others[0]!, t.values[g]!) : others[0]!;
        else {
          for (let l = 0; l < L; l++) acc[l]! += t.values[g * L + l]! - p.floors[i]![l]!;
          if (i > j) for (let l = 0; l < L; l++) others[l]! += t.values[g * L + l]!;
        }
      }
      [ahead, next] = [others, found_];
    }
    /** Whether head g leaves no tuple within the bound: spent, g and the look-ahead combined exceed it. */
    const over = (g: number): boolean => {
      const L = t.levels;
      for (let l = L - 1; l >= 0; l--) {
        const c = t.values[g * L + l]!;
        const v = max ? Math.max(spent[l]!, c, ahead[l]!) : spent[l]! + c + ahead[l]!;
        if (v !== found.best[l]) return v > found.best[l]!;
      }
      return mode === 'below';
    };
    const visit = (g: number): void => {
      if (++found.nodes > found.limit) {
        if (found.nodes > MAX_NODES) throw new RangeError(`the verifier's recovery search would visit more than ${MAX_NODES} nodes`);
        throw new OutOfBudget();
      }
      if (j === 0 && p.size[g]! === 0) return;
      if (over(g)) return;
      const now = spent.slice();
      for (let l = 0; l < t.levels; l++) now[l] = max ? Math.max(now[l]!, t.values[g * t.levels + l]!) : now[l]! + t.values[g * t.levels + l]!;
      // w: how many heads g stands for. The first head: its component. Later heads: the elements A
      // fixing the heads so far keep the classes and the costs, so N(.., g) = N(.., g o A); g is
      // searched when it is the least of its orbit, weighted by the orbit's size.
      let w = 1;
      let fixing = stab;
      if (j === 0) {
        w = p.size[g]!;
        fixing = p.group.filter((a) => moved(g, a) === g);
      } else if (stab.length > 1) {
        let fixed = 0;
        for (const a of stab) {
          const m = moved(g, a);
          if (m < g) return;
          if (m === g) fixed++;
        }
        w = stab.length / fixed;
        if (fixed < stab.length) fixing = stab.filter((a) => moved(g, a) === g);
      }
      // The last head (not the first): every compatible one splits the classes alike.
      if (lastFactor > 0) return leaf(now, lastFactor * w);
      const nx: number[] = [];
      const nz: number[] = [];
      for (let c = 0; c < xs.length; c++) {
        const m = xs[c]!;
        const z = zs[c]!;
        if ((m & g) !== 0) {
          nx.push(m & g);
          nz.push(z & h);
        }
        if ((m & ~g) !== 0) {
          nx.push(m & ~g);
          nz.push(z & ~h);
        }
      }
      rec(j + 1, nx, nz, now, weight * w, next, fixing);
    };
    // The heads inside every class: from the task's list (codes of its weight by their top cost
    // level, up to what the bound leaves) when that is shorter, else built class by class.
    const top = t.levels - 1;
    const room = max ? found.best[0]! : found.best[top]! - spent[top]! - ahead[top]!;
    const list = p.lists[j]!;
    let n = 0;
    while (n < list.keys.length && list.keys[n]! <= room) n++;
    const from = next[j]!;
    const built = xs.reduce((acc, m, k) => acc * BINOMIAL[ones(m)]![want[k]!]!, 1);
    const lastFactor = j > 0 && j === p.tasks.length - 1 ? xs.reduce((acc, m, k) => acc * FACT[want[k]!]! * FACT[ones(m) - want[k]!]!, weight) : 0;
    // Counting only, and every head of the task fits the bound: all `built` compatible heads count.
    if (lastFactor > 0 && (mode === 'exact' || mode === 'within') && n === list.keys.length) return add(built * lastFactor);
    if (n - from < built) {
      for (let i = from; i < n; i++) {
        const g = list.codes[i]!;
        // The list is in the cost order and combining is monotone: every later code is over too.
        if (over(g)) break;
        if (fits(g, h, xs, zs)) visit(g);
      }
      return;
    }
    // Built, then visited by increasing cost (the cheapest first finds tuples early; the first over
    // the bound ends the loop).
    const choices = xs.map((m, k) => subsets(m, want[k]!));
    let heads: number[] = [];
    const pick = (k: number, g: number): void => {
      if (k === choices.length) return void heads.push(g);
      for (const s of choices[k]!) pick(k + 1, g | s);
    };
    pick(0, 0);
    const L = t.levels;
    heads = heads.filter((g) => !over(g));
    heads.sort((a, b) => {
      for (let l = L - 1; l >= 0; l--) if (t.values[a * L + l] !== t.values[b * L + l]) return t.values[a * L + l]! - t.values[b * L + l]!;
      return a - b;
    });
    for (const g of heads) {
      if (over(g)) break;
      visit(g);
    }
  };
  const all = (1 << (1 << p.d)) - 1;
  rec(0, [all], [all], p.base, 1, p.tasks.map(() => 0), []);
}
