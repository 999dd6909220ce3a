/**
 * The coordinates of the d = 5 re-check under head+rep / hier-sum past the coordinate list
 * (recoveryD5RepSearch.ts; docs/certificates.md, "Dear coordinates in the d = 5 re-checks"):
 * the list holds every coordinate of cost <= reach (on psi's image at m = 6: extension degree
 * <= 2 or 3; at m = 5: Fourier degree <= 3), and at a head leaf the minimum leaves the
 * coordinates R = minimum - heads in all, so one coordinate up to R - 4 floors > reach.
 *
 * - Split by cost profile: every V has exactly one profile p = (cost of Phi_0, ..., Phi_4), each
 *   >= the floor and <= 6 (no coordinate costs more), with sum <= R; one pass per such p. The passes are disjoint and together hold
 *   every V below the head leaf within the minimum, so their counts add up (and the orbit weights
 *   of the first head stay exact: the union of the passes is the set of every V within the
 *   minimum, invariant under V -> A o V).
 * - In a pass the positions go in increasing cost (the cheap codes split the classes first, the
 *   dear ones come last on fine classes). At position j of cost c the candidates are the codes of
 *   cost exactly c that fit the classes: for c <= reach the list's codes of cost c (or, when fewer
 *   fit the classes, those fitting codes costed from the definition); for c > reach every fitting
 *   code, costed from the definition (coordinateCost: by exact membership on psi's image, or the
 *   Fourier degree at m = 5), kept when its cost is c.
 * - A leaf is a bijection V of total heads + sum(p): below the minimum it refutes it, at it it is
 *   counted (leaf of recoveryD5RepSearch.ts).
 * - Both routes take only one V per orbit of G, the signed permutations fixing the heads
 *   (recoveryD5RepStabiliser.ts), within the pass: G_p, those keeping the pass's profile (or dear
 *   set), acts freely on the pass's V; a node is cut as soon as some member of G_p maps its
 *   chosen codes to a lexicographically smaller tuple, and each leaf stands for |G_p| V.
 */
import { type Classes, compatibleCount, fits, forEachCompatible, splitBy } from './recoveryD5Classes.js';
import { ones32 } from './recoveryD5Candidates.js';
import type { CostList } from './recoveryD5RepSearch.js';
import { type SignedPerm, narrowed, passSymmetry } from './recoveryD5RepStabiliser.js';

/** The points x with bit j set, j = 0..4. */
const BITS = [0, 1, 2, 3, 4].map((j) => Array.from({ length: 32 }, (_, x) => x).reduce((acc, x) => ((x >>> j) & 1 ? acc | (1 << x) : acc), 0) >>> 0);

export interface DearContext {
  /** The listed coordinates (cost <= reach), by increasing cost. */
  readonly coordinates: CostList;
  readonly reach: number;
  /** The least cost of any coordinate. */
  readonly floor: number;
  readonly coordinateCost: (b: number) => number;
  readonly tick: (by?: number) => void;
  /** A bijection found (the classes are singletons), of this total, standing for `times` V (recoveryD5RepStabiliser.ts). */
  readonly leaf: (c: Classes, total: number, times: bigint) => void;
}

/** No coordinate costs more (Fourier degree <= 5 at m = 5; V_M is everything, M <= 6): at most 6^5 profiles for any R. */
export const COORDINATE_MAX_COST = 6;

/** Every cost profile (5 costs in floor..COORDINATE_MAX_COST, sum <= R), in a fixed order. */
export function costProfiles(floor: number, R: number): number[][] {
  const out: number[][] = [];
  const go = (acc: number[], left: number): void => {
    if (acc.length === 5) return void out.push(acc);
    for (let c = floor; c <= Math.min(COORDINATE_MAX_COST, left - (4 - acc.length) * floor); c++) go([...acc, c], left - c);
  };
  go([], R);
  return out;
}

