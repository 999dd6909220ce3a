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
 * The search is a generator that yields every few thousand nodes (searchTupleSteps; steps.ts):
 * the sync wrapper searchTuples drains it, drive.ts's async driver hands the event loop a turn
 * every few milliseconds so that Ctrl-C / SIGTERM (an AbortSignal) stop a long search at once.
 * Its types are in tupleSpec.ts, its candidate generation (the compatible codes of a level) in
 * compatibleCodes.ts.
 */
import { binomial } from '../../core/cube.js';
import type { Algebra, Cost } from './costs.js';
import { costOfCode } from './costs.js';
import { type CandidateList, compareCosts, popcount32 } from './candidates.js';
import { orbitOf } from './orbits.js';
import { Lookahead } from './lookahead.js';
import type { Generators } from './permGroup.js';
import { MAX_TABLE_D, booleanTables } from '../booleanTables.js';
import type { Leaf, TupleSearchOutcome, TupleSearchSpec } from './tupleSpec.js';
import { type Steps, drainSteps } from './steps.js';
import { CompatibleCodes } from './compatibleCodes.js';

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
    const canList = task.complete === true || (task.completeUpTo !== undefined && typeof allowed === 'number' ? allowed <= task.completeUpTo() : covers(allowed));
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
    // Above the list's level, too many to generate: the level's own exact generator (d = 5, m > d).
    const beyond = j > 0 && !canList && product > GENERATE_LIMIT && task.compatibleWithin !== undefined && typeof allowed === 'number' ? task.compatibleWithin(cs, targets, allowed) : null;
    if (beyond !== null || (j > 0 && !scan && (product <= GENERATE_LIMIT || (!canList && product <= HUGE)))) {
      const codes = beyond !== null ? arrayCodes(beyond) : new CompatibleCodes(cs, targets);
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
    // A level with its own completeness (d = 5, m > d) beyond it and no exact generation: the pass
    // cannot be exact (its caller answers null on a truncation), so it gives up at once.
    if (!canList && task.completeUpTo !== undefined) {
      aborted = true;
      return;
    }
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

/** A list of codes with CompatibleCodes' next() (-1 at the end). */
function arrayCodes(codes: Uint32Array): { next(): number } {
  let i = 0;
  return { next: () => (i < codes.length ? codes[i++]! : -1) };
}
