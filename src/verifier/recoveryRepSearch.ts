/**
 * The verifier's count of the bijections V of C_d (d <= 4) of cost <= a stated minimum under a
 * representation bias (head+rep, hier-sum: sum_t deg(g_t) + sum_j deg(Phi_j); hier-max:
 * sum_t deg(g_t) + max_j deg(Phi_j)), with g_t = h_t o V^-1 and Phi_j(psi(z)) = bit j of V(z).
 * Plain; it rejects when some V costs less than the minimum.
 *
 * A search over class pairs (Z, X) (recoveryRepSplit.ts): sets of latents z and of representation
 * points x that V must map onto each other, starting from (C_d, C_d).
 * - One head level first, for the task `first` (chosen below): a head g is a code with as many -1
 *   values as h = h_first; it splits (C_d, C_d) into (h, g) and (C_d \ h, C_d \ g), |h| = |g|.
 * - Then the d coordinate levels, in the order chosen below: level j chooses the data b of Phi_j
 *   on psi's image (bit z of b = bit j of V(z)), a balanced code (V is a bijection); it splits
 *   (Z, X) into (Z & b, X & B_j) and (Z \ b, X \ B_j), B_j = {x : bit j of x is 1}, and must have
 *   |Z & b| = |X & B_j| in each. After all d levels each X is one point x (every bit of x is
 *   fixed), each Z then one latent z, and V(z) = x: the leaves are exactly the bijections V whose
 *   head for `first` is g, each visited once (its coordinates are determined by V). At a leaf the
 *   other heads h_t o V^-1 are read off V and costed from the definition, and the total decides:
 *   below the minimum rejects, at it counts. Which open level a node splits next changes the work,
 *   never the leaves: the one with the fewest candidates.
 * - Look-ahead at every node: every V of the node maps each Z onto its X, so its coordinate for an
 *   open level j meets the counts |Z & b| = |X & B_j| and its head for task t the counts
 *   |X & g| = |Z & h_t|; the cheapest code of the cost-sorted list that meets them bounds that
 *   level's or head's cost from below (leastMeeting, recoveryRepSplit.ts). The heads come first
 *   (recoveryRepCells.ts), and the node is dropped as soon as the bound, retaken once the raises
 *   could have lifted it past the cut, passes it (docs/math.md, "Dropping a node during the heads'
 *   look-ahead"); the task that last dropped a node is looked up first.
 * - Cuts: candidate lists are sorted by cost; a node or a candidate is dropped when the lower
 *   bound of recoveryRepBound.ts (the first head, the other heads' look-ahead bounds raised by the
 *   composition bound, the chosen coordinates and the open ones' bounds) exceeds the minimum. So
 *   every V of cost <= the minimum is a leaf: one below it rejects, those at it are counted.
 * - At a coordinate level the candidates are the cost-sorted list up to the cut or, when they are
 *   fewer, every code choosing the required number of latents in each pair (the only codes the
 *   split accepts), each costed and cut the same way: the same accepted candidates either way.
 * - Symmetry (recoveryRepSymmetry.ts, checked there on every code): the first head runs over one
 *   code per orbit of the signed permutations, its count weighted by the orbit's size.
 * - Latent symmetry (recoveryRepLatentSymmetry.ts, checked there): a node carries the elements of
 *   R that keep each of its latent classes (all of R after the head level: they fix every task);
 *   a coordinate level runs over one code per orbit of them, its count multiplied by the orbit's
 *   size, the child keeping the elements that fix the chosen code (docs/math.md, "Counting
 *   minimisers by orbits in the verifier").
 * - Whole nodes (recoveryRepWhole.ts; docs/math.md, "Counting a whole node of the rep search"):
 *   when every V of a node costs at most the minimum (fixed heads, each open coordinate at most the
 *   dearest balanced code), the node is searched with the cut at minimum - 1 (a leaf there
 *   rejects) and then counts all its prod |Z|! bijections; `wholeNodes = false` turns this off.
 * - Which task goes first changes the work, never the count: each V is a leaf under its own head
 *   for that task. The caller may name it (a hint it need not trust); by default the task whose
 *   heads' costs spread the widest.
 * Every candidate or look-ahead code examined counts as a step (a generated compatible code as 4,
 * a leaf as its other tasks); past maxSteps the certificate is rejected as too large.
 */
