/**
 * The search of the general representation-bias re-check (recoveryGeneralRep.ts): for one point
 * set S0 = V(U) (a class representative), every bijection V of C_d with V(U) = S0 whose cost
 * sum_t deg(g_t) + sum_j deg(Phi_j) (head+rep, hier-sum) or + max_j deg(Phi_j) (hier-max) is at
 * most the stated minimum, each visited exactly once. Plain, no symmetry inside the set:
 *
 * - Head levels (positions of U and of S0): task t's head data y_t on S0 is every placement of
 *   its values with its counts on U (recoveryGeneralSearch.ts lists them with their costs, the
 *   least degree of a real fit on S0), kept when in every class of equal value vectors so far it
 *   takes each value as often as the task does in the matching class of U. After the k tasks the
 *   classes pair each joint class of U with its class of S0: the V with y_t(V(z)) = h_t(z) on U
 *   for all t are exactly the bijections mapping each class of U onto its class of S0 and
 *   C_d \ U onto C_d \ S0, and each V has exactly one tuple.
 * - Coordinate levels j = 1..d (points of C_d): the data b of Phi_j on psi's image (bit z of b =
 *   bit j of V(z)), a balanced code; it splits every pair (Z, X) into (Z & b, X & B_j) and
 *   (Z \ b, X \ B_j), B_j = {x : bit j of x is 1}, and must keep |Z & b| = |X & B_j|. After
 *   level d each X is one point and each Z one latent: the leaves are the V of the head tuple,
 *   each once.
 * - Cuts: lists sorted by cost, cut where the cost so far plus the least costs of what remains
 *   (the other tasks' least data costs; d times, or for hier-max once, the least coordinate cost)
 *   exceeds the minimum. So every V of cost <= the minimum is a leaf: one below it rejects, those
 *   at it are counted. At a coordinate level, when the codes choosing the required number of
 *   latents in each pair are fewer than the list up to the cut, those are enumerated instead
 *   (costed and cut the same way: the same accepted candidates).
 * Every candidate examined is a step of the shared budget; past it the certificate is rejected.
 */
import { reject } from './reject.js';
import type { Cost, PlaceCoster } from './recoveryGeneralCosts.js';
import { ones } from './recoveryGeneralGroup.js';
import { type Budget, type Candidate, type GeneralTask, candidates, costOf } from './recoveryGeneralSearch.js';

export type RepBias = 'head+rep' | 'hier-sum' | 'hier-max';

export interface Coordinates {
  /** The balanced codes on the latents with their costs deg(Phi_j), sorted by cost. */
  readonly sorted: readonly { readonly code: number; readonly cost: number }[];
  /** cost per code (balanced codes only). */
  readonly table: Uint8Array;
}

export interface RepPlaceSearch {
  readonly d: number;
  /** The support's points, increasing. */
  readonly U: readonly number[];
  readonly tasks: readonly GeneralTask[];
  readonly bias: RepBias;
  readonly minimum: number;
  readonly coordinates: Coordinates;
  readonly budget: Budget;
}

interface Pair {
  readonly z: number;
  readonly x: number;
}

function step(budget: Budget): void {
  if (++budget.work > budget.limit) reject(`the re-check would take more than ${budget.limit} steps (too large for the verifier)`);
}

/** Splits every pair by (latent code a, point code c); null when some part's sizes differ. */
function split(pairs: readonly Pair[], a: number, c: number): Pair[] | null {
  const out: Pair[] = [];
  for (const p of pairs) {
    const z1 = p.z & a;
    const x1 = p.x & c;
    if (ones(z1) !== ones(x1)) return null;
    if (z1 !== 0) out.push({ z: z1, x: x1 });
    if (z1 !== p.z) out.push({ z: (p.z & ~a) >>> 0, x: (p.x & ~c) >>> 0 });
  }
  return out;
}

/**
 * Calls visit(code) for every code with exactly want[i] of the (disjoint) sides[i], and no other,
 * until visit returns true.
 */
