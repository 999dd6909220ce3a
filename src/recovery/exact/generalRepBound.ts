/**
 * A lower bound on the representation cost of every V compatible with a partial pairing of
 * classes (X_i <-> Z_i, V(Z_i) = X_i), for cutting the general search before its leaves
 * (generalRep.ts). Coordinate j of any such V has latent mask M_j with |M_j & Z_i| = the number
 * of x in X_i with bit j set, for every i; so deg(Phi_j) >= the least degree of a balanced mask
 * meeting those counts, found by scanning the masks in increasing degree (generalRepLeaf.ts).
 * The coordinates are bounded independently (their joint bijectivity is ignored), so the bound
 * is sound, not tight; combined by sum or max like the cost itself.
 */
import { popcount32 } from './candidates.js';
import type { RepCoordinates } from './generalRepLeaf.js';

/** True when every V compatible with the pairing costs more than budget in its representation. */
export function repExceeds(rc: RepCoordinates, combine: 'sum' | 'max', xc: readonly number[], zc: readonly number[], budget: number): boolean {
  const { d } = rc;
  const top = rc.upTo.length - 1;
  let spent = 0;
  for (let j = 0; j < d; j++) {
    const allowed = Math.min(top, combine === 'sum' ? budget - spent - (d - 1 - j) * rc.least : budget);
    if (allowed < rc.least) return true;
    const high = rc.high[j]!;
    const ks = xc.map((x) => popcount32((x & high) >>> 0));
    const n = rc.upTo[allowed]!;
    let found = -1;
    for (let c = 0; c < n && found < 0; c++) {
      const M = rc.sorted[c]!;
      let ok = true;
      for (let i = 0; i < zc.length && ok; i++) ok = popcount32((zc[i]! & M) >>> 0) === ks[i];
      if (ok) found = rc.degree[M]!;
    }
    if (found < 0) return true;
    spent = combine === 'sum' ? spent + found : Math.max(spent, found);
  }
  return false;
}