import { Rejection, reject } from './reject.js';
import { fourierDegrees } from './recoveryRepCosts.js';
import { chosenKey, repBound, withDegree } from './recoveryRepBound.js';
import { type Pair, byCost, choose, forEachCompatible, leastMeeting, ones, split, within } from './recoveryRepSplit.js';
import { orbitsOf, symmetryHolds } from './recoveryRepSymmetry.js';
import { latentSymmetry } from './recoveryRepLatentSymmetry.js';
import { act } from './orbitGroup.js';
import { wholeNode } from './recoveryRepWhole.js';
import { cellLookahead } from './recoveryRepCells.js';

export type RepBias = 'head+rep' | 'hier-sum' | 'hier-max';

export interface RepSearch {
  readonly d: number;
  readonly tasks: readonly number[];
  readonly bias: RepBias;
  readonly headCost: (g: number) => number;
  readonly coordinateCost: (b: number) => number;
}

/** The rejection for a leaf below the stated minimum; `total` is that bijection's cost (the verdict route, recoverySolveRep.ts, reads it). */
export class BelowMinimum extends Rejection {
  constructor(readonly total: number, minimum: number) {
    super(`a bijection costs ${total}, less than the stated minimum ${minimum}`);
  }
}

/** The default first task: the one whose heads' costs spread the widest (first such); it cuts the most. */
export function defaultFirstTask(d: number, tasks: readonly number[], headCost: (g: number) => number): number {
  const low = new Array<number>((1 << d) + 1).fill(Infinity);
  const high = new Array<number>((1 << d) + 1).fill(-Infinity);
  for (let g = 0; g < 2 ** (1 << d); g++) {
    const [w, c] = [ones(g), headCost(g)];
    [low[w], high[w]] = [Math.min(low[w]!, c), Math.max(high[w]!, c)];
  }
  const spread = (t: number): number => high[ones(tasks[t]!)]! - low[ones(tasks[t]!)]!;
  let best = 0;
  for (let t = 1; t < tasks.length; t++) if (spread(t) > spread(best)) best = t;
  return best;
}

