/**
 * The d = 5 re-check under head-profile (docs/certificates.md, "Recovery certificates at d = 5"):
 * Boolean tasks, full support, a stated minimum profile. Costs are scaled profiles
 * 4^5 (W^0..W^5) of the heads, P_k = sum over |S| = k of c_S^2 with the Walsh sums
 * c_S = 32 - 2 |g xor chi_S|; a bijection's cost is the sum of its heads' profiles, compared from
 * the top level down (docs/math.md). That order is total and kept by adding the same profile to
 * both sides, so a partial sum plus lower bounds for the rest that exceeds the minimum cuts exactly.
 *
 * - Reach: with the stated minimum zero above level k (k = 2 or 3), every tuple at or below it
 *   has every head zero above level k (the levels are sums of squares, compared from the top), so
 *   of Fourier degree <= k: the lists of recoveryD5Candidates.ts (every function of degree <= k)
 *   are complete. A minimum with weight at level 4 or 5 is out of the certified class: rejected.
 * - Lists: per task every listed code of its weight whose profile plus the other tasks' least
 *   profiles (their floors) is at most the minimum, sorted by profile. A task whose weight has no
 *   listed code has no head at or below the minimum: nothing attains it.
 * - Search (recoveryD5ProfileSearch.ts), in the orders of recoveryD5Portfolio.ts: the most
 *   unbalanced tasks first, then the fewest candidates first.
 */
import { reject } from './reject.js';
import { d5Candidates, ones32 } from './recoveryD5Candidates.js';
import { type Profile5, type ProfileEntry, ZERO5, addProfiles, compareProfile, profile5, profileText, subProfiles } from './recoveryD5ProfileCost.js';
import type { D5Count, D5Group } from './recoveryD5Search.js';
import { distinctOrders, tryOrders } from './recoveryD5Portfolio.js';
import { searchProfileInOrder } from './recoveryD5ProfileSearch.js';

export interface D5ProfileSearch {
  readonly tasks: readonly number[];
  readonly minimum: Profile5;
  readonly group: D5Group;
  readonly maxWork: number;
  readonly symmetry?: boolean;
}

/** Counts the bijections whose profile is the minimum (and those in the group); rejects one below it or a minimum out of reach. */
export function searchD5Profile(s: D5ProfileSearch): D5Count & { readonly upTo: number } {
  const { tasks, minimum } = s;
  if (minimum[4] !== 0 || minimum[5] !== 0) reject(`out of the certified class at d = 5: the stated minimum has weight at level ${minimum[5] !== 0 ? 5 : 4}, so a head could have Fourier degree above 3, beyond the verifier's lists`);
  const k = minimum[3] === 0 ? 2 : 3;
  const cand = d5Candidates('fourier', k, tasks.map(ones32));
  const full = tasks.map((h) => {
    const l = cand.lists.get(ones32(h))!;
    return Array.from(l.codes, (code): ProfileEntry => ({ code, p: profile5(code) })).sort((a, b) => compareProfile(a.p, b.p));
  });
  if (full.some((l) => l.length === 0)) reject(`no bijection attains the stated minimum ${profileText(minimum)}`);
  const floors = full.map((l) => l[0]!.p);
  const floorSum = floors.reduce(addProfiles, ZERO5);
  const lists = full.map((l, t) => {
    const budget = subProfiles(minimum, subProfiles(floorSum, floors[t]!));
    let n = 0;
    while (n < l.length && compareProfile(l[n]!.p, budget) <= 0) n++;
    return l.slice(0, n);
  });
  const skew = (t: number): number => Math.min(ones32(tasks[t]!), 32 - ones32(tasks[t]!)) || 33;
  const ids = tasks.map((_, t) => t);
  const orders = distinctOrders([
    [...ids].sort((a, b) => skew(a) - skew(b) || lists[a]!.length - lists[b]!.length || a - b),
    [...ids].sort((a, b) => lists[a]!.length - lists[b]!.length || a - b),
  ]);
  const out = tryOrders(orders, s.maxWork, (order, steps) => searchProfileInOrder({ tasks, lists, minimum, group: s.group, symmetry: s.symmetry }, order, steps));
  return { ...out, upTo: k };
}
