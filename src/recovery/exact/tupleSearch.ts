/**
 * The tuple search behind exact recovery (full support, Boolean tasks). A bijection V of C_d and
 * its heads g_t = h_t o W (W = V^-1) correspond to tuples (g_1..g_k) of functions on C_d whose
 * joint fibres match the tasks': the histogram of x -> (g_1(x)..g_k(x)) equals that of
 * z -> (h_1(z)..h_k(z)). Given such a tuple, the W with h_t o W = g_t for every t are exactly the
 * maps sending each g-fibre onto the h-fibre with the same value vector, prod (fibre size)! of them.
 *
 * Depth-first over the tasks: at depth j the points of C_d (the representation side, x) and of
 * the latents (z) are split into the classes of equal (g_1..g_j) and (h_1..h_j) values; a
 * candidate g_{j+1} is compatible when it has, in each x-class, as many -1 values as h_{j+1} has
 * in the matching z-class (this is the histogram condition, prefix by prefix). A branch is cut
 * when its cost plus the least cost of the remaining heads exceeds the bound. The first head is
 * restricted to one representative per orbit of the signed permutations of x (every bias is
 * invariant under V -> A o V, i.e. g -> g o A^-1), and each leaf stands for its orbit size.
 *
 * The search is a generator that yields every few thousand nodes (searchTupleSteps): the sync
 * wrapper searchTuples drains it, drive.ts's async driver hands the event loop a turn every few
 * milliseconds so that Ctrl-C / SIGTERM (an AbortSignal) stop a long search at once.
 */
import { binomial } from '../../core/cube.js';
import type { Algebra, Cost, Measure } from './costs.js';
import { costOfCode } from './costs.js';
import { type CandidateList, type CandidateStore, compareCosts, popcount32 } from './candidates.js';
import { type Orbits, orbitOf } from './orbits.js';
import { Lookahead } from './lookahead.js';
import type { StabiliserChain } from './stabiliserChain.js';
import type { Generators } from './permGroup.js';
import type { RestBound } from './parityCapacity.js';
import { MAX_TABLE_D, booleanTables } from '../booleanTables.js';

export interface TupleTask {
  /** h's code on the latents (bit z set when h(z) = -1). */
  readonly code: number;
  /** The least cost any head of this task can have. */
  readonly floor: Cost;
  /** The largest cost a head of this task can have, when known. */
  readonly ceiling: Cost | null;
  /**
   * 'x' (default): a head level, the code above is fixed on the latents and a code on x is chosen.
   * 'z': the other way round (head+rep's coordinates of Phi: fixed on x, chosen on the latents).
   */
  readonly side?: 'x' | 'z';
  /** Candidate codes on the chosen side by weight, sorted by cost (default: the store's). */
  readonly list?: (w: number) => CandidateList;
  /** The cost of a chosen code (default: its measure on C_d). */
  readonly costOf?: (code: number) => Cost;
  /** The list holds every code this level may take (never truncated, whatever the store's level). */
  readonly complete?: boolean;
  /**
   * How many listed codes of weight w cost <= allowed; when given and fewer than the compatible
   * codes, the level scans its list (sorted by cost) rather than generating and costing them all.
   */
  readonly listedWithin?: (w: number, allowed: Cost) => number;
}

/**
 * A compatible tuple, or a prefix of one whose every completion is within the bound (then the
 * classes are the prefix's, every W consistent with them counts, and `heads` has -1 for the
 * heads left open): the joint classes (x-side and z-side masks, paired) and its cost.
 */
export interface Leaf {
  readonly heads: readonly number[];
  readonly xClasses: readonly number[];
  readonly zClasses: readonly number[];
  readonly cost: Cost;
  /** How many tuples this leaf stands for (the orbit of its first head). */
  readonly weight: number;
}

export interface TupleSearchSpec<C extends Cost> {
  readonly d: number;
  readonly measure: Measure;
  readonly algebra: Algebra<C>;
  readonly store: CandidateStore;
  /** The tasks in search order. */
  readonly tasks: readonly TupleTask[];
  /** Restrict the first head to one per orbit of these signed permutations; null: no restriction. */
  readonly orbits: Orbits | null;
  /** Only heads g at depth j passing this are tried (after compatibility). */
  readonly accept?: (j: number, g: number, prefix: readonly number[]) => boolean;
  readonly signal?: AbortSignal;
  /**
   * Cut at a prefix when every completion's cost is within the bound (number biases, searched
   * at or below the minimum: then each completion costs exactly the bound, reported as the cost).
   */
  readonly openLeaves?: boolean;
  /** Give up (aborted) past this Date.now(). */
  readonly deadline?: number;
  /**
   * Look ahead (default off): at each node bound every remaining head-side level (side 'x', the
   * store's lists and costs) by the least cost of a code compatible with the current classes
   * (lookahead.ts), instead of its floor alone; prunes the same tuples earlier, finds the same leaves.
   */
  readonly lookahead?: boolean;
  /**
   * suffixBounds[j] (j = 0..k, optional): a proven lower bound on what the levels j..k-1 cost
   * together (combined), used where it beats their floors (blockBounds.ts).
   */
  readonly suffixBounds?: readonly C[];
  /** Break symmetry down a stabiliser chain (stabiliserChain.ts; head levels only): replaces `orbits`. */
  readonly chain?: StabiliserChain;
  /** A proven lower bound on the levels from..k-1 given the heads before j (number biases; parityCapacity.ts). */
  readonly restBound?: RestBound;
}

