/**
 * The coordinate candidates of the head+rep / hier-sum / hier-max searches (observedCoordinates.ts)
 * at d = 5 with observations longer than the latents (psi: C_5 -> C_m, m > 5), where listing every
 * balanced code (C(32,16) = 601,080,390) is out of reach: the balanced codes of observed degree
 * <= L only (observedD5Enumerate.ts), each costed by its exact observed degree (observedD5Duals.ts,
 * the least degree of any real extension to C_m), sorted by cost then code. L is the highest level
 * up to the head store's (3) whose list has at most CAP codes: for psi the identity padded with
 * constant bits A_3 holds the degree <= 3 functions of the latents alone, one extra bit x1 x2 adds
 * three characters; a generic psi into C_6 makes A_3 everything (42 characters on 32 points) and L
 * drops to 2. `completeUpTo` = L (Infinity when the list holds every balanced code): the searches
 * prove optimality only where the list is complete (headRep.ts via observedListCovers, hierMax.ts).
 * `costCeiling`: the least c with A_c everything, so no code costs more (3 for a generic psi into
 * C_6): hier-max's ceiling M = costCeiling leaves the coordinates free, as M = d does.
 * The same construction at d <= 4 (any level) is what the tests cross-check against the brute force.
 */
import type { BoolMap } from '../../maps/boolMap.js';
import { binomial } from '../../core/cube.js';
import type { CoordinateCandidates } from './observedCoordinates.js';
import { observedDuals } from './observedD5Duals.js';
import { balancedCodesUpTo } from './observedD5Enumerate.js';
import { candidateStore } from './candidates.js';
import { compatibleCodesUpTo } from './observedD5Compatible.js';

/** At most this many listed coordinates (the searches scan the list at every coordinate level). */
export const OBSERVED_D5_CAP = 2_000_000;
/** The highest level tried: the head store's at d = 5 (candidates.ts), beyond which heads are not listed anyway. */
export const OBSERVED_D5_LEVEL = 3;

/** The balanced codes of observed degree <= level, sorted by cost then code; null when more than cap. */
export function observedCoordinateList(psi: BoolMap, level: number, cap: number): CoordinateCandidates | null {
  const d = psi.n;
  const duals = observedDuals(psi);
  const found = balancedCodesUpTo(duals, level, cap);
  if (found.codes === null) return null;
  const costs = new Uint8Array(found.codes.length);
  found.codes.forEach((c, i) => (costs[i] = duals.costOf(c)));
  const order = Array.from(found.codes.keys()).sort((a, b) => costs[a]! - costs[b]! || found.codes![a]! - found.codes![b]!);
  const codes = Uint32Array.from(order, (i) => found.codes![i]!);
  const listCosts = order.map((i) => costs[i]!);
  const all = found.count === binomial(1 << d, 1 << (d - 1));
  return {
    d,
    list: { codes, costs: listCosts },
    costOf: duals.costOf,
    completeUpTo: all ? Infinity : level,
    maxCost: listCosts[listCosts.length - 1] ?? 0,
    // A_c everything: every code, balanced or not, costs <= c (hierMax.ts's free ceiling).
    costCeiling: duals.ranks.findIndex((r) => r === 1 << d),
    compatibleWithin: (classes, targets, allowed) => compatibleCodesUpTo(duals, classes, targets, allowed, OBSERVED_D5_CAP),
  };
}

/** d = 5, m > d: the list at the highest level <= OBSERVED_D5_LEVEL within the cap (null: not even level 1). */
/** The highest level tried; lowered only in tests, to run the generation past L against a longer list. */
export const OBSERVED_D5_TOP = { level: OBSERVED_D5_LEVEL };

export function observedD5Coordinates(psi: BoolMap): CoordinateCandidates | null {
  for (let level = OBSERVED_D5_TOP.level; level >= 1; level--) {
    const out = observedCoordinateList(psi, level, OBSERVED_D5_CAP);
    if (out !== null) return out;
  }
  return null;
}

/**
 * head+rep / hier-sum (headRep.ts) at a total T, coordinates listed up to L below the head store's
 * level (at or above it the tuple search's own truncation applies, as for m = d): every listed or
 * generated code is costed exactly, so each tuple found is a V of that cost, and every V whose
 * coordinates all cost <= L is found at its total; a V with a coordinate of cost >= L + 1 costs at
 * least H + (d - 1) + (L + 1) (heads >= the head-degree minimum H, the other coordinates >= 1
 * each). So the totals below H + d + L are decided exactly, minimisers counted; from there on the
 * answer is not exact (docs/math.md, "Observed coordinates at d = 5 with m > d"). With
 * compatibleWithin (the lists built here) the stop is per node instead (observedListReach below:
 * the levels generate past L or give the pass up), so this returns true.
 */
export function observedListCovers(coords: CoordinateCandidates, total: number, headLeast: number): boolean {
  return coords.compatibleWithin !== undefined || coords.completeUpTo >= candidateStore(coords.d, 'fourier').completeUpTo || total < headLeast + coords.d + coords.completeUpTo;
}

/**
 * The same bound per node: at total T the list serves every allowance when T < H + d + L (no V of
 * objective <= T has a coordinate of cost > L, as above; also for L = 3, the store's level), else
 * only allowances <= L; above that a coordinate
 * level generates its compatible codes exactly (compatibleWithin, observedD5Compatible.ts) or
 * reports a truncation (the pass then answers null).
 */
export function observedListReach(coords: CoordinateCandidates, total: number, headLeast: number): number {
  return total < headLeast + coords.d + coords.completeUpTo ? Infinity : coords.completeUpTo;
}
