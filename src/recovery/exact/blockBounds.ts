/**
 * Block lower bounds for the number biases with a sum (head-degree, head-gf2). The floor of a task
 * bounds its head alone; a block of two or three tasks must have heads with the block's joint
 * histogram, and the least total of such heads (found by the tuple search on the block alone,
 * deciding increasing totals) can be far above the sum of their floors: two balanced tasks are
 * both affine only if they cut the cube into four quarters. Any tuple for the whole task set
 * restricts to a tuple for each block, so for a partition of a set of tasks into blocks the sum
 * of the block minima bounds the set's heads from below; the best partition (a small dynamic
 * programme over subsets, k <= 8 or so) gives the bound. Used as the search's starting total and
 * as its bounds on the remaining levels (spec.suffixBounds). Block minima are cached per (d,
 * measure, codes).
 */
import type { CandidateStore } from './candidates.js';
import type { Measure } from './costs.js';
import { sumAlgebra } from './costs.js';
import type { Orbits } from './orbits.js';
import type { TupleTask } from './tupleSpec.js';
import type { Steps } from './steps.js';
import { searchTupleSteps } from './tupleSearch.js';

export interface BlockContext {
  readonly d: number;
  readonly measure: Measure;
  readonly store: CandidateStore;
  readonly orbits: Orbits | null;
  readonly signal?: AbortSignal;
  readonly deadline?: number;
}

/** Blocks larger than this are not searched (pairs: triples cost seconds and rarely lift the bound further). */
export const MAX_BLOCK = 2;
/** Past this many tasks the subsets' programme is skipped (2^k subsets). */
const MAX_TASKS = 12;

const cache = new Map<string, number>();

/** best[mask] = the block bound of the tasks in mask (bit i: tasks[i]); null when interrupted. */
export function* blockBoundSteps(ctx: BlockContext, tasks: readonly TupleTask[], maxBlock = MAX_BLOCK): Steps<Int32Array | null> {
  const k = tasks.length;
  if (k > MAX_TASKS) return null;
  const block = new Map<number, number>();
  for (let mask = 1; mask < 1 << k; mask++) {
    const members = bitsOf(mask);
    if (members.length < 2 || members.length > maxBlock) continue;
    // A task whose heads all cost the same (constant, or odd weight under GF(2)) adds only its
    // floor to a block: any head of the others leaves room for one of its heads.
    if (members.some((i) => tasks[i]!.ceiling !== null && tasks[i]!.ceiling === tasks[i]!.floor)) continue;
    const m = yield* blockMinimum(ctx, members.map((i) => tasks[i]!));
    if (m === null) return null;
    block.set(mask, m);
  }
  const best = new Int32Array(1 << k);
  for (let mask = 1; mask < 1 << k; mask++) {
    const low = mask & -mask;
    const lowIndex = 31 - Math.clz32(low);
    // the block holding the lowest task: alone, or with one or two others
    let b = (tasks[lowIndex]!.floor as number) + best[mask ^ low]!;
    const rest = mask ^ low;
    for (let sub = rest; sub !== 0; sub = (sub - 1) & rest) {
      const v = block.get(sub | low);
      if (v !== undefined) b = Math.max(b, v + best[rest ^ sub]!);
    }
    best[mask] = b;
  }
  return best;
}

/** suffix[j] = the block bound of order[j..] (order: the tasks, some permutation of them). */
export function suffixBoundsFor(best: Int32Array, tasks: readonly TupleTask[], order: readonly TupleTask[]): number[] {
  const out = new Array<number>(order.length + 1).fill(0);
  let mask = 0;
  for (let j = order.length - 1; j >= 0; j--) {
    mask |= 1 << tasks.indexOf(order[j]!);
    out[j] = best[mask]!;
  }
  return out;
}

/** The least total (sum) of heads for the block alone; null when interrupted. */
function* blockMinimum(ctx: BlockContext, members: readonly TupleTask[]): Steps<number | null> {
  const key = `${ctx.d}:${ctx.measure}:${members.map((t) => t.code).sort((a, b) => a - b).join(',')}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const spec = { ...ctx, algebra: sumAlgebra, tasks: members, openLeaves: true, lookahead: true };
  for (let total = members.reduce((s, t) => s + (t.floor as number), 0); ; total++) {
    const out = yield* searchTupleSteps(spec, () => total, () => true);
    if (out.aborted || out.truncated) return null;
    if (out.stopped) {
      if (cache.size > 200_000) cache.clear();
      cache.set(key, total);
      return total;
    }
  }
}

function bitsOf(mask: number): number[] {
  const out: number[] = [];
  for (let i = 0; mask >>> i !== 0; i++) if ((mask >>> i) & 1) out.push(i);
  return out;
}
