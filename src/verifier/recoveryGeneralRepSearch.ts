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
 *   exceeds the minimum: the other tasks' least data costs, and for Phi the least cost each
 *   coordinate's pairing allows (recoveryGeneralRepBounds.ts), summed (or their max for
 *   hier-max), at every head node and for the later levels at every coordinate level. So every V
 *   of cost <= the minimum is a leaf: one below it rejects, those at it are counted. At a
 *   coordinate level, when the codes choosing the required number of latents in each pair are
 *   fewer than the list up to the cut, those are enumerated instead (costed and cut the same
 *   way: the same accepted candidates).
 * Every candidate examined is a step of the shared budget; past it the certificate is rejected.
 */
import { reject } from './reject.js';
import type { Cost, PlaceCoster } from './recoveryGeneralCosts.js';
import { ones } from './recoveryGeneralGroup.js';
import { type Budget, type Candidate, type GeneralTask, candidates, costOf, refineClasses } from './recoveryGeneralSearch.js';
import { type Coordinates, type Pair, type RepBias, choose, coordinateBounds, forEachCompatible, split, step, within } from './recoveryGeneralRepBounds.js';

export type { Coordinates, RepBias };

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
  const toPoints = (mask: number, points: readonly number[]): number => points.reduce((acc, x, p) => ((mask >>> p) & 1 ? acc | (1 << x) : acc), 0) >>> 0;
  const outside: Pair = { z: (full & ~toPoints(2 ** m - 1, U)) >>> 0, x: (full & ~S0) >>> 0 };
  let count = 0n;
  const { bits, first, leastAllowed, repLows } = coordinateBounds(d, s.coordinates, bias, budget);

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
      const { nx, nz } = refineClasses(xs, zs, c.masks, zMasks);
      headLevel(j + 1, nx, nz, spent + (c.cost as number), lows);
    }
  };
  const all = (2 ** m - 1) >>> 0;
  headLevel(0, [all], [all], 0, new Array<number>(d).fill(least));
  return count;
}
