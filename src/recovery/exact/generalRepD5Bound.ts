/**
 * Lower bounds on the representation cost for the d = 5 rep search (generalRepD5.ts,
 * generalRepD5Leaf.ts): every coordinate j of a V compatible with a pairing of classes needs a
 * balanced latent mask with |M & Z_i| = the number of points of X_i with bit j set; its least
 * listed degree up to some level, else that level + 1 (a mask not found there costs more: sound as
 * long as the level is at most the list's), summed (or maxed) over the coordinates, each bounded
 * on its own (so sound, not tight). docs/math.md, "Representation biases at d = 5 with partial
 * support".
 */
import { popcount32 } from './candidates.js';
import { binomial } from './generalRepLeaf.js';
import type { D5Coordinates } from './generalRepD5Coordinates.js';

export function productWithin(zs: readonly number[], ks: readonly number[], cap: number): number {
  let product = 1;
  for (let i = 0; i < zs.length && product <= cap; i++) product *= binomial(popcount32(zs[i]!), ks[i]!);
  return product;
}

export function compatible(zs: readonly number[], ks: readonly number[], M: number): boolean {
  for (let i = 0; i < zs.length; i++) if (popcount32((zs[i]! & M) >>> 0) !== ks[i]) return false;
  return true;
}

/**
 * A lower bound test for cutting inner nodes: true when every V compatible with the pairing costs
 * more than budget in its representation. Per coordinate the least listed degree <= 2 of a
 * compatible mask, else 3 (a mask not listed at degree <= 2 has degree >= 3; with L >= 3 that is
 * the list's own limit or below), combined by sum or max; the coordinates are bounded apart.
 */
export function repExceedsD5(rc: D5Coordinates, combine: 'sum' | 'max', xc: readonly number[], zc: readonly number[], budget: number): boolean {
  // First the cheap bound (degree 1 listed, else 2), which settles most nodes; then the finer one.
  return exceedsFrom(rc, combine, xc, zc, budget, 0, 0, 1) || exceedsFrom(rc, combine, xc, zc, budget, 0, 0, 2);
}

/**
 * The same bound for the coordinates from..d-1 when `spent` is already spent: per coordinate the
 * least listed degree <= scanUpTo of a compatible mask, else scanUpTo + 1 (a lower bound).
 */
export function exceedsFrom(rc: D5Coordinates, combine: 'sum' | 'max', xc: readonly number[], zc: readonly number[], budget: number, from: number, spent: number, scanUpTo: number): boolean {
  const { d } = rc;
  const scanTo = Math.min(scanUpTo, rc.ends.length - 1);
  for (let j = from; j < d; j++) {
    const allowed = Math.min(rc.top, combine === 'sum' ? budget - spent - (d - 1 - j) * rc.least : budget);
    if (allowed < rc.least) return true;
    const high = rc.high[j]!;
    const ks = xc.map((x) => popcount32((x & high) >>> 0));
    const n = rc.ends[Math.min(allowed, scanTo)]!;
    let found = -1;
    for (let c = 0; c < n && found < 0; c++) if (compatible(zc, ks, rc.codes[c]!)) found = rc.costs[c]!;
    if (found < 0) {
      if (allowed <= scanTo) return true;
      found = scanTo + 1;
    }
    spent = combine === 'sum' ? spent + found : Math.max(spent, found);
  }
  return false;
}


/**
 * A lower bound on the representation cost of the coordinates from..d-1 under a sum, for every V
 * compatible with the pairing (xc, zc): per coordinate the least listed degree <= scanUpTo of a
 * mask compatible with these classes, else scanUpTo + 1. Refining the classes (choosing earlier
 * coordinates) only removes compatible masks, so the bound holds for every refinement below this
 * node too; the leaf (generalRepD5Leaf.ts) subtracts it from the allowance of the coordinate it
 * chooses. docs/math.md, "Reach of the d = 5 rep search with partial support".
 */
export function restLeast(rc: D5Coordinates, xc: readonly number[], zc: readonly number[], from: number, scanUpTo: number): number {
  const scanTo = Math.min(scanUpTo, rc.ends.length - 1);
  const n = rc.ends[scanTo]!;
  let total = 0;
  for (let j = from; j < rc.d; j++) {
    const high = rc.high[j]!;
    const ks = xc.map((x) => popcount32((x & high) >>> 0));
    let found = scanTo + 1;
    for (let c = 0; c < n; c++) {
      if (compatible(zc, ks, rc.codes[c]!)) {
        found = rc.costs[c]!;
        break;
      }
    }
    total += Math.max(found, rc.least);
  }
  return total;
}