export interface TupleSearchOutcome {
  /** Some candidate the bound allowed was not listed (d = 5 beyond the lists): not exhaustive. */
  readonly truncated: boolean;
  readonly nodes: number;
  readonly aborted: boolean;
  /** The visitor asked to stop. */
  readonly stopped: boolean;
}

/** Past this many compatible codes a class product is not generated but filtered from the list. */
const GENERATE_LIMIT = 20_000;
const HUGE = 50_000_000;

/**
 * Visits every compatible tuple with cost <= bound() (re-read at every node, so a visitor may
 * tighten it); the visitor returns true to stop.
 */
export function searchTuples<C extends Cost>(spec: TupleSearchSpec<C>, bound: () => C, visit: (leaf: Leaf) => boolean): TupleSearchOutcome {
  return drainSteps(searchTupleSteps(spec, bound, visit));
}

/** A search as steps: it yields (nothing) every few thousand nodes, returns its outcome. */
export type Steps<T> = Generator<void, T, void>;

/** Runs steps to the end synchronously. */
export function drainSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** searchTuples as steps (yields every 4096 nodes, after checking the signal and the deadline). */
export function* searchTupleSteps<C extends Cost>(spec: TupleSearchSpec<C>, bound: () => C, visit: (leaf: Leaf) => boolean): Steps<TupleSearchOutcome> {
  const { d, algebra, store, tasks, measure } = spec;
  const k = tasks.length;
  const full = d === 5 ? 0xffffffff : (1 << (1 << d)) - 1;
  const rest: C[] = new Array(k + 1);
  rest[k] = algebra.zero;
  for (let j = k - 1; j >= 0; j--) rest[j] = algebra.combine(rest[j + 1]!, tasks[j]!.floor as C);
  // Stronger proven bounds on the levels j..k-1 together, where given (blockBounds.ts).
  if (spec.suffixBounds) for (let j = 0; j <= k; j++) if (algebra.compare(spec.suffixBounds[j]!, rest[j]!) > 0) rest[j] = spec.suffixBounds[j]!;
  // Past depth j every remaining head has a fixed cost (fixed[j] = their total), or a known ceiling.
  const fixed: (C | null)[] = new Array(k + 1);
  const ceil: (C | null)[] = new Array(k + 1);
  fixed[k] = algebra.zero;
  ceil[k] = algebra.zero;
  for (let j = k - 1; j >= 0; j--) {
    const t = tasks[j]!;
    const same = t.ceiling !== null && compareCosts(t.ceiling, t.floor) === 0;
    fixed[j] = same && fixed[j + 1] !== null ? algebra.combine(fixed[j + 1]!, t.floor as C) : null;
    ceil[j] = t.ceiling !== null && ceil[j + 1] !== null ? algebra.combine(ceil[j + 1]!, t.ceiling as C) : null;
  }
  const heads = new Array<number>(k).fill(0);
  // Number measures at d <= 4 read their table directly (the hot loop's cost lookup).
  const table = d <= MAX_TABLE_D && measure !== 'profile' ? (measure === 'gf2' ? booleanTables(d).gf2 : booleanTables(d).degree) : null;
  const defaultCost = table !== null ? (g: number) => table[g]! : (g: number) => costOfCode(d, measure, g);
  const ahead = spec.lookahead ? new Lookahead(spec) : null;
  let truncated = false;
  let nodes = 0;
  let aborted = false;
  let stopped = false;
  const covers = (allowed: C): boolean => {
    if (typeof allowed === 'number') return allowed <= store.completeUpTo;
    const top = (allowed as readonly number[]).slice(store.completeUpTo + 1);
    for (let i = top.length - 1; i >= 0; i--) if (top[i] !== 0) return top[i]! < 0;
    return true;
  };

  // Checks the signal and the deadline and yields a turn; false once aborted.
  const pause = function* (): Steps<boolean> {
    if (spec.signal?.aborted || (spec.deadline !== undefined && Date.now() > spec.deadline)) aborted = true;
    else yield;
    if (spec.signal?.aborted) aborted = true;
    return !aborted;
  };

  // Candidates tried, rejected ones included (an accept filter can reject many per node): the
  // signal and the deadline are checked every 1,024 of them as well as every 4,096 nodes.
  let tried = 0;
  const dfs = function* (j: number, xs: readonly number[], zs: readonly number[], spent: C, weight: number, gens: Generators | null): Steps<void> {
    if (stopped || aborted) return;
    if ((++nodes & 4095) === 0 && !(yield* pause())) return;
    if (j === k || fixed[j] !== null) {
      const open = heads.map((g, t) => (t < j ? g : -1));
      if (visit({ heads: open, xClasses: xs, zClasses: zs, cost: algebra.combine(spent, fixed[j]!), weight })) stopped = true;
      return;
    }
    if (spec.openLeaves && ceil[j] !== null && algebra.compare(algebra.combine(spent, ceil[j]!), bound()) <= 0) {
      const open = heads.map((g, t) => (t < j ? g : -1));
      if (visit({ heads: open, xClasses: xs, zClasses: zs, cost: bound(), weight })) stopped = true;
      return;
    }
    const task = tasks[j]!;
    let restAfter = rest[j + 1]!;
    if (ahead !== null && j > 0) {
      const r = ahead.restAfter(j, xs, zs, spent, bound());
      if (r === null) return;
      if (algebra.compare(r, restAfter) > 0) restAfter = r;
    }
    if (spec.suffixBounds && algebra.compare(algebra.combine(spent, rest[j]!), bound()) > 0) return;
    if (spec.restBound) {
      const here = spec.restBound(j, j, heads) as C | null;
      if (here === null || algebra.compare(algebra.combine(spent, here), bound()) > 0) return;
      const after = spec.restBound(j + 1, j, heads) as C | null;
      if (after !== null && algebra.compare(after, restAfter) > 0) restAfter = after;
    }
    const allowed = algebra.allowance(bound(), spent, restAfter);
    if (compareCosts(task.floor, allowed) > 0) return;
    // The chosen side's classes (cs) and the fixed side's (fs).
    const zside = task.side === 'z';
    const cs = zside ? zs : xs;
    const fs = zside ? xs : zs;
    const targets = fs.map((m) => popcount32((m & task.code) >>> 0));
    const costOf = task.costOf ?? defaultCost;
    const tryHead = function* (g: number, cost: C, w: number, next: Generators | null = null): Steps<void> {
      heads[j] = g;
      const nc: number[] = [];
      const nf: number[] = [];
      for (let i = 0; i < cs.length; i++) {
        const ci = cs[i]!;
        const fi = fs[i]!;
        const a = (ci & g) >>> 0;
        const b = (ci & ~g) >>> 0;
        if (a !== 0) {
          nc.push(a);
          nf.push((fi & task.code) >>> 0);
        }
        if (b !== 0) {
          nc.push(b);
          nf.push((fi & ~task.code) >>> 0);
        }
      }
      yield* dfs(j + 1, zside ? nf : nc, zside ? nc : nf, algebra.combine(spent, cost), w, next);
    };
    let product = 1;
    for (let i = 0; i < cs.length && product <= HUGE; i++) product *= binomial(popcount32(cs[i]!), targets[i]!);
    const canList = task.complete === true || covers(allowed);
    const weightOf = targets.reduce((s, a) => s + a, 0);
    const list = (task.list ?? store.byWeight)(weightOf);
    // Generate the compatible codes or scan the list's codes within the allowance: whichever is
    // shorter (the count by the level's listedWithin, else by bisecting its sorted list).
    const within = task.listedWithin !== undefined ? task.listedWithin(weightOf, allowed) : product > GENERATE_LIMIT / 8 ? withinAllowance(list, allowed, algebra) : list.codes.length;
    const scan = canList && within < product;
    // Under a nontrivial stabiliser K_j one code per K_j-orbit is tried, weighted by the orbit's size.
    const level = gens !== null && !zside ? spec.chain!.level(gens) : null;
    const tryOrbit = function* (g: number, cost: C): Steps<void> {
      if (level === null) return yield* tryHead(g, cost, weight);
      const o = level.take(g);
      yield* tryHead(g, cost, weight * o.size, o.gens);
    };
    if (j > 0 && !scan && (product <= GENERATE_LIMIT || (!canList && product <= HUGE))) {
      const codes = new CompatibleCodes(cs, targets);
      for (let g = codes.next(); g !== -1; g = codes.next()) {
        if ((++tried & 1023) === 0 && !(yield* pause())) return;
        if ((level !== null && !level.fresh(g)) || (spec.accept && !spec.accept(j, g, heads))) continue;
        if (level !== null && level.work > 65536 && ((level.work = 0), !(yield* pause()))) return;
        const cost = costOf(g) as C;
        if (algebra.compare(cost, allowed) <= 0) yield* tryOrbit(g, cost);
        if (stopped || aborted) return;
      }
      return;
    }
    if (!canList) truncated = true;
    for (let c = 0; c < list.codes.length; c++) {
      const cost = list.costs[c]! as C;
      if (algebra.compare(cost, allowed) > 0) break;
      const g = list.codes[c]!;
      if ((++tried & 1023) === 0 && !(yield* pause())) return;
      let ok = true;
      for (let i = 0; i < cs.length && ok; i++) ok = popcount32((cs[i]! & g) >>> 0) === targets[i];
      if (!ok || (level !== null && !level.fresh(g)) || (spec.accept && !spec.accept(j, g, heads))) continue;
      if (level !== null && level.work > 65536 && ((level.work = 0), !(yield* pause()))) return;
      if (j === 0 && !zside && spec.chain !== undefined) {
        const o = spec.chain.rootOrbit(g);
        if (o.canonical !== g) continue;
        yield* tryHead(g, cost, o.size, spec.chain.rootStabiliser(g));
      } else if (level !== null) yield* tryOrbit(g, cost);
      else if (j === 0 && !zside && spec.orbits !== null) {
        const o = orbitOf(spec.orbits, g);
        if (o.canonical !== g) continue;
        yield* tryHead(g, cost, o.size);
      } else yield* tryHead(g, cost, weight);
      if (stopped || aborted) return;
    }
  };
  if (spec.signal?.aborted) aborted = true;
  yield* dfs(0, [full >>> 0], [full >>> 0], algebra.zero, 1, null);
  return { truncated, nodes, aborted, stopped };
}

