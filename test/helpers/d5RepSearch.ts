/**
 * Shared set-up of the tests of the verifier's d = 5 rep re-checks (recoveryD5RepDear,
 * recoveryD5RepDearHeads, recoveryD5RepStabiliser, recoveryD5RepRules): the maps psi they use, the
 * parities as 32-bit codes, and the search's counts at the stated minimum as a short string.
 */
import { type RepLists, searchRep } from '../../src/verifier/recoveryD5RepSearch.js';
import { tryOrders } from '../../src/verifier/recoveryD5Portfolio.js';

/** psi: C_5 -> C_6 with x6 = x1 x2 (the list on its image stops at extension degree 2). */
export const PSI6 = Array.from({ length: 32 }, (_, z) => z | (((z & 1) ^ ((z >> 1) & 1)) << 5));
/** psi = the identity of C_5. */
export const ID5 = Array.from({ length: 32 }, (_, z) => z);

/** The parity of the latents in S, as a 32-bit code (bit z set where it is -1). */
export function parity(S: number): number {
  let c = 0;
  for (let z = 0; z < 32; z++) {
    let p = 0;
    for (let m = z & S; m !== 0; m &= m - 1) p ^= 1;
    if (p) c |= 1 << z;
  }
  return c >>> 0;
}

/** 'minimisers/in the group' of searchRep at the lists' minimum, or 'below' / 'too large' past maxWork steps. */
export function repCounts(lists: RepLists, maxWork: number): string {
  try {
    const o = tryOrders([[0]], maxWork, (_, steps) => searchRep(lists, 0, steps));
    return `${o.minimizers}/${o.inGroup}`;
  } catch (e) {
    const m = (e as Error).message;
    if (m.includes('less than the stated minimum')) return 'below';
    if (m.includes('more than')) return 'too large';
    throw e;
  }
}
