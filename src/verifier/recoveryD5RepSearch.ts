/**
 * The search of the d = 5 re-check under a representation bias (recoveryD5Rep.ts): head+rep /
 * hier-sum (heads' degrees + the sum of Phi's coordinates' degrees) or hier-max (+ their max),
 * Phi = V o psi^-1, psi a bijection of C_5. Heads first, then the five coordinates as further
 * levels, on the class pairs of recoveryD5Classes.ts:
 *
 * - Head tuples split by cost profile (searchRep): head t of degree exactly c_t. A head g of task
 *   t splits each pair into (X & g, Z & h_t) and the rest, sizes kept; the candidates are the
 *   listed codes of degree c_t, or, when fewer codes fit the pairs, those codes with their degree
 *   computed (the same set). At a node every later task must keep a fitting candidate among its
 *   first SCAN ones (or have more than SCAN), else the node is cut.
 * - Coordinate level j: the data b of Phi_j on the latents (bit z of b = bit j of V(z)), a balanced
 *   code, split (Z & b, X & {x : bit j of x}); its cost is the Fourier degree of b moved by psi.
 *   cap = minimum - heads - coordinates so far - (4 - j) least coordinate costs (sums), or
 *   minimum - heads (max). The cost-sorted list up to the cap, or the fitting codes when fewer,
 *   costed from the definition. After level 5 each pair is one latent and one point: the leaves
 *   are the bijections V, each once.
 * - The head lists hold every head of cost <= headReach (3, or 2). With headBudgets a profile
 *   may give task t a cost c_t above it: the task then has no candidates (it splits nothing) and
 *   each leaf is kept only when h_t o V^-1 has Fourier degree exactly c_t (another profile's V
 *   otherwise), so the profiles still partition the V.
 * - The coordinate list holds every code of cost <= coordinateReach (absent: every one a cap
 *   admits, and the levels below run). With a reach, at every head leaf the coordinates are
 *   searched past it (recoveryD5RepDear.ts): by cost profile under the sums, by the set of dear
 *   positions under hier-max, cheap positions first and the dear ones last.
 * - The first head runs over one code per orbit (recoveryD5Symmetry.ts): V -> A o V permutes and
 *   complements the coordinates (their costs' sum and max unchanged) and keeps the heads' costs.
 *   Each later head runs over one code per orbit of the signed permutations fixing the heads
 *   chosen before it, and past the coordinate list, at each head leaf, one V per orbit of those
 *   fixing every chosen head (recoveryD5RepStabiliser.ts); the weights multiply (bigint).
 * A leaf below the minimum rejects it; those at it are counted, and those in the group.
 */
import { reject } from './reject.js';
import { fourierDegree5, ones32 } from './recoveryD5Candidates.js';
import type { D5Count, D5Group } from './recoveryD5Search.js';
import { type Classes, WHOLE, compatibleCount, fits, forEachCompatible, splitBy } from './recoveryD5Classes.js';
import { type Orbit5, orbits5 } from './recoveryD5Symmetry.js';
import { inGroup } from './recoveryD5Maps.js';
import type { Steps } from './recoveryD5Portfolio.js';
import { dearCoordinates, dearMaxCoordinates } from './recoveryD5RepDear.js';
import { type SignedPerm, fixing, headOrbit, signedPerms5 } from './recoveryD5RepStabiliser.js';

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
  /** false: the first head runs over every code (the tests compare the counts). */
  readonly symmetry?: boolean;
  /** Every coordinate of cost <= this is in `coordinates` (absent: every one a cap admits). */
  readonly coordinateReach?: number;
  /** The heads are listed to this cost; with headBudgets, a head costing more is checked at the leaf. */
  readonly headReach?: number;
  /** Per task, the most its head may cost (may exceed headReach). */
  readonly headBudgets?: readonly number[];
  /** The signed permutations fixing these heads (recoveryD5RepStabiliser.ts), from H; false: none (the tests compare). Tests may plant a wrong one. */
  readonly stabiliser?: false | ((H: readonly SignedPerm[], g: number) => readonly SignedPerm[]);
}

