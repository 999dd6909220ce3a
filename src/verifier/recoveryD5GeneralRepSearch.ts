/**
 * The search of the d = 5 representation-bias re-check (recoveryD5GeneralRep.ts): for one point
 * set S0 = V(U) (a class representative), every bijection V of C_5 with V(U) = S0 whose cost
 * sum_t deg(g_t) + sum_j deg(Phi_j) (head+rep, hier-sum) or + max_j deg(Phi_j) (hier-max) is at
 * most the stated minimum, each visited once. The d <= 4 route's search
 * (recoveryGeneralRepSearch.ts: head levels, then coordinate levels splitting pairs (Z, X) of
 * latents and points, cut by the least cost each coordinate's pairing allows) with the
 * coordinates of recoveryD5GeneralRepCoords.ts in place of a table of all balanced codes:
 *
 * - Lower bound of coordinate j under a pairing: a code meeting every pair's count meets those of
 *   the pairs inside U, which fix its part inside U to a set of keys (each pair Z chooses want of
 *   its latents: at most 2^|U| keys, enumerated). A code with key k costs at least the least
 *   listed cost of k's bucket if it is listed, else at least 4 (the list holds every code of cost
 *   <= 3). So min over keys of min(bucket least, 4) bounds it below: sound (the pairs outside U
 *   are ignored). Here and below 4 stands for the coordinates' `beyond` (4 at m = 5; at m = 6 the
 *   list's level + 1, recoveryD5ObservedGeneral.ts), 3 for beyond - 1.
 * - Coordinate level j with allowance cap: cap <= 3: every compatible code of cost <= cap is
 *   listed, so the buckets of the compatible keys are scanned in increasing cost up to cap, each
 *   code kept when it splits every pair evenly: complete. cap >= 4: a code of cost 4 or 5 could
 *   qualify and is not listed: then every compatible code (the product of binomials over all
 *   pairs) is enumerated and costed exactly, if there are at most `exhaustive` of them; otherwise
 *   the certificate is out of the verifier's class and refused (never accepted unchecked).
 * - Leaves: after the 5 coordinate levels each pair is one latent and one point: V itself, each V
 *   of cost <= the minimum once. One below the minimum refutes it; those at it are counted, and
 *   whether each lies in the group.
 * Every candidate or key examined is a step of the shared budget; past it the certificate is rejected.
 */
import { reject } from './reject.js';
import type { Cost, PlaceCoster } from './recoveryGeneralCosts.js';
import { ones } from './recoveryGeneralGroup.js';
import { type Budget, type Candidate, type GeneralTask, candidates, costOf, refineClasses } from './recoveryGeneralSearch.js';
import { type Pair, type RepBias, choose, forEachCompatible, split, step } from './recoveryGeneralRepBounds.js';
import type { D5RepCoordinates } from './recoveryD5GeneralRepCoords.js';

export interface RepPlaceSearch5 {
  /** The support's points, increasing. */
  readonly U: readonly number[];
  readonly tasks: readonly GeneralTask[];
  readonly bias: RepBias;
  readonly minimum: number;
  readonly coordinates: D5RepCoordinates;
  readonly budget: Budget;
  /** Whether a bijection (image table) lies in the group. */
  readonly inGroup: (v: readonly number[]) => boolean;
  /** At most this many compatible codes are enumerated where a coordinate of cost >= 4 is allowed. */
  readonly exhaustive: number;
}

const D = 5;
const BITS = Array.from({ length: D }, (_, j) => Array.from({ length: 32 }, (_, x) => x).reduce((acc, x) => ((x >>> j) & 1 ? acc | (1 << x) : acc), 0) >>> 0);
const FULL = 0xffffffff;

