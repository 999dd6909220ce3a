/**
 * Phi's coordinates in the general representation-bias re-check (recoveryGeneralRepSearch.ts):
 * pairs (Z, X) of latents and points that V must map onto each other, their split by a
 * coordinate, and a lower bound on each coordinate's cost under a pairing.
 *
 * Coordinate j of a V that maps every Z onto its X is a balanced code b on the latents (bit z of
 * b = bit j of V(z)) with |b & Z| = |X & B_j| in every pair, B_j = {x : bit j of x is 1}. So the
 * least cost of a balanced code meeting those counts bounds deg(Phi_j) below for every such V. A
 * finer pairing (each pair split into parts) allows only codes the coarser one allows, so its
 * least is at least the coarser one's: the scan starts there, and when the compatible codes are
 * enumerated a code at that cost ends it. The coordinates are bounded one by one (their joint
 * bijectivity ignored): sound, not tight. Every call and every code examined is a step.
 */
import { reject } from './reject.js';
import { ones } from './recoveryGeneralGroup.js';
import type { Budget } from './recoveryGeneralSearch.js';

export type RepBias = 'head+rep' | 'hier-sum' | 'hier-max';

export interface Coordinates {
  /** The balanced codes on the latents with their costs deg(Phi_j), sorted by cost. */
  readonly sorted: readonly { readonly code: number; readonly cost: number }[];
  /** cost per code (balanced codes only). */
  readonly table: Uint8Array;
}

export interface Pair {
  readonly z: number;
  readonly x: number;
}

export function step(budget: Budget): void {
  if (++budget.work > budget.limit) reject(`the re-check would take more than ${budget.limit} steps (too large for the verifier)`);
}

/** Splits every pair by (latent code a, point code c); null when some part's sizes differ. */
export function split(pairs: readonly Pair[], a: number, c: number): Pair[] | null {
  const out: Pair[] = [];
  for (const p of pairs) {
    const z1 = (p.z & a) >>> 0; // unsigned, so the comparison below holds for 32-bit masks (d = 5) too
    const x1 = (p.x & c) >>> 0;
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
export function forEachCompatible(sides: readonly number[], want: readonly number[], visit: (code: number) => boolean | void): void {
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

export function choose(n: number, k: number): number {
  let c = 1;
  for (let i = 0; i < k; i++) c = (c * (n - i)) / (i + 1);
  return Math.round(c);
}

/** How many entries of the cost-sorted list cost at most `cap`. */
export function within(list: readonly { readonly cost: number }[], cap: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.cost <= cap) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface CoordinateBounds {
  /** bits[j]: the points x of C_d with bit j set. */
  readonly bits: readonly number[];
  /** first[c]: the index of the first code of cost >= c in the sorted list (costs are at most m <= 6). */
  readonly first: readonly number[];
  /** The least cost of coordinate j the pairs allow if at most cap (else cap + 1); none below `from` is allowed. */
  readonly leastAllowed: (j: number, pairs: readonly Pair[], cap: number, from?: number) => number;
  /** Per coordinate, the least cost the pairs allow (at least `from`), or null when every V they allow costs more than `left` in its representation. */
  readonly repLows: (pairs: readonly Pair[], left: number, from: readonly number[]) => number[] | null;
}

export function coordinateBounds(d: number, coordinates: Coordinates, bias: RepBias, budget: Budget): CoordinateBounds {
  const { sorted, table } = coordinates;
  const size = 1 << d;
  const bits = [...Array(d).keys()].map((j) => [...Array(size).keys()].reduce((acc, x) => ((x >>> j) & 1 ? acc | (1 << x) : acc), 0) >>> 0);
  const first = Array.from({ length: 8 }, (_, c) => within(sorted, c - 1));
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

  return { bits, first, leastAllowed, repLows };
}
