/**
 * The verifier's count of the bijections V of C_d (d <= 4) of cost <= a stated minimum under a
 * representation bias (head+rep, hier-sum: sum_t deg(g_t) + sum_j deg(Phi_j); hier-max:
 * sum_t deg(g_t) + max_j deg(Phi_j)), with g_t = h_t o V^-1 and Phi_j(psi(z)) = bit j of V(z).
 * Plain and without symmetry; it rejects when some V costs less than the minimum.
 *
 * A search over class pairs (Z, X): sets of latents z and of representation points x that V must
 * map onto each other, starting from (C_d, C_d).
 * - Head levels, task by task: a head g_t is a code with as many -1 values as h_t; it splits each
 *   pair (Z, X) into (Z & h_t, X & g_t) and (Z \ h_t, X \ g_t) and must have |Z & h_t| = |X & g_t|
 *   in each. After the k heads the pairs are the joint fibres of the tasks and of the heads; the V
 *   with g_t = h_t o V^-1 for all t are exactly the bijections mapping each Z onto its X.
 * - Coordinate levels j = 1..d: the data b of Phi_j on psi's image (bit z of b = bit j of V(z)),
 *   a balanced code (V is a bijection); it splits (Z, X) into (Z & b, X & B_j) and (Z \ b, X \ B_j),
 *   B_j = {x : bit j of x is 1}, and must have |Z & b| = |X & B_j| in each. After level d each X
 *   is one point x (it fixes every bit of x), each Z then one latent z, and V(z) = x: the leaves are
 *   exactly the bijections V, each visited once (its heads and coordinates are determined by V).
 * - Costs: every head and coordinate candidate list is sorted by cost and cut where the cost so far
 *   plus the least costs of what remains exceeds the minimum (each coordinate costs at least the
 *   least cost of a balanced code). So every V of cost <= the minimum is a leaf: one below it
 *   rejects, those at it are counted.
 * - At a coordinate level the candidates are the cost-sorted list up to the cut or, when they are
 *   fewer, every code choosing the required number of latents in each pair (the only codes the
 *   split accepts), each costed and cut the same way: the same accepted candidates either way.
 * - Symmetry (recoveryRepSymmetry.ts, checked there on every code): the first head runs over one
 *   code per orbit of the signed permutations, its count weighted by the orbit's size.
 * Every candidate examined counts as a step (a compatible code as 4); past maxSteps the certificate is rejected as too large.
 */
import { reject } from './reject.js';
import { orbitsOf, symmetryHolds } from './recoveryRepSymmetry.js';

export type RepBias = 'head+rep' | 'hier-sum' | 'hier-max';

export interface RepSearch {
  readonly d: number;
  readonly tasks: readonly number[];
  readonly bias: RepBias;
  readonly headCost: (g: number) => number;
  readonly coordinateCost: (b: number) => number;
}

function ones(v: number): number {
  let c = 0;
  for (let m = v >>> 0; m !== 0; m &= m - 1) c++;
  return c;
}