/** The V with V(U) = S0 costing exactly the minimum, and how many of them lie in the group; rejects when one costs less. */
export function countRepAtPlace5(s: RepPlaceSearch5, S0: number, coster: PlaceCoster, memo: Map<string, Cost>): { count: bigint; inside: bigint } {
  const { U, tasks, bias, minimum, budget, coordinates: co } = s;
  const m = U.length;
  const uMask = U.reduce((acc, z) => (acc | (1 << z)) >>> 0, 0);
  const P0 = Array.from({ length: 32 }, (_, x) => x).filter((x) => (S0 >>> x) & 1);
  const shared = new Map<string, Candidate[]>();
  const lists = tasks.map((t) => {
    const sig = `${t.key}|${t.counts.join(',')}`;
    if (!shared.has(sig)) shared.set(sig, candidates(t, m, (idx) => costOf(coster, memo, t, idx), budget));
    return shared.get(sig)!;
  });
  const sumOrMax = (a: number, b: number): number => (bias === 'hier-max' ? Math.max(a, b) : a + b);
  const combineRep = (lows: readonly number[]): number => lows.reduce(sumOrMax, 0);
  const repFloor = bias === 'hier-max' ? co.least : D * co.least;
  const rest: number[] = new Array(tasks.length + 1).fill(0);
  for (let j = tasks.length - 1; j >= 0; j--) rest[j] = (lists[j]![0]!.cost as number) + rest[j + 1]!;
  const zMasksOf = tasks.map((t) => t.counts.map((_, v) => t.zIndex.reduce((mk, i, p) => (i === v ? mk | (1 << p) : mk), 0)));
  const toPoints = (mask: number, points: readonly number[]): number => points.reduce((acc, x, p) => ((mask >>> p) & 1 ? acc | (1 << x) : acc), 0) >>> 0;
  const outside: Pair = { z: (FULL & ~uMask) >>> 0, x: (FULL & ~S0) >>> 0 };
  let count = 0n;
  let inside = 0n;

  const inU = (pairs: readonly Pair[]): Pair[] => pairs.filter((q) => (q.z & ~uMask) === 0);
  /** Calls visit with each key (part inside U) meeting the counts of the pairs inside U. */
  const keys = (j: number, pairs: readonly Pair[], visit: (key: number) => boolean | void): void => {
    const ps = inU(pairs);
    if (ps.length === 0) return void visit(0);
    forEachCompatible(ps.map((q) => q.z), ps.map((q) => ones(q.x & BITS[j]!)), (key) => {
      step(budget);
      return visit(key);
    });
  };
  // The least cost of coordinate j the pairs allow (header), at least `from`; cap + 1 when above cap.
  const leastAllowed = (j: number, pairs: readonly Pair[], cap: number, from: number): number => {
    step(budget);
    let best = Infinity;
    keys(j, pairs, (key) => {
      best = Math.min(best, co.buckets.get(key)?.costs[0] ?? co.beyond, co.beyond);
      return best <= from;
    });
    return Math.max(from, best > cap ? cap + 1 : best);
  };
  const repLows = (pairs: readonly Pair[], left: number, from: readonly number[]): number[] | null => {
    if (combineRep(from) > left) return null;
    const lows = from.slice();
    for (let j = 0; j < D; j++) {
      const cap = bias === 'hier-max' ? left : left - (combineRep(lows) - lows[j]!);
      const c = leastAllowed(j, pairs, cap, lows[j]!);
      if (c > cap) return null;
      lows[j] = c;
    }
    return lows;
  };

  const leaf = (pairs: readonly Pair[], total: number): void => {
    if (total < minimum) reject(`a bijection costs ${total}, less than the stated minimum ${minimum}`);
    if (total > minimum) return;
    const v = new Array<number>(32).fill(-1);
    for (const q of pairs) {
      if (ones(q.z) !== 1 || ones(q.x) !== 1) throw new Error("internal: a leaf pair is not one latent and one point");
      v[31 - Math.clz32(q.z)] = 31 - Math.clz32(q.x);
    }
    count++;
    if (s.inGroup(v)) inside++;
  };

  // Coordinate level j: `lows` bounds the cost of every level >= j from below.
  const coordinateLevel = (j: number, pairs: readonly Pair[], spent: number, rep: number, lows: readonly number[]): void => {
    if (j === D) return leaf(pairs, spent + rep);
    const next = lows.slice();
    for (let k = j + 1; k < D; k++) {
      const others = next.reduce((acc, c, i) => (i < j || i === k ? acc : sumOrMax(acc, c)), rep);
      const capK = minimum - spent - (bias === 'hier-max' ? 0 : others);
      const c = leastAllowed(k, pairs, capK, next[k]!);
      if (c > capK) return;
      next[k] = c;
    }
    const later = next.reduce((acc, c, i) => (i <= j ? acc : sumOrMax(acc, c)), 0);
    const cap = bias === 'hier-max' ? minimum - spent : minimum - spent - rep - later;
    if (cap < lows[j]!) return;
    const visit = (code: number, cost: number): void => {
      const parts = split(pairs, code, BITS[j]!);
      if (parts !== null) coordinateLevel(j + 1, parts, spent, sumOrMax(rep, cost), next);
    };
    if (cap >= co.beyond) {
      // A coordinate of cost >= beyond (4 or 5 at m = 5; not listed) could qualify: every compatible code, costed exactly.
      const sides = pairs.map((q) => q.z);
      const want = pairs.map((q) => ones(q.x & BITS[j]!));
      const compatible = sides.reduce((acc, side, i) => acc * choose(ones(side), want[i]!), 1);
      if (compatible > s.exhaustive) reject(`out of the verifier's class at d = 5: a coordinate of degree ${co.beyond === 4 ? '4 or 5' : `>= ${co.beyond}`} is within the minimum at level ${j + 1} with ${compatible} compatible codes (at most ${s.exhaustive} are enumerated)`);
      forEachCompatible(sides, want, (code) => {
        step(budget);
        const cost = co.costOf(code);
        if (cost <= cap) visit(code, cost);
      });
      return;
    }
    keys(j, pairs, (key) => {
      const bucket = co.buckets.get(key);
      if (bucket === undefined) return;
      for (let e = 0; e < bucket.codes.length; e++) {
        const cost = bucket.costs[e]!;
        if (cost > cap) break;
        step(budget);
        if (cost >= lows[j]!) visit(bucket.codes[e]!, cost);
      }
    });
  };

  const headLevel = (j: number, xs: readonly number[], zs: readonly number[], spent: number, above: readonly number[]): void => {
    const pairs = xs.map((x, i) => ({ z: toPoints(zs[i]!, U), x: toPoints(x, P0) }));
    if (outside.z !== 0) pairs.push(outside);
    const lows = repLows(pairs, minimum - spent - rest[j]!, above);
    if (lows === null) return;
    if (j === tasks.length) return coordinateLevel(0, pairs, spent, 0, lows);
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
  headLevel(0, [all], [all], 0, new Array<number>(D).fill(co.least));
  return { count, inside };
}
