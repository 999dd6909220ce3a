/**
 * The lower bound of the representation-bias re-check (recoveryRepSearch.ts): what every V
 * compatible with a node of the search costs at least. With V_j(z) = (-1)^(bit j of V(z)), the
 * coordinates of V as functions of the latents, and g_t = h_t o V^-1 (so h_t = g_t o V):
 *
 * - (composition) deg(h_t) <= deg(g_t) * E, E = max_j deg(V_j): g_t is a sum of characters chi_S
 *   with |S| <= deg(g_t), chi_S o V = prod_{j in S} V_j, and a product of functions of degrees
 *   e_j has degree <= sum e_j <= |S| E. So a head of a task of degree D > 0 costs >= ceil(D / E)
 *   (D = 0: the task and its heads are constant), besides its floor (the least cost of any code of
 *   the task's weight). This needs headCost to be the Fourier degree; the verifier checks that on
 *   every code, else D is taken as 0 (floors only).
 * - E is the largest latent degree of the d coordinates' data. At a node some coordinates are
 *   chosen (largest latent degree eChosen) and each open one has a lower bound on its cost (the
 *   search's look-ahead: the least cost of a balanced code meeting the node's counts, at least the
 *   least cost of any). E > eChosen needs one open coordinate of latent degree >= E, costing at
 *   least atLeast[E] (the least coordinate cost among the balanced codes of latent degree >= E);
 *   charging that to the open coordinate with the largest bound is the cheapest way.
 * - Each other task's head costs at least its bound below[t] (its floor, raised by the look-ahead).
 * - The first head searched has cost c > 0 for a task of degree D: then E >= ceil(D / c).
 * The bound is the least over the possible E of heads + representation; every V of the node costs
 * at least that (its own E is one of them).
 */
import type { RepBias } from './recoveryRepSearch.js';
import { ones } from './recoveryRepSplit.js';

export interface RepBound {
  /** The least cost of a head of each task (any code of its weight). */
  readonly floors: readonly number[];
  /** The least cost of a coordinate (any balanced code). */
  readonly least: number;
  /** The least E a first head of cost c forces. */
  readonly eNeed: (c: number) => number;
  /**
   * Least total of the V at a node (see the header); Infinity when no E is possible. heads: the
   * first head's cost; rep: the chosen coordinates' cost (sum or max) and largest latent degree
   * eChosen; open[i]: a lower bound on the cost of each coordinate still to choose (at least
   * `least`); eLow: eNeed of the first head; below[t]: a lower bound on the cost of task t's
   * head (at least its floor; the first task's entry is not read).
   */
  readonly lower: (heads: number, rep: number, eChosen: number, open: readonly number[], eLow: number, below: readonly number[]) => number;
  /** The least cost of the other tasks' heads when E <= e (non-increasing in e). */
  readonly rest: (e: number, below: readonly number[]) => number;
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
  const atLeast = new Array<number>(d + 2).fill(Infinity);
  for (let b = 0; b < degrees.length; b++) {
    if (ones(b) !== size / 2) continue;
    const c = coordinateCost(b);
    for (let e = 1; e <= degrees[b]!; e++) atLeast[e] = Math.min(atLeast[e]!, c);
  }
  const least = atLeast[1]!;
  const Df = D[first]!;
  const eNeed = (c: number): number => (Df === 0 ? 1 : c === 0 ? Infinity : Math.max(1, Math.ceil(Df / c)));
  const rest = (e: number, below: readonly number[]): number => {
    let total = 0;
    for (let t = 0; t < tasks.length; t++) if (t !== first) total += D[t]! === 0 ? below[t]! : Math.max(below[t]!, Math.ceil(D[t]! / e));
    return total;
  };
  const lower = (heads: number, rep: number, eChosen: number, open: readonly number[], eLow: number, below: readonly number[]): number => {
    let sum = 0;
    let top = 0;
    for (const c of open) {
      sum += c;
      top = Math.max(top, c);
    }
    let best = Infinity;
    const eTop = open.length > 0 ? d : eChosen;
    for (let e = Math.max(eLow, eChosen, 1); e <= eTop; e++) {
      // E above the chosen coordinates' degrees: one open coordinate costs >= atLeast[e] (the one with the largest bound, at best).
      const raise = e > eChosen ? atLeast[e]! : 0;
      const r = bias === 'hier-max' ? Math.max(rep, top, raise) : rep + sum + Math.max(0, raise - top);
      best = Math.min(best, heads + r + rest(e, below));
    }
    return best;
  };
  return { floors, least, eNeed, lower, rest };
}
