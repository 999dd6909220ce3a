/**
 * The lower bound of the representation-bias re-check (recoveryRepSearch.ts): what every V
 * compatible with a node of the search costs at least. With V_j(z) = (-1)^(bit j of V(z)), the
 * coordinates of V as functions of the latents, and g_t = h_t o V^-1 (so h_t = g_t o V):
 *
 * - (composition by profile) deg(h_t) <= top_a(e), a = deg(g_t) and e the degree profile of V
 *   (the latent degrees e_j of its d coordinates, sorted decreasing; top_a the sum of the a
 *   largest): g_t is a sum of characters chi_S with |S| <= a, chi_S o V = prod_{j in S} V_j, and a
 *   product of functions of degrees e_j has degree <= sum_{j in S} e_j <= top_a(e). So a head of a
 *   task of degree D costs >= need(D, e), the least a with top_a(e) >= D (D = 0: the task and its
 *   heads are constant), besides its floor (the least cost of any code of the task's weight). This
 *   needs headCost to be the Fourier degree; the verifier checks that on every code, else D is
 *   taken as 0 (floors only). It implies the bound deg(g_t) >= ceil(D / max_j e_j).
 * - At a node some coordinates are chosen (their latent degrees known, as the multiset `chosen`)
 *   and each open one has a lower bound open[i] on its cost (the search's look-ahead). A V of the
 *   node has some profile e containing `chosen`; its open coordinates have the other degrees f,
 *   and one of degree f costs at least exact[f] (the least coordinate cost among the balanced
 *   codes of latent degree exactly f) and at least its own bound. Over the ways to give the
 *   values exact[f] to the open coordinates, sum_i max(open[i], x_i) is least when both are
 *   sorted the same way (max = a + b - min, and sum min is largest sorted alike), and the max of
 *   them does not depend on the pairing: so the bound charges that pairing.
 * - Each other task's head costs at least its bound below[t] (its floor, raised by the look-ahead).
 * - The first head searched has cost c = deg(g_first): e must have top_c(e) >= D_first.
 * The bound is the least over the profiles e containing `chosen` of heads + representation; every
 * V of the node costs at least that (its own profile is one of them).
 */
import type { RepBias } from './recoveryRepSearch.js';
import { ones } from './recoveryRepSplit.js';

export interface RepBound {
  /** The least cost of a head of each task (any code of its weight). */
  readonly floors: readonly number[];
  /** The least cost of a coordinate (any balanced code). */
  readonly least: number;
  /**
   * Least total of the V at a node (see the header); Infinity when no profile is possible.
   * heads: the first head's cost; rep: the chosen coordinates' cost (sum or max); chosen: their
   * latent degrees as a key (chosenKey); open[i]: a lower bound on the cost of each coordinate
   * still to choose (at least `least`); below[t]: a lower bound on the cost of task t's head (at
   * least its floor; the first task's entry is not read); useFirst false: without the first head's
   * constraint on the profile (then the bound does not decrease as `heads` grows).
   */
  readonly lower: (heads: number, rep: number, chosen: number, open: readonly number[], below: readonly number[], useFirst?: boolean) => number;
  /** The least cost of the other tasks' heads under any profile (floors and the composition bound with every e_j = d). */
  readonly rest: (below: readonly number[]) => number;
}

/** The key of a multiset of latent degrees (1..7): three bits of count per degree. */
export const chosenKey = (degrees: readonly number[]): number => degrees.reduce((k, e) => k + 2 ** (3 * e), 0);
/** The key with one more degree e. */
export const withDegree = (key: number, e: number): number => key + 2 ** (3 * e);
const countIn = (key: number, e: number): number => Math.floor(key / 2 ** (3 * e)) % 8;

/** The multisets of d degrees in 1..cap, each sorted decreasing. */
function profiles(d: number, cap: number): number[][] {
  const out: number[][] = [];
  const rec = (acc: number[], top: number): void => {
    if (acc.length === d) out.push(acc.slice());
    else for (let e = top; e >= 1; e--) rec([...acc, e], e);
  };
  rec([], cap);
  return out;
}