/** The number of V of cost exactly `minimum`; rejects if any costs less (see the header). */
export function countRepMinimisers(p: RepSearch, minimum: number, maxSteps: number, useSymmetry = true, firstTask?: number, wholeNodes = true): bigint {
  const { d, tasks, bias } = p;
  const size = 1 << d;
  const full = 2 ** size - 1;
  const degrees = fourierDegrees(d);
  const first = firstTask !== undefined && Number.isInteger(firstTask) && firstTask >= 0 && firstTask < tasks.length ? firstTask : defaultFirstTask(d, tasks, p.headCost);
  const weight = (w: number): number[] => [...Array(2 ** size).keys()].filter((c) => ones(c) === w);
  const balanced = weight(size / 2);
  const coords = byCost(balanced, p.coordinateCost);
  const coordTable = new Float64Array(2 ** size);
  for (const e of coords) coordTable[e.code] = e.cost;
  const bound = repBound(d, tasks, first, bias, p.headCost, p.coordinateCost, degrees);
  const on = useSymmetry && symmetryHolds(d, p.headCost, p.coordinateCost, balanced);
  // The latent symmetry R (recoveryRepLatentSymmetry.ts), explicit; it keeps the classes h, not h of the first head's split.
  const latent = useSymmetry ? latentSymmetry(d, tasks, p.coordinateCost, balanced) : [];
  const heads = orbitsOf(d, weight(ones(tasks[first]!)), on)
    .map((o) => ({ code: o.rep, cost: p.headCost(o.rep), size: BigInt(o.size) }))
    .sort((a, b) => a.cost - b.cost);
  const others = tasks.filter((_, t) => t !== first);
  // The other tasks whose heads' costs vary, with their codes sorted by cost (for the look-ahead).
  const lists = tasks.map((h, t) => (t === first ? [] : byCost(weight(ones(h)), p.headCost)));
  const varying = lists.map((_, t) => t).filter((t) => lists[t]!.length > 0 && lists[t]![0]!.cost !== lists[t]![lists[t]!.length - 1]!.cost);
  // The order the heads are looked up in: the task whose raise last dropped a node first (it is
  // likely to drop the next one); any order gives the same bound once all are looked up.
  const order = [...varying];
  const cutBy = (t: number): void => {
    const i = order.indexOf(t);
    if (i > 0) order.unshift(...order.splice(i, 1));
  };
  const bits = [...Array(d).keys()].map((j) => [...Array(size).keys()].reduce((acc, x) => ((x >>> j) & 1 ? acc | (1 << x) : acc), 0) >>> 0);
  const v = new Array<number>(size).fill(0);
  // The cut: `minimum`, or minimum - 1 while a whole node is searched for a cheaper V (recoveryRepWhole.ts).
  let limit = minimum;
  // Whole nodes rest on integer costs (the cut one lower leaves exactly the minimum); the
  // hier-max verdict route (recoverySolveRep.ts) lowers coordinate costs by 1/2, so it goes without.
  const integral = coords.every((e) => Number.isInteger(e.cost));
  const whole = wholeNodes && integral ? wholeNode(tasks.filter((_, t) => t !== first), p.headCost, coords[coords.length - 1]!.cost, bias, minimum) : null;
  let steps = 0;
  let count = 0n;
  const step = (by = 1): void => {
    if ((steps += by) > maxSteps) reject(`the re-check would examine more than ${maxSteps} candidates (too large for the verifier)`);
  };
  // The heads' look-ahead by cell table (recoveryRepCells.ts) under the current first head G.
  const cells = cellLookahead(d, p.headCost, step);
  let G = 0;
  const leaf = (pairs: readonly Pair[], total: number): void => {
    step(others.length);
    for (const q of pairs) v[31 - Math.clz32(q.z)] = 31 - Math.clz32(q.x);
    for (const h of others) {
      let g = 0;
      for (let z = 0; z < size; z++) if ((h >>> z) & 1) g |= 1 << v[z]!;
      total += p.headCost(g >>> 0);
    }
    if (total < minimum) throw new BelowMinimum(total, minimum);
    if (total === minimum && limit === minimum) count++;
  };
  const add = (rep: number, c: number): number => (bias === 'hier-max' ? Math.max(rep, c) : rep + c);
  // A node: the first head costs `head`, the chosen coordinates `rep` (sum or max) with latent
  // degrees `chosen` (a key of recoveryRepBound.ts); open: the coordinates j still to choose, with
  // parentOpen[i] a lower bound on open[i]'s cost and parentBelow[t] on task t's head; known: the
  // bound for these arguments when the caller has it. First the
  // look-ahead raises those bounds (every code a V of this node can take meets the pairs' counts).
  const node = (pairs: readonly Pair[], head: number, rep: number, chosen: number, open: readonly number[], parentOpen: readonly number[], parentBelow: readonly number[], stab: readonly (readonly number[])[], known?: number): void => {
    if (whole !== null && limit === minimum) {
      // Every V of the node costs at most the minimum: none costs less (searched with the cut one
      // lower; any leaf found there rejects), so all of them, prod |Z|!, cost exactly the minimum.
      const n = whole(pairs, head, rep, open.length, step);
      if (n !== null) {
        limit = minimum - 1;
        node(pairs, head, rep, chosen, open, parentOpen, parentBelow, stab, known);
        limit = minimum;
        count += n;
        return;
      }
    }
    const la = [...parentOpen];
    const below = [...parentBelow];
    // The heads first (a table lookup each), the bound after them, then the coordinates (a scan
    // each, cut by the bound so far). A stale `low` only lengthens a scan (any cut is sound).
    let low = known ?? bound.lower(head, rep, chosen, la, below);
    if (low > limit) return;
    const S = open.reduce((m, j) => m & ~(1 << j), size - 1);
    // Raising below[t] by r raises each profile's total by at most r (max(c, n) - max(a, n) <= c - a),
    // so the bound can pass the limit only once the raises since it was taken add up past
    // limit - low: only then is it taken again, and the node dropped as soon as it passes (so the
    // bound after the last lookup never drops it; it only tightens the scans' caps).
    let raised = 0;
    for (const t of order) {
      const c = cells(G, S, pairs, tasks[t]!) ?? leastMeeting(lists[t]!, pairs.map((q) => q.x), pairs.map((q) => ones(tasks[t]! & q.z)), limit - low + below[t]!, step);
      if (c <= below[t]!) continue;
      raised += c - below[t]!;
      below[t] = c;
      if (low + raised > limit) {
        [low, raised] = [bound.lower(head, rep, chosen, la, below), 0];
        if (low > limit) return cutBy(t);
      }
    }
    if (raised > 0) low = bound.lower(head, rep, chosen, la, below);
    const want = (j: number): number[] => pairs.map((q) => ones(q.x & bits[j]!));
    const sides = pairs.map((q) => q.z);
    for (let i = 0; i < open.length && low <= limit; i++) {
      const c = leastMeeting(coords, sides, want(open[i]!), limit - low + la[i]!, step);
      if (c > la[i]!) low = bound.lower(head, rep, chosen, ((la[i] = c), la), below);
    }
    if (low > limit) return;
    // Choose the open coordinate with the fewest candidates.
    let pick = 0;
    let fewest = Infinity;
    const caps = open.map((_, i) => limit - head - bound.rest(below) - (bias === 'hier-max' ? 0 : rep + la.reduce((s, c, k) => (k === i ? s : s + c), 0)));
    open.forEach((j, i) => {
      const n = Math.min(within(coords, caps[i]!), want(j).reduce((acc, w, k) => acc * choose(ones(sides[k]!), w), 1));
      if (n < fewest) [pick, fewest] = [i, n];
    });
    const j = open[pick]!;
    const restOpen = open.filter((_, i) => i !== pick);
    const restLa = la.filter((_, i) => i !== pick);
    const cap = caps[pick]!;
    const visit = (code: number, cost: number, sub: readonly (readonly number[])[]): void => {
      const e = withDegree(chosen, degrees[code]!);
      // The child's bound before its look-ahead (the same arguments it starts from), passed down.
      const known = restOpen.length > 0 ? bound.lower(head, add(rep, cost), e, restLa, below) : 0;
      if (known > limit) return;
      const next = split(pairs, code, bits[j]!);
      if (next === null) return;
      if (restOpen.length === 0) leaf(next, head + add(rep, cost));
      else node(next, head, add(rep, cost), e, restOpen, restLa, below, sub, known);
    };
    const wants = want(j);
    const cands: number[] = [];
    if (wants.reduce((acc, w, k) => acc * choose(ones(sides[k]!), w), 1) < within(coords, cap)) {
      forEachCompatible(sides, wants, (code) => {
        step(4);
        if (coordTable[code]! <= cap) cands.push(code);
      });
    } else {
      for (const { code, cost } of coords) {
        step();
        if (cost > cap) break;
        cands.push(code);
      }
    }
    if (stab.length <= 1) {
      for (const code of cands) visit(code, coordTable[code]!, stab);
      return;
    }
    // One code per orbit of the node's latent stabiliser (it keeps every latent class and the costs), weighted by the orbit's size.
    const inSet = new Set(cands);
    const done = new Set<number>();
    for (const code of cands) {
      if (done.has(code)) continue;
      step(stab.length);
      const orbit = new Set(stab.map((B) => act(code, B)));
      for (const y of orbit) {
        if (!inSet.has(y)) reject('internal: the latent symmetry does not keep a level\'s candidates (the re-check stops)');
        done.add(y);
      }
      const before = count;
      visit(code, coordTable[code]!, orbit.size === 1 ? stab : stab.filter((B) => act(code, B) === code));
      count = before + (count - before) * BigInt(orbit.size);
    }
  };
  const allOpen = [...Array(d).keys()];
  const leastOpen = allOpen.map(() => bound.least);
  for (const { code, cost, size: orbit } of heads) {
    step();
    const none = chosenKey([]);
    if (bound.lower(cost, 0, none, leastOpen, bound.floors) > minimum) {
      if (bound.lower(cost, 0, none, leastOpen, bound.floors, false) > minimum) break; // every later head costs at least as much
      continue;
    }
    const next = split([{ z: full, x: full }], tasks[first]!, code);
    if (next === null) continue;
    const before = count;
    G = code;
    node(next, cost, 0, chosenKey([]), allOpen, leastOpen, bound.floors, latent);
    count = before + (count - before) * orbit;
  }
  return count;
}