interface Pair {
  readonly z: number;
  readonly x: number;
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

function choose(n: number, k: number): number {
  let c = 1;
  for (let i = 0; i < k; i++) c = (c * (n - i)) / (i + 1);
  return c;
}

/**
 * Calls visit(code) for every code that takes exactly want[i] points of sides[i] for each i (the
 * sides are disjoint): all the codes the split can accept, and no others.
 */
function forEachCompatible(sides: readonly number[], want: readonly number[], visit: (code: number) => void): void {
  const pick = (i: number, rest: number, left: number, acc: number): void => {
    if (left === 0) {
      if (i + 1 === sides.length) visit(acc >>> 0);
      else pick(i + 1, sides[i + 1]!, want[i + 1]!, acc);
      return;
    }
    if (ones(rest) < left) return;
    const low = rest & -rest;
    pick(i, rest & ~low, left - 1, acc | low);
    pick(i, rest & ~low, left, acc);
  };
  pick(0, sides[0]!, want[0]!, 0);
}

function byCost(codes: number[], cost: (c: number) => number): { code: number; cost: number }[] {
  return codes.map((code) => ({ code, cost: cost(code) })).sort((a, b) => a.cost - b.cost);
}

/** How many entries of the cost-sorted list cost at most `cap`. */
function within(list: readonly { cost: number }[], cap: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.cost <= cap) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The number of V of cost exactly `minimum`; rejects if any costs less (see the header). */
export function countRepMinimisers(p: RepSearch, minimum: number, maxSteps: number, useSymmetry = true): bigint {
  const { d, tasks, bias } = p;
  const size = 1 << d;
  const full = 2 ** size - 1;
  const weight = (w: number): number[] => [...Array(2 ** size).keys()].filter((c) => ones(c) === w);
  const heads = tasks.map((h) => byCost(weight(ones(h)), p.headCost));
  const balanced = weight(size / 2);
  const coords = byCost(balanced, p.coordinateCost);
  const coordTable = new Uint8Array(2 ** size);
  for (const e of coords) coordTable[e.code] = e.cost;
  const on = useSymmetry && symmetryHolds(d, p.headCost, p.coordinateCost, balanced);
  const first = orbitsOf(d, weight(ones(tasks[0]!)), on)
    .map((o) => ({ code: o.rep, cost: p.headCost(o.rep), size: BigInt(o.size) }))
    .sort((a, b) => a.cost - b.cost);
  const least = coords[0]!.cost;
  const repFloor = bias === 'hier-max' ? least : d * least;
  const headRest = heads.map((_, t) => heads.slice(t).reduce((s, l) => s + l[0]!.cost, 0));
  headRest.push(0);
  const bits = [...Array(d).keys()].map((j) => [...Array(size).keys()].reduce((acc, x) => ((x >>> j) & 1 ? acc | (1 << x) : acc), 0) >>> 0);
  let steps = 0;
  let count = 0n;
  const step = (by = 1): void => {
    if ((steps += by) > maxSteps) reject(`the re-check would examine more than ${maxSteps} candidates (too large for the verifier)`);
  };
  // Coordinate level j with heads costing `spent` and coordinates `rep` (sum or max) so far.
  const coordinates = (j: number, pairs: readonly Pair[], spent: number, rep: number): void => {
    if (j === d) {
      const total = spent + rep;
      if (total < minimum) reject(`a bijection costs ${total}, less than the stated minimum ${minimum}`);
      if (total === minimum) count++;
      return;
    }
    const cap = bias === 'hier-max' ? minimum - spent : minimum - spent - rep - (d - j - 1) * least;
    const visit = (code: number, cost: number): void => {
      const next = split(pairs, code, bits[j]!);
      if (next !== null) coordinates(j + 1, next, spent, bias === 'hier-max' ? Math.max(rep, cost) : rep + cost);
    };
    // The cost-sorted list up to the cap, or, when fewer, the codes the split can accept.
    const sides = pairs.map((q) => q.z);
    const want = pairs.map((q) => ones(q.x & bits[j]!));
    const compatible = sides.reduce((acc, side, i) => acc * choose(ones(side), want[i]!), 1);
    if (compatible < within(coords, cap)) {
      forEachCompatible(sides, want, (code) => {
        step(4); // each of these passes the split (an allocation): about 4 list candidates' work
        if (coordTable[code]! <= cap) visit(code, coordTable[code]!);
      });
      return;
    }
    for (const { code, cost } of coords) {
      step();
      if (cost > cap) break;
      visit(code, cost);
    }
  };
  const headLevel = (t: number, pairs: readonly Pair[], spent: number): void => {
    if (t === tasks.length) return coordinates(0, pairs, spent, 0);
    for (const { code, cost } of heads[t]!) {
      step();
      if (spent + cost + headRest[t + 1]! + repFloor > minimum) break;
      const next = split(pairs, tasks[t]!, code);
      if (next !== null) headLevel(t + 1, next, spent + cost);
    }
  };
  for (const { code, cost, size: orbit } of first) {
    step();
    if (cost + headRest[1]! + repFloor > minimum) break;
    const next = split([{ z: full, x: full }], tasks[0]!, code);
    if (next === null) continue;
    const before = count;
    headLevel(1, next, cost);
    count = before + (count - before) * orbit;
  }
  return count;
}
