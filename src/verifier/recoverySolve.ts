/**
 * The verifier's recovery summary at d = 4 (also right, and tested, for d <= 3): Boolean tasks,
 * full support, psi a bijection (head-only biases do not depend on it), bias head-degree,
 * head-gf2, head-max or head-profile. The route of recoveryCertificate.ts, searched rather than
 * re-checked:
 *
 * - Tuples of heads: a bijection V has the heads g_t = h_t o V^-1; a tuple (g_1..g_k) comes from
 *   exactly prod over the joint fibres of (fibre size)! bijections when, class by class, each head
 *   has as many -1 values as its task (the classes: points with equal values so far), and from
 *   none otherwise. The search builds exactly those tuples, head by head, each head chosen inside
 *   every class (never filtered by a guess), with the costs of recoverySolveCosts.ts.
 * - Tasks whose every head of their weight costs the same (checked on every such code) are taken
 *   out of the search and their cost added up front: V's objective then is that constant combined
 *   with the others', so the bijections of cost <= B are the same.
 * - The first searched head runs over one code per component (recoverySolveCosts.ts), weighted
 *   by the component's size, when the invariance check there passed; over every code otherwise.
 * - Number biases: B = the floor (the least cost of each task's weight, combined), then B + 1, ...:
 *   each B searched to the end; the first B with a tuple is the minimum and the count there (every
 *   bijection of cost <= B) is the number of minimisers. head-profile: every tuple of cost <= the
 *   best so far (from the true latents' cost down), ties kept, the count reset when the best drops.
 * - The verdict: the minimisers inside the group, counted by enumerating the group and scoring
 *   each element from the definition; recovers exactly when all minimisers are inside.
 * A search beyond MAX_NODES throws (a predicate cannot hang the verifier; it is never an answer).
 */
import type { RecoveryQuery, RecoverySummary } from '../claim/worldModel.js';
import type { BasicKernel } from './kernel.js';
import { rat, text } from './rational.js';
import { groupElements, ones } from './recoveryCertificate.js';
import { type CostTable, type Measure, codesOfWeight, componentsOf, costTable } from './recoverySolveCosts.js';

export const MAX_SOLVE_D = 4;
const MAX_NODES = 100_000_000;
const BIASES = ['head-degree', 'head-gf2', 'head-max', 'head-profile'] as const;
type Bias = (typeof BIASES)[number];

interface Plan {
  readonly d: number;
  readonly t: CostTable;
  readonly max: boolean;
  /** The searched tasks' codes, in search order. */
  readonly tasks: readonly number[];
  /** The dropped tasks' costs, combined (the objective's starting value). */
  readonly base: readonly number[];
  /** rest[j]: the searched tasks j.. 's floors, combined. */
  readonly rest: readonly (readonly number[])[];
  readonly size: Int32Array;
  /** Per searched task: the codes of its weight, increasing in their top cost level (keys). */
  readonly lists: readonly { readonly codes: Int32Array; readonly keys: Int32Array }[];
}

const BINOMIAL = Array.from({ length: 17 }, (_, n) => Array.from({ length: n + 1 }, (_, k) => [...Array(k).keys()].reduce((a, i) => (a * (n - i)) / (i + 1), 1)));
const FACT = Array.from({ length: 17 }, (_, n) => (n === 0 ? 1 : [...Array(n).keys()].reduce((a, i) => a * (i + 1), 1)));
const costOf = (t: CostTable, g: number): number[] => Array.from(t.values.subarray(g * t.levels, (g + 1) * t.levels));
const combine = (max: boolean, a: readonly number[], b: readonly number[]): number[] => a.map((v, l) => (max ? Math.max(v, b[l]!) : v + b[l]!));
/** Negative when a is simpler: numbers by size, profiles from the top level down. */
function compareCost(a: readonly number[], b: readonly number[]): number {
  for (let l = a.length - 1; l >= 0; l--) if (a[l] !== b[l]) return a[l]! - b[l]!;
  return 0;
}

/** The subsets of mask with exactly k bits. */
function subsets(mask: number, k: number): number[] {
  const out: number[] = [];
  for (let s = mask; ; s = (s - 1) & mask) {
    if (ones(s) === k) out.push(s);
    if (s === 0) return out;
  }
}

interface Found {
  best: number[];
  count: number;
  nodes: number;
}

/**
 * Every tuple of cost <= found.best, counting their bijections: 'lower' lowers the best on a
 * cheaper tuple (and restarts the count), 'exact' finds none cheaper (smaller totals were proven
 * infeasible), 'within' counts every tuple within the bound (head-max with tasks left out).
 */