/** The least a with top_a(e) >= D (e sorted decreasing); Infinity when even all d fall short. */
export function need(D: number, e: readonly number[]): number {
  let s = 0;
  for (let a = 0; a < e.length; a++) {
    if (s >= D) return a;
    s += e[a]!;
  }
  return s >= D ? e.length : Infinity;
}

/**
 * tasks: the latent codes, first: the task searched first (its head is chosen, the others are
 * bounded), degrees: the Fourier degree of every code on C_d (the verifier's plain double sum).
 */
export function repBound(d: number, tasks: readonly number[], first: number, bias: RepBias, headCost: (g: number) => number, coordinateCost: (b: number) => number, degrees: Uint8Array): RepBound {
  const size = 1 << d;
  let exact = true;
  for (let g = 0; g < degrees.length && exact; g++) exact = headCost(g) === degrees[g];
  const floorOf = new Array<number>(size + 1).fill(Infinity);
  for (let g = 0; g < degrees.length; g++) floorOf[ones(g)] = Math.min(floorOf[ones(g)]!, headCost(g));
  const D = tasks.map((h) => (exact ? degrees[h]! : 0));
  const floors = tasks.map((h) => floorOf[ones(h)]!);
  // exactCost[f]: the least cost of a balanced code of latent degree exactly f (Infinity: none).
  const exactCost = new Array<number>(d + 1).fill(Infinity);
  for (let b = 0; b < degrees.length; b++) if (ones(b) === size / 2) exactCost[degrees[b]!] = Math.min(exactCost[degrees[b]!]!, coordinateCost(b));
  const least = Math.min(...exactCost);
  const all = profiles(d, d).filter((e) => e.every((f) => exactCost[f]! < Infinity));
  const hier = bias === 'hier-max';
  const others = [...tasks.keys()].filter((t) => t !== first);
  // Per key of chosen degrees: the profiles containing them, each with needs[t] (task t's head under it) and the open coordinates' least costs, sorted decreasing.
  type Fit = { readonly needs: readonly number[]; readonly costs: readonly number[] };
  const fits: (readonly Fit[] | undefined)[] = [];
  const fitsOf = (key: number): readonly Fit[] =>
    (fits[key] ??= all
      .filter((e) => [...Array(d).keys()].every((f) => e.filter((x) => x === f + 1).length >= countIn(key, f + 1)))
      .map((e) => {
        const rest = [...e];
        for (let f = 1; f <= d; f++) for (let c = countIn(key, f); c > 0; c--) rest.splice(rest.indexOf(f), 1);
        return { needs: tasks.map((_, t) => need(D[t]!, e)), costs: rest.map((f) => exactCost[f]!).sort((a, b) => b - a) };
      }));
  const rest = (below: readonly number[]): number => others.reduce((s, t) => s + Math.max(below[t]!, D[t]! === 0 ? 0 : Math.ceil(D[t]! / d)), 0);
  // The open bounds sorted decreasing (insertion sort into a scratch array: at most d of them).
  const la = new Float64Array(d);
  const lower = (heads: number, rep: number, chosen: number, open: readonly number[], below: readonly number[], useFirst = true): number => {
    const n = open.length;
    for (let i = 0; i < n; i++) {
      const v = open[i]!;
      let j = i;
      for (; j > 0 && la[j - 1]! < v; j--) la[j] = la[j - 1]!;
      la[j] = v;
    }
    const list = fits[chosen] ?? fitsOf(chosen);
    let best = Infinity;
    for (let f = 0; f < list.length; f++) {
      const { needs, costs } = list[f]!;
      if (useFirst && needs[first]! > heads) continue;
      if (costs.length !== n) throw new Error('internal: a profile does not fit the open coordinates');
      let r = rep;
      for (let i = 0; i < n; i++) {
        const c = la[i]! > costs[i]! ? la[i]! : costs[i]!;
        r = hier ? (c > r ? c : r) : r + c;
      }
      let total = heads + r;
      for (let o = 0; o < others.length; o++) {
        const t = others[o]!;
        total += below[t]! > needs[t]! ? below[t]! : needs[t]!;
      }
      if (total < best) best = total;
    }
    return best;
  };
  return { floors, least, lower, rest };
}