/** The head h o V^-1 of latent code h: bit v(z) set where bit z of h is. */
function moved(v: readonly number[], h: number): number {
  let c = 0;
  for (let z = 0; z < 32; z++) if ((h >>> z) & 1) c |= 1 << v[z]!;
  return c >>> 0;
}

/** How unbalanced a task is (the second rule's key; 33 for a constant task). */
const skewOf = (h: number): number => Math.min(ones32(h), 32 - ones32(h)) || 33;

/**
 * The rules worth trying (recoveryD5Portfolio.ts): rule 1 sorts by skew, then list size, rule 0 by
 * list size, then skew, both then by index; when every task has the same skew they are the same
 * order in every profile, so rule 1 would only repeat rule 0's work and rule 0 gets the whole
 * budget (the order decides only the work, never the count or the verdict).
 */
export function repRules(tasks: readonly number[]): number[][] {
  return new Set(tasks.map(skewOf)).size === 1 ? [[0]] : [[0], [1]];
}

/** Orbits of a cost-exact list, per (weight, cost): the same codes, so computed once. */
type OrbitCache = Map<string, readonly Orbit5[]>;

/**
 * Counts the bijections of cost exactly the minimum (and those in the group), rejecting one below
 * it. The head tuples are split by their cost profile (c_t the exact cost of head t, floor <= c_t
 * <= budget, sum + the coordinates' floor <= minimum): each tuple has one profile. Within a
 * profile each task's candidates are its codes of cost exactly c_t, the tasks with the fewest go
 * first (rule 0) or the most unbalanced first (rule 1), and at a node every later task must still
 * have a code that fits the pairs among its first SCAN candidates, or more (else the node is cut).
 */