function search(p: Plan, found: Found, mode: 'lower' | 'exact' | 'within'): void {
  const { t, max } = p;
  /** Bijections of the tuples ending here: `many` of them, all of cost `spent`. */
  const leaf = (spent: readonly number[], many: number): void => {
    const order = compareCost(spent, found.best);
    if (order > 0) throw new Error('internal: a tuple above the bound');
    if (order < 0 && mode === 'exact') throw new Error('internal: a tuple below a total proven infeasible');
    if (order < 0 && mode === 'lower') [found.best, found.count] = [spent.slice(), 0];
    found.count += many;
  };
  const rec = (j: number, xs: readonly number[], zs: readonly number[], spent: readonly number[], weight: number): void => {
    if (j === p.tasks.length) return leaf(spent, xs.reduce((acc, m) => acc * FACT[ones(m)]!, weight));
    const h = p.tasks[j]!;
    const want = zs.map((m) => ones(h & m));
    const visit = (g: number): void => {
      if (++found.nodes > MAX_NODES) throw new RangeError(`the verifier's recovery search would visit more than ${MAX_NODES} nodes`);
      const w = j === 0 ? p.size[g]! : 1;
      if (w === 0) return;
      const now = combine(max, spent, costOf(t, g));
      if (compareCost(combine(max, now, p.rest[j + 1]!), found.best) > 0) return;
      // The last head (not the first): every compatible one splits the classes alike.
      if (lastFactor > 0) return leaf(now, lastFactor);
      const nx: number[] = [];
      const nz: number[] = [];
      xs.forEach((m, c) => {
        for (const [a, b] of [[m & g, zs[c]! & h], [m & ~g, zs[c]! & ~h]] as const) if (a !== 0) [nx.push(a), nz.push(b)];
      });
      rec(j + 1, nx, nz, now, weight * w);
    };
    // The heads inside every class: from the task's list (codes of its weight by their top cost
    // level, up to what the bound leaves) when that is shorter, else built class by class.
    const top = t.levels - 1;
    const room = max ? found.best[0]! : found.best[top]! - spent[top]! - p.rest[j + 1]![top]!;
    const list = p.lists[j]!;
    let n = 0;
    while (n < list.keys.length && list.keys[n]! <= room) n++;
    const built = xs.reduce((acc, m, k) => acc * BINOMIAL[ones(m)]![want[k]!]!, 1);
    const lastFactor = j > 0 && j === p.tasks.length - 1 ? xs.reduce((acc, m, k) => acc * FACT[want[k]!]! * FACT[ones(m) - want[k]!]!, weight) : 0;
    // Counting only, and every head of the task fits the bound: all `built` compatible heads count.
    if (lastFactor > 0 && mode !== 'lower' && n === list.keys.length) return void (found.count += built * lastFactor);
    if (n < built) {
      for (let i = 0; i < n; i++) {
        const g = list.codes[i]!;
        if (xs.every((m, k) => ones(g & m) === want[k])) visit(g);
      }
      return;
    }
    const choices = xs.map((m, k) => subsets(m, want[k]!));
    const pick = (k: number, g: number): void => {
      if (k === choices.length) return visit(g);
      for (const s of choices[k]!) pick(k + 1, g | s);
    };
    pick(0, 0);
  };
  const all = (1 << (1 << p.d)) - 1;
  rec(0, [all], [all], p.base, 1);
}

const groups = new Map<string, readonly (readonly number[])[]>();
const lists = new WeakMap<CostTable, Map<number, { readonly codes: Int32Array; readonly keys: Int32Array }>>();

function listOf(t: CostTable, w: number): { readonly codes: Int32Array; readonly keys: Int32Array } {
  if (!lists.has(t)) lists.set(t, new Map());
  let l = lists.get(t)!.get(w);
  if (l === undefined) {
    const top = (g: number): number => t.values[g * t.levels + t.levels - 1]!;
    const codes = Int32Array.from(codesOfWeight(t.d, w)).sort((a, b) => top(a) - top(b) || a - b);
    l = { codes, keys: Int32Array.from(codes, top) };
    lists.get(t)!.set(w, l);
  }
  return l;
}

function taskCode(values: Int32Array): number {
  let c = 0;
  values.forEach((v, x) => (c |= v === -1 ? 1 << x : 0));
  return c >>> 0;
}

