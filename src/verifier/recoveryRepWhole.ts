/**
 * Whole nodes of the representation-bias re-check (recoveryRepSearch.ts; docs/math.md, "Counting
 * a whole node of the rep search"): a node whose every bijection costs at most the minimum is
 * counted as a whole instead of leaf by leaf.
 *
 * A node is a list of class pairs (Z, X) (recoveryRepSplit.ts); its bijections are exactly the V
 * with V(Z) = X for every pair, prod_pairs |Z|! of them (|Z| = |X|, the pairs partition C_d).
 * - Fixed heads: when every other task h_t is a union of the node's latent classes (each Z inside
 *   h_t or outside it), every V of the node has the head g_t = h_t o V^-1 = union of the X with
 *   Z inside h_t, the same for all of them; so the heads cost head + H, H = sum_t cost(g_t).
 * - An upper bound on the coordinates: each coordinate of a bijection takes half the latents, so
 *   an open coordinate costs at most cmax, the most any balanced code costs. The chosen ones cost
 *   `rep` (their sum, or their max for hier-max).
 * So every V of the node costs at most U = head + H + (max(rep, cmax) for hier-max, else
 * rep + open cmax). When U <= minimum, this returns prod |Z|! (the caller then proves, by the same
 * search with the cut at minimum - 1, that none costs less; integer costs leave exactly the
 * minimum); otherwise, or when some head is not fixed, null (the node is searched as before).
 */
import type { Pair } from './recoveryRepSplit.js';

export type WholeNode = (pairs: readonly Pair[], head: number, rep: number, open: number, step: (by?: number) => void) => bigint | null;

function popcount(v: number): number {
  let c = 0;
  for (let m = v >>> 0; m !== 0; m &= m - 1) c++;
  return c;
}

function factorial(n: number): bigint {
  let f = 1n;
  for (let i = 2n; i <= BigInt(n); i++) f *= i;
  return f;
}

/** The whole-node count for the given other tasks, head cost, cmax, bias and minimum (see the header). */
export function wholeNode(others: readonly number[], headCost: (g: number) => number, cmax: number, bias: string, minimum: number): WholeNode {
  return (pairs, head, rep, open, step) => {
    step(pairs.length * (others.length + 1));
    let total = head + (bias === 'hier-max' ? Math.max(rep, open > 0 ? cmax : 0) : rep + open * cmax);
    if (total > minimum) return null;
    for (const h of others) {
      let g = 0;
      for (const q of pairs) {
        const inside = q.z & h;
        if (inside === q.z) g |= q.x;
        else if (inside !== 0) return null;
      }
      total += headCost(g >>> 0);
      if (total > minimum) return null;
    }
    return pairs.reduce((acc, q) => acc * factorial(popcount(q.z)), 1n);
  };
}