function forEachCompatible(sides: readonly number[], want: readonly number[], visit: (code: number) => boolean | void): void {
  let stop = false;
  const pick = (i: number, rest: number, left: number, acc: number): void => {
    if (left === 0) {
      if (i + 1 === sides.length) stop = visit(acc >>> 0) === true;
      else pick(i + 1, sides[i + 1]!, want[i + 1]!, acc);
      return;
    }
    if (ones(rest) < left) return;
    const low = rest & -rest;
    pick(i, rest & ~low, left - 1, acc | low);
    if (!stop) pick(i, rest & ~low, left, acc);
  };
  pick(0, sides[0]!, want[0]!, 0);
}

function choose(n: number, k: number): number {
  let c = 1;
  for (let i = 0; i < k; i++) c = (c * (n - i)) / (i + 1);
  return Math.round(c);
}

/** How many entries of the cost-sorted list cost at most `cap`. */
function within(list: readonly { readonly cost: number }[], cap: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.cost <= cap) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The number of V with V(U) = S0 costing exactly the minimum; rejects when one costs less. */
export function countRepAtPlace(s: RepPlaceSearch, S0: number, coster: PlaceCoster, memo: Map<string, Cost>): bigint {
  const { d, U, tasks, bias, minimum, budget } = s;
  const size = 1 << d;
  const full = (2 ** size - 1) >>> 0;
  const m = U.length;
  const P0 = [...Array(size).keys()].filter((x) => (S0 >>> x) & 1);
  const shared = new Map<string, Candidate[]>();
  const lists = tasks.map((t) => {
    const sig = `${t.key}|${t.counts.join(',')}`;
    if (!shared.has(sig)) shared.set(sig, candidates(t, m, (idx) => costOf(coster, memo, t, idx), budget));
    return shared.get(sig)!;
  });
  const { sorted, table } = s.coordinates;
  const least = sorted[0]!.cost;
  const repFloor = bias === 'hier-max' ? least : d * least;
  const rest: number[] = new Array(tasks.length + 1).fill(0);
  for (let j = tasks.length - 1; j >= 0; j--) rest[j] = (lists[j]![0]!.cost as number) + rest[j + 1]!;
  const zMasksOf = tasks.map((t) => t.counts.map((_, v) => t.zIndex.reduce((mk, i, p) => (i === v ? mk | (1 << p) : mk), 0)));
  const bits = [...Array(d).keys()].map((j) => [...Array(size).keys()].reduce((acc, x) => ((x >>> j) & 1 ? acc | (1 << x) : acc), 0) >>> 0);
  const toPoints = (mask: number, points: readonly number[]): number => points.reduce((acc, x, p) => ((mask >>> p) & 1 ? acc | (1 << x) : acc), 0) >>> 0;
  const outside: Pair = { z: (full & ~toPoints(2 ** m - 1, U)) >>> 0, x: (full & ~S0) >>> 0 };
  let count = 0n;
  // first[c]: the index of the first code of cost >= c in the sorted list (costs are at most m <= 6).
  const first = Array.from({ length: 8 }, (_, c) => within(sorted, c - 1));

  // Coordinate level j: `lows` bounds the cost of every level >= j from below (a coarser pairing's least).
  const coordinateLevel = (j: number, pairs: readonly Pair[], spent: number, rep: number, lows: readonly number[]): void => {
    if (j === d) {
      const total = spent + rep;
      if (total < minimum) reject(`a bijection costs ${total}, less than the stated minimum ${minimum}`);
      if (total === minimum) count++;
      return;
    }
    // The later levels' least allowed costs under these pairs (the pairs only get finer below).
    const next = lows.slice();
    for (let k = j + 1; k < d; k++) {
      const others = next.reduce((acc, c, i) => (i < j || i === k ? acc : bias === 'hier-max' ? Math.max(acc, c) : acc + c), rep);
      const capK = minimum - spent - (bias === 'hier-max' ? 0 : others);
      const c = leastAllowed(k, pairs, capK, next[k]!);
      if (c > capK) return;
      next[k] = c;
    }
    const later = next.reduce((acc, c, i) => (i <= j ? acc : bias === 'hier-max' ? Math.max(acc, c) : acc + c), 0);
    const cap = bias === 'hier-max' ? minimum - spent : minimum - spent - rep - later;
    if (cap < lows[j]!) return;
    const visit = (code: number, cost: number): void => {
      const split1 = split(pairs, code, bits[j]!);
      if (split1 !== null) coordinateLevel(j + 1, split1, spent, bias === 'hier-max' ? Math.max(rep, cost) : rep + cost, next);
    };
    const sides = pairs.map((q) => q.z);
    const want = pairs.map((q) => ones(q.x & bits[j]!));
    const compatible = sides.reduce((acc, side, i) => acc * choose(ones(side), want[i]!), 1);
    const start = first[lows[j]!]!;
    if (compatible < within(sorted, cap) - start) {
      forEachCompatible(sides, want, (code) => {
        step(budget);
        if (table[code]! <= cap) visit(code, table[code]!);
      });
      return;
    }
    for (let e = start; e < sorted.length; e++) {
      const { code, cost } = sorted[e]!;
      step(budget);
      if (cost > cap) break;
      visit(code, cost);
    }
  };

  // The least cost of coordinate j over the balanced codes the pairs allow, if at most cap (else
  // cap + 1); no code of cost below `from` is allowed (a coarser pairing's least).
  const leastAllowed = (j: number, pairs: readonly Pair[], cap: number, from = 0): number => {
    step(budget); // the set-up below is a step too, so the budget bounds the time
    const sides = pairs.map((q) => q.z);
    const want = pairs.map((q) => ones(q.x & bits[j]!));
    const compatible = sides.reduce((acc, side, i) => acc * choose(ones(side), want[i]!), 1);
    const start = first[from]!;
    let best = cap + 1;
    if (compatible < within(sorted, cap) - start) {
      forEachCompatible(sides, want, (code) => {
        step(budget);
        best = Math.min(best, table[code]!);
        return best <= from;
      });
      return best;
    }
    for (let e = start; e < sorted.length; e++) {
      const { code, cost } = sorted[e]!;
      step(budget);
      if (cost > cap) break;
      let ok = true;
      for (let i = 0; i < pairs.length && ok; i++) ok = ones(pairs[i]!.z & code) === want[i];
      if (ok) return cost;
    }
    return best;
  };
  const combineRep = (lows: readonly number[]): number => (bias === 'hier-max' ? Math.max(...lows) : lows.reduce((a, b) => a + b, 0));
  // Per coordinate, the least cost the pairs allow (at least the coarser pairing's `from`), or
  // null when every V mapping each Z onto its X costs more than `left` in its representation.
  const repLows = (pairs: readonly Pair[], left: number, from: readonly number[]): number[] | null => {
    if (combineRep(from) > left) return null;
    const lows = from.slice();
    for (let j = 0; j < d; j++) {
      const cap = bias === 'hier-max' ? left : left - (combineRep(lows) - lows[j]!);
      const c = leastAllowed(j, pairs, cap, lows[j]!);
      if (c > cap) return null;
      lows[j] = c;
    }
    return lows;
  };

  const headLevel = (j: number, xs: readonly number[], zs: readonly number[], spent: number, above: readonly number[]): void => {
    const pairs = xs.map((x, i) => ({ z: toPoints(zs[i]!, U), x: toPoints(x, P0) }));
    if (outside.z !== 0) pairs.push(outside);
    const lows = repLows(pairs, minimum - spent - rest[j]!, above);
    if (lows === null) return;
    if (j === tasks.length) {
      coordinateLevel(0, pairs, spent, 0, lows);
      return;
    }
    const zMasks = zMasksOf[j]!;
    const want = zs.map((z) => zMasks.map((zm) => ones(z & zm)));
    for (const c of lists[j]!) {
      step(budget);
      if (spent + (c.cost as number) + rest[j + 1]! + repFloor > minimum) break;
      let ok = true;
      for (let i = 0; i < xs.length && ok; i++) for (let v = 0; v < c.masks.length && ok; v++) ok = ones(xs[i]! & c.masks[v]!) === want[i]![v];
      if (!ok) continue;
      const nx: number[] = [];
      const nz: number[] = [];
      xs.forEach((x, i) =>
        c.masks.forEach((mk, v) => {
          if ((x & mk) !== 0) {
            nx.push(x & mk);
            nz.push(zs[i]! & zMasks[v]!);
          }
        }),
      );
      headLevel(j + 1, nx, nz, spent + (c.cost as number), lows);
    }
  };
  const all = (2 ** m - 1) >>> 0;
  headLevel(0, [all], [all], 0, new Array<number>(d).fill(least));
  return count;
}
