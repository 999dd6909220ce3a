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
 * - The search (recoverySolveSearch.ts) cuts by floors and look-ahead bounds, and runs several task
 *   orders (recoverySolvePlan.ts) under growing node budgets; each cut is exact (docs/math.md
 *   "The verifier's d = 4 tuple search").
 * - The verdict: the minimisers inside the group, counted by enumerating the group and scoring
 *   each element from the definition; recovers exactly when all minimisers are inside.
 *   recoveryVerdictByTuples stops once more minimisers were counted than the group has at the
 *   proven minimum (head-profile: the minimum first, strictly below the best, then that count).
 * A search beyond MAX_NODES throws (a predicate cannot hang the verifier; it is never an answer).
 */
import type { RecoveryQuery, RecoverySummary, RecoveryVerdict } from '../claim/worldModel.js';
import type { BasicKernel } from './kernel.js';
import { rat, text } from './rational.js';
import { groupElements, ones } from './recoveryCertificate.js';
import { type Measure, componentsOf, costTable } from './recoverySolveCosts.js';
import { plansOf, taskOf } from './recoverySolvePlan.js';
import { FACT, type Found, OutOfBudget, type Plan, Stop, combine, compareCost, costOf, search } from './recoverySolveSearch.js';

export const MAX_SOLVE_D = 4;
const BIASES = ['head-degree', 'head-gf2', 'head-max', 'head-profile'] as const;
type Bias = (typeof BIASES)[number];

const groups = new Map<string, readonly (readonly number[])[]>();

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

interface Solved {
  readonly minimum: string;
  /** The number of minimisers; null when the verdict search stopped before counting them all. */
  readonly minimizers: number | null;
  readonly recovers: boolean;
}

/**
 * The route of the header. verdict: at the minimum, stop once more bijections were counted than
 * the group has minimisers (some minimiser is then outside it).
 */
function solve(q: RecoveryQuery, K: BasicKernel, verdict: boolean): Solved {
  const d = validate(q, K);
  const bias = q.bias as Bias;
  const measure: Measure = bias === 'head-gf2' ? 'gf2' : bias === 'head-profile' ? 'profile' : 'fourier';
  const t = costTable(d, measure);
  const max = bias === 'head-max';
  const codes = q.tasks.map((h) => taskCode(h.values));
  const zero = new Array<number>(t.levels).fill(0);
  const tasks = codes.map((h) => taskOf(t, h));
  const symmetry = componentsOf(t, `${d}:${measure}`);
  // The group's elements' objectives, from the definition: each element's heads, costed and combined.
  const key = `${d}:${q.group}`;
  if (!groups.has(key)) groups.set(key, groupElements(d, q.group));
  const totals = groups.get(key)!.map((v) =>
    codes.reduce((total, h) => {
      let g = 0;
      v.forEach((x, z) => (g |= ((h >>> z) & 1) << x));
      return combine(max, total, costOf(t, g >>> 0));
    }, zero),
  );
  /** The group's minimisers when best is the minimum (none may be below it). */
  const insideAt = (best: readonly number[]): number => {
    if (totals.some((c) => compareCost(c, best) < 0)) throw new Error('internal: a group element below the minimum');
    return totals.filter((c) => compareCost(c, best) === 0).length;
  };
  const identity = codes.reduce((acc, h) => combine(max, acc, costOf(t, h)), zero);
  const found: Found = { best: identity, count: 0, nodes: 0, limit: 0, stopAbove: Infinity };
  const minimum = (): string => (measure === 'profile' ? found.best.map((w) => text(rat(BigInt(w), 4n ** BigInt(d)))).join(',') : String(found.best[0]));
  /**
   * Searches within found.best under the plans' orders in turn, each pass within a node budget
   * that grows, until one pass ends (reset restores the start before each pass); false when it
   * stopped on more than stopAbove bijections.
   */
  const run = (plans: readonly Plan[], mode: 'lower' | 'below' | 'exact' | 'within', reset: () => void): boolean => {
    for (let budget = 20_000; ; budget *= 4) {
      for (const plan of plans) {
        reset();
        found.limit = found.nodes + budget;
        try {
          search(plan, found, mode);
          return true;
        } catch (e) {
          if (e instanceof Stop) return false;
          if (!(e instanceof OutOfBudget)) throw e;
        }
      }
    }
  };
  const stopped = (): Solved => ({ minimum: minimum(), minimizers: null, recovers: false });
  if (measure === 'profile') {
    const plans = plansOf(t, max, symmetry, tasks, (i) => i.fixed, null);
    const start = (): void => void ([found.best, found.count] = [identity, 0]);
    if (!verdict) run(plans, 'lower', start);
    else {
      // The minimum first (only tuples strictly below the best so far), then its minimisers. A
      // pass cut by its budget leaves its best: a tuple's (a bijection's) objective, so still an
      // upper bound on the minimum for the next pass, and the pass that ends finds every tuple below it.
      start();
      run(plans, 'below', () => void (found.count = 0));
      const best = found.best;
      found.stopAbove = insideAt(best);
      // Below the latents' own cost, the best was set by a tuple (a bijection) of that cost: if no
      // element of the group costs it, that minimiser lies outside, with no second search.
      if (found.stopAbove === 0 && compareCost(best, identity) < 0) return stopped();
      if (!run(plans, 'exact', () => void ([found.best, found.count] = [best, 0]))) return stopped();
    }
  } else {
    const floor = tasks.reduce((acc, i) => combine(max, acc, i.floor), zero)[0]!;
    for (let b = floor; b <= identity[0]!; b++) {
      found.stopAbove = verdict ? insideAt([b]) : Infinity;
      // head-max: a task all of whose heads cost <= b never decides whether the maximum is <= b.
      const plans = plansOf(t, max, symmetry, tasks, max ? (i) => i.ceiling <= b : (i) => i.fixed, b);
      if (!run(plans, max ? 'within' : 'exact', () => void ([found.best, found.count] = [[b], 0]))) return stopped();
      if (found.count > 0) break;
    }
  }
  if (!(found.count > 0 && found.count <= FACT[2 ** d]!)) throw new Error(`internal: ${found.count} minimisers counted`);
  const inside = insideAt(found.best);
  if (inside > found.count) throw new Error('internal: more minimisers in the group than in all');
  return { minimum: minimum(), minimizers: found.count, recovers: inside === found.count };
}

/** The summary (RecoverySummary of src/claim/worldModel.ts) by the route of the header. */
export function recoverySummaryByTuples(q: RecoveryQuery, K: BasicKernel): RecoverySummary {
  const s = solve(q, K, false);
  if (s.minimizers === null) throw new Error('internal: a counting search stopped early');
  return { minimum: s.minimum, minimizers: s.minimizers, recovers: s.recovers, outside: !s.recovers };
}

/** The verdict alone (RecoveryVerdict of src/claim/worldModel.ts): the minimum and whether every minimiser is in the group. */
export function recoveryVerdictByTuples(q: RecoveryQuery, K: BasicKernel): RecoveryVerdict {
  const s = solve(q, K, true);
  return { minimum: s.minimum, recovers: s.recovers, outside: !s.recovers };
}

/** The kernel's choice: this route at d = 4, the brute force of recovery.ts below. */
export const solvesByTuples = (q: RecoveryQuery): boolean => q.tasks[0]?.n === MAX_SOLVE_D;