function validate(q: RecoveryQuery, K: BasicKernel): number {
  if (!(BIASES as readonly string[]).includes(q.bias)) throw new RangeError(`the verifier solves d = 4 for ${BIASES.join(', ')} only, not ${String(q.bias)}`);
  if (!['signed-permutation', 'gf2-affine'].includes(q.group)) throw new RangeError(`unknown group ${String(q.group)}`);
  const d = q.tasks[0]?.n ?? 0;
  if (!(Number.isInteger(d) && d >= 1 && d <= MAX_SOLVE_D)) throw new RangeError(`the verifier's tuple search covers 1 <= d <= ${MAX_SOLVE_D}, got d = ${d}`);
  if (q.tasks.some((h) => h.n !== d || h.values.length !== 2 ** d || !K.isBoolean(h))) throw new RangeError(`the tasks must all be Boolean functions on C_${d}`);
  if (q.psi !== undefined && !(q.psi.n === d && K.isBijection(q.psi))) throw new RangeError(`at d = ${d} the verifier needs psi to be a bijection of C_${d}`);
  if (q.support !== undefined && !(q.support.n === d && q.support.points.length === 2 ** d && q.support.points.every((z, i) => z === i))) {
    throw new RangeError(`at d = ${d} the verifier needs full support`);
  }
  return d;
}

/** The summary (RecoverySummary of src/claim/worldModel.ts) by the route of the header. */
export function recoverySummaryByTuples(q: RecoveryQuery, K: BasicKernel): RecoverySummary {
  const d = validate(q, K);
  const bias = q.bias as Bias;
  const measure: Measure = bias === 'head-gf2' ? 'gf2' : bias === 'head-profile' ? 'profile' : 'fourier';
  const t = costTable(d, measure);
  const max = bias === 'head-max';
  const codes = q.tasks.map((h) => taskCode(h.values));
  const zero = new Array<number>(t.levels).fill(0);
  // Per task: the least cost of its weight, and whether every code of its weight costs that.
  const info = codes.map((h) => {
    const list = codesOfWeight(d, ones(h));
    const floor = list.map((g) => costOf(t, g)).reduce((a, b) => (compareCost(b, a) < 0 ? b : a));
    const fixed = list.every((g) => compareCost(costOf(t, g), floor) === 0);
    const atFloor = list.filter((g) => compareCost(costOf(t, g), floor) === 0).length;
    const ceiling = Math.max(...list.map((g) => t.values[g * t.levels + t.levels - 1]!));
    return { h, floor, fixed, atFloor, ceiling };
  });
  const size = componentsOf(t, `${d}:${measure}`).size;
  const planOf = (drop: (i: (typeof info)[number]) => boolean): Plan => {
    const searched = info.filter((i) => !drop(i)).sort((a, b) => a.atFloor - b.atFloor);
    const base = info.filter(drop).reduce((acc, i) => combine(max, acc, i.floor), zero);
    const rest = searched.map((_, j) => searched.slice(j).reduce((acc, i) => combine(max, acc, i.floor), zero)).concat([zero]);
    return { d, t, max, tasks: searched.map((i) => i.h), base, rest, size, lists: searched.map((i) => listOf(t, ones(i.h))) };
  };
  const identity = codes.reduce((acc, h) => combine(max, acc, costOf(t, h)), zero);
  const found: Found = { best: identity, count: 0, nodes: 0 };
  if (measure === 'profile') search(planOf((i) => i.fixed), found, 'lower');
  else {
    const floor = info.reduce((acc, i) => combine(max, acc, i.floor), zero)[0]!;
    for (let b = floor; b <= identity[0]!; b++) {
      found.best = [b];
      // head-max: a task all of whose heads cost <= b never decides whether the maximum is <= b.
      search(max ? planOf((i) => i.ceiling <= b) : planOf((i) => i.fixed), found, max ? 'within' : 'exact');
      if (found.count > 0) break;
    }
  }
  if (!(found.count > 0 && found.count <= FACT[2 ** d]!)) throw new Error(`internal: ${found.count} minimisers counted`);
  // The verdict from the definition: each group element's heads, costed and combined.
  let inside = 0;
  const key = `${d}:${q.group}`;
  if (!groups.has(key)) groups.set(key, groupElements(d, q.group));
  for (const v of groups.get(key)!) {
    let total = zero;
    for (const h of codes) {
      let g = 0;
      v.forEach((x, z) => (g |= ((h >>> z) & 1) << x));
      total = combine(max, total, costOf(t, g >>> 0));
    }
    if (compareCost(total, found.best) < 0) throw new Error('internal: a group element below the minimum');
    if (compareCost(total, found.best) === 0) inside++;
  }
  if (inside > found.count) throw new Error('internal: more minimisers in the group than in all');
  const minimum = measure === 'profile' ? found.best.map((w) => text(rat(BigInt(w), 4n ** BigInt(d)))).join(',') : String(found.best[0]);
  return { minimum, minimizers: found.count, recovers: inside === found.count, outside: inside !== found.count };
}

/** The kernel's choice: this route at d = 4, the brute force of recovery.ts below. */
export const solvesByTuples = (q: RecoveryQuery): boolean => q.tasks[0]?.n === MAX_SOLVE_D;
