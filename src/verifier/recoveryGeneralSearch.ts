/**
 * The tuple search of the general recovery check (recoveryGeneral.ts): for one point set S0 (a
 * class representative, recoveryGeneralSymmetry.ts), every tuple of data (y_1..y_k) on S0, y_t
 * taking task t's values with the task's counts on U, whose joint histogram on S0 equals the
 * tasks' on U, and whose total cost is at most the stated minimum. Task by task, each task's
 * data listed once in increasing cost, kept when in every class of equal value vectors so far it
 * takes each value as often as the task does in the matching class of U, and cut as soon as the
 * least costs of the remaining tasks leave no room below the minimum (the orders of costs are
 * kept by adding the same cost to both sides, so the cut is exact). Where the classes are small
 * the compatible data are generated class by class instead (the same set: each class gets each
 * value exactly as often as the task has it in the matching class) and looked up in the list.
 * No symmetry is used here.
 *
 * A tuple stands for the bijections V with V(U) = S0 and y_t(V(z)) = h_t(z) on U: those mapping
 * each joint class of U onto its class of S0 and C_d \ U onto C_d \ S0, prod (class size)! of
 * them; each such V has exactly one tuple.
 */
import { reject } from './reject.js';
import { type Combine, type Cost, type PlaceCoster, combine, compareCost, costText } from './recoveryGeneralCosts.js';
import { ones } from './recoveryGeneralGroup.js';
import { type Q, sub } from './rational.js';

/** One task as the search sees it: its distinct values on U (sorted), over one denominator. */
export interface GeneralTask {
  readonly numerators: readonly bigint[];
  readonly denominator: bigint;
  /** Per position of U (increasing), the index of the task's value there. */
  readonly zIndex: readonly number[];
  readonly counts: readonly number[];
  /** The values' text, for sharing costs between tasks with the same values. */
  readonly key: string;
}

export interface Budget {
  work: number;
  readonly limit: number;
}

export interface Candidate {
  readonly masks: readonly number[];
  readonly cost: Cost;
}

/** Memoised cost of a task's data on S0, the data as value indices per position. */
export function costOf(coster: PlaceCoster, memo: Map<string, Cost>, t: GeneralTask, indices: readonly number[]): Cost {
  const key = `${t.key}:${indices.join(',')}`;
  let c = memo.get(key);
  if (c === undefined) {
    c = coster.cost(indices.map((i) => t.numerators[i]!), t.denominator);
    memo.set(key, c);
  }
  return c;
}

/** Every assignment of the task's values to the m positions with its counts, sorted by cost. */
export function candidates(t: GeneralTask, m: number, cost: (indices: readonly number[]) => Cost, budget: Budget): Candidate[] {
  const out: Candidate[] = [];
  const left = t.counts.slice();
  const idx = new Array<number>(m).fill(0);
  const rec = (i: number): void => {
    if (i === m) {
      step(budget);
      const masks = t.counts.map(() => 0);
      idx.forEach((v, p) => (masks[v]! |= 1 << p));
      out.push({ masks, cost: cost(idx) });
      return;
    }
    for (let v = 0; v < left.length; v++) {
      if (left[v] === 0) continue;
      left[v]!--;
      idx[i] = v;
      rec(i + 1);
      left[v]!++;
    }
  };
  rec(0);
  return out.sort((a, b) => compareCost(a.cost, b.cost));
}

function step(budget: Budget): void {
  if (++budget.work > budget.limit) reject(`the re-check would take more than ${budget.limit} steps (too large for the verifier)`);
}

/** n! / prod k! over the parts (an exact integer while it stays below 2^53). */
export function multinomial(n: number, parts: readonly number[]): number {
  let out = 1;
  let left = n;
  for (const k of parts) {
    for (let i = 1; i <= k; i++) out = (out * (left - k + i)) / i;
    left -= k;
  }
  return Math.round(out);
}

/** A number naming a mask tuple (the last mask follows from the others; masks have at most 16 bits). */
const keyOf = (masks: readonly number[]): number | string => (masks.length <= 4 ? masks.slice(0, -1).reduce((k, mk) => k * 65536 + mk, 0) : masks.join(','));

/** Calls visit with every per-value mask tuple putting, in each class xs[i], want[i][v] of its positions on value v. */
function forEachCompatible(xs: readonly number[], want: readonly (readonly number[])[], values: number, visit: (masks: readonly number[]) => void): void {
  const masks = new Array<number>(values).fill(0);
  const pts = xs.map((x) => POSITIONS[x]!);
  const left = want.map((w) => w.slice());
  const place = (i: number, k: number): void => {
    if (i === xs.length) {
      visit(masks);
      return;
    }
    if (k === pts[i]!.length) {
      place(i + 1, 0);
      return;
    }
    const bit = 1 << pts[i]![k]!;
    const l = left[i]!;
    for (let v = 0; v < values; v++) {
      if (l[v] === 0) continue;
      l[v]!--;
      masks[v]! |= bit;
      place(i, k + 1);
      masks[v]! &= ~bit;
      l[v]!++;
    }
  };
  place(0, 0);
}

/** POSITIONS[x]: the bit positions of the 16-bit mask x. */
const POSITIONS = Array.from({ length: 65536 }, (_, x) => Array.from({ length: 16 }, (__, p) => p).filter((p) => (x >>> p) & 1));