export function searchRep(s: RepLists, rule: number, steps: Steps, orbitCache: OrbitCache = new Map()): D5Count {
  const { tasks, minimum, max, coordinateFloor: cf } = s;
  const k = tasks.length;
  const tick = (by?: number): void => steps.tick(by);
  const repFloor = max ? cf : 5 * cf;
  let minimizers = 0n;
  let inside = 0n;
  let leaves = 0;
  let weight = 1n;
  // byCost[t][c]: task t's candidates of cost exactly c.
  const byCost = s.heads.map((l) => [0, 1, 2, 3].map((c) => l.codes.filter((_, i) => l.costs[i] === c)));
  // Heads past the lists (cost > hReach): no candidates, their exact cost checked at the leaf.
  const hReach = s.headReach ?? 3;
  const floors = s.heads.map((l) => (l.costs.length > 0 ? l.costs[0]! : s.headBudgets !== undefined ? hReach + 1 : 4));
  // A head has Fourier degree <= 5: no profile past it (a crafted minimum cannot blow up the profiles).
  const budgets = s.heads.map((l, t) => Math.min(5, Math.max(l.costs.length > 0 ? l.costs[l.costs.length - 1]! : -1, s.headBudgets?.[t] ?? -1)));
  let deferred: readonly (readonly [number, number])[] = [];
  const skew = (t: number): number => skewOf(tasks[t]!);
  const leaf = (c: Classes, total: number, times = 1n): void => {
    const v = new Array<number>(32);
    c.zs.forEach((z, q) => (v[31 - Math.clz32(z)] = 31 - Math.clz32(c.xs[q]!)));
    for (const [h, cost] of deferred) if (fourierDegree5(moved(v, h)) !== cost) return; // another pass's V
    if (total < minimum) reject(`a bijection costs ${total}, less than the stated minimum ${minimum}`);
    if (total > minimum) return;
    leaves++;
    minimizers += weight * times;
    if (inGroup(s.group, v)) inside += weight * times;
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
  const reach = s.coordinateReach ?? Infinity;
  const context = { coordinates: s.coordinates, reach, floor: cf, coordinateCost: s.coordinateCost, tick, leaf };
  const dear = dearCoordinates(context);
  const dearMax = dearMaxCoordinates(context);
  const fix = s.stabiliser === false ? (H: readonly SignedPerm[]) => H.slice(0, 1) : (s.stabiliser ?? fixing);
  // groups[i]: the signed permutations fixing the first i listed heads chosen on the way (groups[0]: all 3840).
  const groups: (readonly SignedPerm[])[] = [signedPerms5()];
  const runProfile = (profile: readonly number[], spent: number): void => {
    const lists = profile.map((c, t) => (c > hReach ? [] : byCost[t]![c]!));
    deferred = tasks.flatMap((h, t) => (profile[t]! > hReach ? [[h, profile[t]!] as const] : []));
    const order = tasks.map((_, t) => t).filter((t) => profile[t]! <= hReach).sort((a, b) => (rule === 0 ? lists[a]!.length - lists[b]!.length || skew(a) - skew(b) : skew(a) - skew(b) || lists[a]!.length - lists[b]!.length) || a - b);
    if (order.some((t) => lists[t]!.length === 0)) return;
    const possible = (u: number, c: Classes): boolean => {
      const l = lists[u]!;
      const h = tasks[u]!;
      const want = c.zs.map((m) => ones32((m & h) >>> 0));
      const n = Math.min(l.length, SCAN);
      for (let i = 0; i < n; i++) {
        tick();
        if (fits(c.xs, want, l[i]!)) return true;
      }
      return n < l.length;
    };
    const head = (i: number, c: Classes): void => {
      tick();
      if (i === order.length) {
        if (reach === Infinity) return coordinate(0, c, spent, 0);
        const G = groups[i]!;
        return max ? dearMax(c, spent, minimum - spent, G) : dear(c, spent, minimum - spent, G);
      }
      for (let u = i + 1; u < order.length; u++) if (!possible(order[u]!, c)) return;
      const t = order[i]!;
      const h = tasks[t]!;
      const cost = profile[t]!;
      const want = c.zs.map((m) => ones32((m & h) >>> 0));
      // Past the first head: one code per orbit of the signed permutations fixing the heads so far (recoveryD5RepStabiliser.ts).
      const H = groups[i]!;
      const visit = (g: number): void => {
        let times = 1;
        if (i > 0 && H.length > 1) {
          tick(Math.ceil(H.length / 16)); // about one fits() test's work per 16 images
          const o = headOrbit(g, H);
          if (o === null) return;
          times = o;
        }
        const next = splitBy(c, g, h);
        if (next === null) return;
        const saved = weight;
        weight = saved * BigInt(times);
        tick(Math.ceil(H.length / 16));
        groups[i + 1] = fix(H, g);
        head(i + 1, next);
        weight = saved;
      };
      const l = lists[t]!;
      if (i === 0) {
        const key = `${ones32(h)}:${cost}:${l.length}`;
        let orbits = orbitCache.get(key);
        if (orbits === undefined) orbitCache.set(key, (orbits = s.symmetry === false ? Array.from(l, (rep) => ({ rep, size: 1 })) : orbits5(Array.from(l), tick)));
        for (const o of orbits) {
          if (!fits(c.xs, want, o.rep)) continue;
          weight = BigInt(o.size);
          visit(o.rep);
        }
        weight = 1n;
        return;
      }
      if (compatibleCount(c.xs, want) <= l.length) {
        forEachCompatible(c.xs, want, tick, (g) => {
          if (fourierDegree5(g) === cost) visit(g);
        });
        return;
      }
      for (let n = 0; n < l.length; n++) {
        tick();
        if (fits(c.xs, want, l[n]!)) visit(l[n]!);
      }
    };
    head(0, WHOLE);
  };
  // Every profile within the budgets whose total, with the later floors and the coordinates' floor, stays <= minimum.
  const restFloor = tasks.map((_, t) => floors.slice(t + 1).reduce((a, f) => a + f, 0));
  const profiles = (t: number, acc: number[], spent: number): void => {
    if (t === k) return runProfile(acc, spent);
    for (let c = floors[t]!; c <= budgets[t]!; c++) {
      if (spent + c + restFloor[t]! + repFloor > minimum) break;
      tick();
      profiles(t + 1, [...acc, c], spent + c);
    }
  };
  profiles(0, [], 0);
  return { minimizers, inGroup: inside, leaves, work: steps.total() };
}