/** How many of the list's codes (sorted by cost) cost at most the allowance. */
function withinAllowance<C extends Cost>(list: CandidateList, allowed: C, algebra: Algebra<C>): number {
  let lo = 0;
  let hi = list.codes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (algebra.compare(list.costs[mid]! as C, allowed) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The codes forEachCompatible visits, in the same order, one per next() (-1 when done): an
 * odometer over the classes (the last fastest), each class's choice in lexicographic order.
 */
export class CompatibleCodes {
  private readonly bits: number[][];
  private readonly idx: number[][];
  private started = false;
  private done = false;
  constructor(
    xs: readonly number[],
    private readonly targets: readonly number[],
  ) {
    this.bits = xs.map((m) => {
      const out: number[] = [];
      for (let b = m >>> 0; b !== 0; b = (b & (b - 1)) >>> 0) out.push((b & -b) >>> 0);
      return out;
    });
    this.idx = targets.map((r) => Array.from({ length: r }, (_, i) => i));
    this.done = targets.some((r, i) => r > this.bits[i]!.length);
  }
  next(): number {
    if (this.done) return -1;
    if (this.started && !this.advance()) {
      this.done = true;
      return -1;
    }
    this.started = true;
    let acc = 0;
    for (let i = 0; i < this.bits.length; i++) for (const p of this.idx[i]!) acc |= this.bits[i]![p]!;
    return acc >>> 0;
  }
  /** Steps to the next combination; false past the last. */
  private advance(): boolean {
    for (let i = this.bits.length - 1; i >= 0; i--) {
      const idx = this.idx[i]!;
      const n = this.bits[i]!.length;
      const r = this.targets[i]!;
      let p = r - 1;
      while (p >= 0 && idx[p] === n - r + p) p--;
      if (p >= 0) {
        idx[p]!++;
        for (let q = p + 1; q < r; q++) idx[q] = idx[p]! + (q - p);
        return true;
      }
      for (let q = 0; q < r; q++) idx[q] = q; // this class wraps round; carry into the previous one
    }
    return false;
  }
}

/** Visits every code with exactly targets[i] bits inside xs[i] for every class i (and none outside). */
export function forEachCompatible(xs: readonly number[], targets: readonly number[], visit: (g: number) => boolean): void {
  const rec = (i: number, acc: number): boolean => {
    if (i === xs.length) return visit(acc >>> 0);
    const bits: number[] = [];
    for (let m = xs[i]!; m !== 0; m = (m & (m - 1)) >>> 0) bits.push((m & -m) >>> 0);
    return choose(bits, targets[i]!, 0, acc, (a) => rec(i + 1, a));
  };
  rec(0, 0);
}

function choose(bits: readonly number[], r: number, from: number, acc: number, next: (acc: number) => boolean): boolean {
  if (r === 0) return next(acc);
  for (let i = from; i <= bits.length - r; i++) if (choose(bits, r - 1, i + 1, (acc | bits[i]!) >>> 0, next)) return true;
  return false;
}