const FACTORIAL = Array.from({ length: 33 }, (_, n) => Array.from({ length: n }, (__, i) => BigInt(i + 1)).reduce((a, b) => a * b, 1n));

/** The largest next cost c with spent + c + rest <= bound, or null when none (orders kept under addition). */
function allowance(how: Combine, bound: Cost, spent: Cost, rest: Cost): Cost | null {
  if (how === 'max') return Math.max(spent as number, rest as number) <= (bound as number) ? bound : null;
  if (how === 'sum') return (bound as number) - (spent as number) - (rest as number);
  return (bound as readonly Q[]).map((x, k) => sub(sub(x, (spent as readonly Q[])[k]!), (rest as readonly Q[])[k]!));
}

/**
 * The joint classes one level down: class i (points xs[i] on the representation side, zs[i] on the
 * latents) splits by the head's value masks and the task's value masks zMasks, empty parts dropped.
 */
export function refineClasses(xs: readonly number[], zs: readonly number[], masks: readonly number[], zMasks: readonly number[]): { nx: number[]; nz: number[] } {
  const nx: number[] = [];
  const nz: number[] = [];
  xs.forEach((x, i) =>
    masks.forEach((mk, v) => {
      if ((x & mk) !== 0) {
        nx.push(x & mk);
        nz.push(zs[i]! & zMasks[v]!);
      }
    }),
  );
  return { nx, nz };
}

export interface PlaceSearch {
  readonly d: number;
  readonly tasks: readonly GeneralTask[];
  readonly how: Combine;
  readonly zero: Cost;
  readonly minimum: Cost;
  readonly budget: Budget;
}

/**
 * The number of bijections V with V(U) = S0 costing exactly the minimum; rejects when one costs
 * less. cost(t, indices) is task t's cost on S0.
 */
export function countAtPlace(s: PlaceSearch, m: number, cost: (t: number, indices: readonly number[]) => Cost): bigint {
  const { tasks, how, minimum, budget } = s;
  // Tasks with the same values and counts share one list (the lists live only for this set).
  const shared = new Map<string, Candidate[]>();
  const lists = tasks.map((t, j) => {
    const sig = `${t.key}|${t.counts.join(',')}`;
    if (!shared.has(sig)) shared.set(sig, candidates(t, m, (idx) => cost(j, idx), budget));
    return shared.get(sig)!;
  });
  const rest: Cost[] = new Array(tasks.length + 1);
  rest[tasks.length] = s.zero;
  for (let j = tasks.length - 1; j >= 0; j--) rest[j] = combine(how, lists[j]![0]!.cost, rest[j + 1]!);
  const zMasksOf = tasks.map((t) => t.counts.map((_, v) => t.zIndex.reduce((mk, i, p) => (i === v ? mk | (1 << p) : mk), 0)));
  const keyed = new Map<Candidate[], Map<number | string, Candidate>>();
  const byKey = lists.map((l) => {
    if (!keyed.has(l)) keyed.set(l, new Map(l.map((c) => [keyOf(c.masks), c] as const)));
    return keyed.get(l)!;
  });
  const outside = FACTORIAL[(1 << s.d) - m]!;
  let count = 0n;
  const all = (2 ** m - 1) >>> 0;
  const dfs = (j: number, xs: readonly number[], zs: readonly number[], spent: Cost): void => {
    if (j === tasks.length) {
      if (compareCost(spent, minimum) < 0) reject(`a bijection costs ${costText(spent)}, less than the stated minimum ${costText(minimum)}`);
      count += xs.reduce((acc, x) => acc * FACTORIAL[ones(x)]!, outside);
      return;
    }
    const allowed = allowance(how, minimum, spent, rest[j + 1]!);
    if (allowed === null) return;
    const t = tasks[j]!;
    const zMasks = zMasksOf[j]!;
    const want = zs.map((z) => zMasks.map((zm) => ones(z & zm)));
    const visit = (c: Candidate): void => {
      const { nx, nz } = refineClasses(xs, zs, c.masks, zMasks);
      dfs(j + 1, nx, nz, combine(how, spent, c.cost));
    };
    const list = lists[j]!;
    // The compatible data: generated class by class when fewer than the list, else filtered from it.
    let product = 1;
    for (let i = 0; i < xs.length && product <= list.length; i++) product *= multinomial(ones(xs[i]!), want[i]!);
    if (product < list.length) {
      forEachCompatible(xs, want, t.counts.length, (masks) => {
        step(budget);
        const c = byKey[j]!.get(keyOf(masks));
        if (c === undefined) throw new Error('internal: generated data not among the candidates');
        if (compareCost(c.cost, allowed) <= 0) visit(c);
      });
      return;
    }
    for (const c of list) {
      step(budget);
      if (compareCost(c.cost, allowed) > 0) break;
      let ok = true;
      for (let i = 0; i < xs.length && ok; i++) for (let v = 0; v < c.masks.length && ok; v++) ok = ones(xs[i]! & c.masks[v]!) === want[i]![v];
      if (ok) visit(c);
    }
  };
  dfs(0, [all], [all], s.zero);
  return count;
}