/** The search below a head leaf of these classes and head total (header). */
export function dearCoordinates(x: DearContext): (c: Classes, heads: number, R: number, G: readonly SignedPerm[]) => void {
  const l = x.coordinates;
  // The list's codes of each cost c <= reach.
  const listed = new Map<number, Uint32Array>();
  for (let i = 0; i < l.codes.length; ) {
    let e = i;
    while (e < l.codes.length && l.costs[e] === l.costs[i]) e++;
    listed.set(l.costs[i]!, l.codes.slice(i, e));
    i = e;
  }
  const profilesOf = new Map<number, number[][]>();
  return (c0, heads, R, G) => {
    let profiles = profilesOf.get(R);
    if (profiles === undefined) profilesOf.set(R, (profiles = costProfiles(x.floor, R)));
    const symmetryOf = passSymmetry(x.tick, G);
    for (const p of profiles) {
      x.tick();
      const order = [0, 1, 2, 3, 4].sort((a, b) => p[a]! - p[b]! || a - b);
      const total = heads + p.reduce((a, b) => a + b, 0);
      const chosen = [-1, -1, -1, -1, -1];
      const sym = symmetryOf(p);
      const level = (j: number, c: Classes, open: readonly SignedPerm[]): void => {
        x.tick();
        if (j === 5) return x.leaf(c, total, sym.size);
        const pos = order[j]!;
        const cost = p[pos]!;
        const want = c.xs.map((m) => ones32((m & BITS[pos]!) >>> 0));
        const visit = (b: number): void => {
          chosen[pos] = b;
          const still = narrowed(x.tick, open, order, chosen);
          const next = still === null ? null : splitBy(c, BITS[pos]!, b);
          if (next !== null) level(j + 1, next, still!);
          chosen[pos] = -1;
        };
        const list = cost <= x.reach ? (listed.get(cost) ?? new Uint32Array(0)) : null;
        if (list === null || compatibleCount(c.zs, want) <= list.length) {
          forEachCompatible(c.zs, want, () => x.tick(4), (b) => {
            if (x.coordinateCost(b) === cost) visit(b);
          });
          return;
        }
        for (let i = 0; i < list.length; i++) {
          x.tick();
          if (fits(c.zs, want, list[i]!)) visit(list[i]!);
        }
      };
      level(0, c0, sym.open);
    }
  };
}

/**
 * Under hier-max (the objective heads + the dearest coordinate's cost), past the list: at a head
 * leaf every coordinate may cost up to cap = minimum - heads. One pass per set E of dear positions
 * (cost > reach; every V has exactly one E): the positions outside E first, from the list or their
 * fitting codes (cost <= min(cap, reach)), those in E last, every fitting code costed from the
 * definition and kept when reach < cost <= cap. A leaf's total is heads + the largest cost on its
 * way. E = {} is the listed route itself; the passes add up as above.
 */
export function dearMaxCoordinates(x: DearContext): (c: Classes, heads: number, cap: number, G: readonly SignedPerm[]) => void {
  const l = x.coordinates;
  return (c0, heads, cap, G) => {
    const symmetryOf = passSymmetry(x.tick, G);
    for (let e = 0; e < 32; e++) {
      if (e !== 0 && cap <= x.reach) break;
      x.tick();
      const order = [0, 1, 2, 3, 4].sort((a, b) => ((e >>> a) & 1) - ((e >>> b) & 1) || a - b);
      const chosen = [-1, -1, -1, -1, -1];
      const sym = symmetryOf([0, 1, 2, 3, 4].map((k) => (e >>> k) & 1));
      const level = (j: number, c: Classes, worst: number, open: readonly SignedPerm[]): void => {
        x.tick();
        if (j === 5) return x.leaf(c, heads + worst, sym.size);
        const pos = order[j]!;
        const isDear = ((e >>> pos) & 1) === 1;
        const want = c.xs.map((m) => ones32((m & BITS[pos]!) >>> 0));
        const visit = (b: number, cost: number): void => {
          chosen[pos] = b;
          const still = narrowed(x.tick, open, order, chosen);
          const next = still === null ? null : splitBy(c, BITS[pos]!, b);
          if (next !== null) level(j + 1, next, Math.max(worst, cost), still!);
          chosen[pos] = -1;
        };
        if (isDear || compatibleCount(c.zs, want) <= l.codes.length) {
          forEachCompatible(c.zs, want, () => x.tick(4), (b) => {
            const cost = x.coordinateCost(b);
            if (cost <= cap && (isDear ? cost > x.reach : cost <= x.reach)) visit(b, cost);
          });
          return;
        }
        for (let i = 0; i < l.codes.length; i++) {
          x.tick();
          if (l.costs[i]! > Math.min(cap, x.reach)) break;
          if (fits(c.zs, want, l.codes[i]!)) visit(l.codes[i]!, l.costs[i]!);
        }
      };
      level(0, c0, 0, sym.open);
    }
  };
}
