/**
 * The search of the d = 5 re-check under a representation bias (recoveryD5Rep.ts) in one order of
 * the tasks: head+rep / hier-sum (heads' degrees + the sum of Phi's coordinates' degrees) or
 * hier-max (+ their max), Phi = V o psi^-1, psi a bijection of C_5. Heads first, then the five
 * coordinates as further levels, on the class pairs of recoveryD5Classes.ts:
 *
 * - head level (task t): a code g of h_t's weight splits each pair into (X & g, Z & h_t) and the
 *   rest, sizes kept; its cost (Fourier degree) at most cap = minimum - spent - the later heads'
 *   bounds - the coordinates' floor (5 least coordinate costs, or one for the max). A later head's
 *   bound is the cost of the first code of its sorted list that fits the pairs now (they only
 *   refine), after SCAN codes the cost reached; none fitting cuts the node.
 * - coordinate level j: the data b of Phi_j on the latents (bit z of b = bit j of V(z)), a balanced
 *   code, split (Z & b, X & {x : bit j of x}); its cost is the Fourier degree of b moved by psi.
 *   cap = minimum - heads - coordinates so far - (4 - j) least coordinate costs (sums), or
 *   minimum - heads (max). After level 5 each pair is one latent and one point: the leaves are the
 *   bijections V, each once.
 * - Candidates: the task's (or the coordinates') list sorted by cost up to the cap, or, when fewer
 *   codes fit the pairs, those codes costed from the definition: the same accepted set, since the
 *   caller checked that no cap exceeds the lists' degree.
 * - The first head runs over one code per orbit (recoveryD5Symmetry.ts): V -> A o V permutes and
 *   complements the coordinates (their costs' sum and max unchanged) and keeps the heads' costs.
 * A leaf below the minimum rejects it; those at it are counted, and those in the group.
 */
import { reject } from './reject.js';
import { fourierDegree5, ones32 } from './recoveryD5Candidates.js';
import type { D5Count, D5Group } from './recoveryD5Search.js';
import { type Classes, WHOLE, compatibleCount, fits, forEachCompatible, splitBy } from './recoveryD5Classes.js';
import { orbits5 } from './recoveryD5Symmetry.js';
import { inGroup } from './recoveryD5Maps.js';
import type { Steps } from './recoveryD5Portfolio.js';

const SCAN = 64;
/** The points x with bit j set, j = 0..4. */
const BITS = [0, 1, 2, 3, 4].map((j) => Array.from({ length: 32 }, (_, x) => x).reduce((acc, x) => ((x >>> j) & 1 ? acc | (1 << x) : acc), 0) >>> 0);

export interface CostList {
  readonly codes: Uint32Array;
  /** Ascending. */
  readonly costs: Uint8Array;
}

export interface RepLists {
  readonly tasks: readonly number[];
  readonly max: boolean;
  readonly minimum: number;
  readonly group: D5Group;
  /** Per task: its heads within its budget, by increasing cost. */
  readonly heads: readonly CostList[];
  /** The coordinates' latent data b within the coordinate budget, by increasing cost. */
  readonly coordinates: CostList;
  /** The least cost of a coordinate (a lower bound for every coordinate). */
  readonly coordinateFloor: number;
  /** deg(Phi_j) for latent data b: the Fourier degree of b moved by psi. */
  readonly coordinateCost: (b: number) => number;
}

export function searchRepInOrder(s: RepLists, order: readonly number[], steps: Steps): D5Count {
  const { tasks, minimum, max, coordinateFloor: cf } = s;
  const tick = (by?: number): void => steps.tick(by);
  const repFloor = max ? cf : 5 * cf;
  let minimizers = 0n;
  let inside = 0n;
  let leaves = 0;
  let weight = 1n;
  const least = (u: number, c: Classes): number | null => {
    const l = s.heads[u]!;
    const h = tasks[u]!;
    const want = c.zs.map((m) => ones32((m & h) >>> 0));
    const n = Math.min(l.codes.length, SCAN);
    for (let i = 0; i < n; i++) {
      tick();
      if (fits(c.xs, want, l.codes[i]!)) return l.costs[i]!;
    }
    return n < l.codes.length ? l.costs[n]! : null;
  };
  const leaf = (c: Classes, total: number): void => {
    if (total < minimum) reject(`a bijection costs ${total}, less than the stated minimum ${minimum}`);
    if (total > minimum) return;
    leaves++;
    minimizers += weight;
    const v = new Array<number>(32);
    c.zs.forEach((z, q) => (v[31 - Math.clz32(z)] = 31 - Math.clz32(c.xs[q]!)));
    if (inGroup(s.group, v)) inside += weight;
  };
  const coordinate = (j: number, c: Classes, heads: number, rep: number): void => {
    tick();
    if (j === 5) return leaf(c, heads + rep);
    const cap = max ? minimum - heads : minimum - heads - rep - (4 - j) * cf;
    const want = c.xs.map((m) => ones32((m & BITS[j]!) >>> 0));
    const visit = (b: number, cost: number): void => {
      const next = splitBy(c, BITS[j]!, b);
      if (next !== null) coordinate(j + 1, next, heads, max ? Math.max(rep, cost) : rep + cost);
    };
    const l = s.coordinates;
    if (compatibleCount(c.zs, want) <= l.codes.length) {
      forEachCompatible(c.zs, want, () => tick(4), (b) => {
        const cost = s.coordinateCost(b);
        if (cost <= cap) visit(b, cost);
      });
      return;
    }
    for (let i = 0; i < l.codes.length; i++) {
      tick();
      if (l.costs[i]! > cap) break;
      if (fits(c.zs, want, l.codes[i]!)) visit(l.codes[i]!, l.costs[i]!);
    }
  };
  const head = (i: number, c: Classes, spent: number): void => {
    tick();
    if (i === order.length) return coordinate(0, c, spent, 0);
    let after = 0;
    for (let u = i + 1; u < order.length; u++) {
      const b = least(order[u]!, c);
      if (b === null) return;
      after += b;
    }
    const cap = minimum - spent - after - repFloor;
    if (cap < 0) return;
    const t = order[i]!;
    const h = tasks[t]!;
    const want = c.zs.map((m) => ones32((m & h) >>> 0));
    const visit = (g: number, cost: number): void => {
      const next = splitBy(c, g, h);
      if (next !== null) head(i + 1, next, spent + cost);
    };
    const l = s.heads[t]!;
    if (i === 0) {
      const cost = new Map(Array.from(l.codes, (g, n) => [g, l.costs[n]!]));
      for (const o of orbits5(Array.from(l.codes), tick)) {
        if (cost.get(o.rep)! > cap || !fits(c.xs, want, o.rep)) continue;
        weight = BigInt(o.size);
        visit(o.rep, cost.get(o.rep)!);
      }
      weight = 1n;
      return;
    }
    if (compatibleCount(c.xs, want) <= l.codes.length) {
      forEachCompatible(c.xs, want, tick, (g) => {
        const cost = fourierDegree5(g);
        if (cost <= cap) visit(g, cost);
      });
      return;
    }
    for (let n = 0; n < l.codes.length; n++) {
      tick();
      if (l.costs[n]! > cap) break;
      if (fits(c.xs, want, l.codes[n]!)) visit(l.codes[n]!, l.costs[n]!);
    }
  };
  head(0, WHOLE, 0);
  return { minimizers, inGroup: inside, leaves, work: steps.total() };
}
