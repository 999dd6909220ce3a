/**
 * The candidates for one coordinate of Phi in the exact searches of head+rep, hier-sum and
 * hier-max (headRep.ts, hierMax.ts). A coordinate level chooses the function z -> bit j of V(z)
 * on the latents: a balanced code (2^(d-1) points of value -1), costed as deg(Phi_j), the least
 * degree on the observations C_m of a function equal to it at psi(z) (paper/observedDegree.ts;
 * with m = d simply the degree of the code moved to x by psi).
 * - m = d: the store's balanced codes (all of them for d <= 4; degree <= 3 at d = 5) moved to the
 *   latents; complete up to the store's level.
 * - m > d, d <= 4: every balanced code on the latents (12,870 at d = 4), costed one by one.
 * - m > d, d = 5: every balanced code would be C(32,16) = 601,080,390; observedD5Coordinates.ts
 *   lists those of observed degree <= L (L = 3 or 2 by psi, `completeUpTo` = L).
 * Each list is sorted by cost (then code); every coordinate costs >= 1 (a balanced code is not
 * constant, so no constant fits it).
 */
import type { BoolMap } from '../../maps/boolMap.js';
import { observedDegrees } from '../paper/observedDegree.js';
import { type CandidateList, candidateStore, popcount32 } from './candidates.js';
import { type Cost, fourierDegreeOfCode } from './costs.js';
import type { TupleTask } from './tupleSpec.js';
import { OBSERVED_D5_TOP, observedCoordinateList, observedD5Coordinates } from './observedD5Coordinates.js';

/**
 * Tests only: at d <= 4 with m > d, list the coordinates up to this level as at d = 5 (with the
 * generation past it, observedD5Compatible.ts, and the split by dear coordinates, observedD5Split.ts)
 * instead of all of them, so that the d = 5 route runs against the brute force. null: off.
 */
export const OBSERVED_SMALL_LEVEL = { level: null as number | null };

export interface CoordinateCandidates {
  readonly d: number;
  /** Balanced codes on the latents sorted by cost. */
  readonly list: CandidateList & { readonly costs: readonly number[] };
  /** The cost of any balanced code on the latents (also those not listed). */
  costOf(code: number): number;
  /** Every coordinate of cost <= this is listed (Infinity: all of them). */
  readonly completeUpTo: number;
  /** The largest cost of a listed coordinate. */
  readonly maxCost: number;
  /** When known: no balanced code costs more (d = 5, m > d: the least c with A_c everything, observedD5Coordinates.ts). */
  readonly costCeiling?: number;
  /** d = 5, m > d: the compatible codes of cost <= allowed past the list's level (observedD5Compatible.ts), null when too many. */
  readonly compatibleWithin?: (classes: readonly number[], targets: readonly number[], allowed: number) => Uint32Array | null;
}

/** Moves a code between the two sides: bit `map[z]` of the result is bit z of `code`. */
export function moveCode(code: number, map: Uint32Array): number {
  let out = 0;
  for (let z = 0; z < map.length; z++) if ((code >>> z) & 1) out |= 1 << map[z]!;
  return out >>> 0;
}

const cache = new Map<string, CoordinateCandidates>();

/** The coordinate candidates for psi: C_d -> C_m, or null when out of reach (d = 5, m > d, not even level 1 listed). */
export function coordinateCandidates(psi: BoolMap): CoordinateCandidates | null {
  const { n: d, m } = psi;
  const key = `${d}:${m}:${Array.from(psi.image).join(',')}:${OBSERVED_D5_TOP.level}:${OBSERVED_SMALL_LEVEL.level}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const size = 1 << d;
  let out: CoordinateCandidates;
  if (m > d && (d > 4 || OBSERVED_SMALL_LEVEL.level !== null)) {
    const listed = d > 4 ? observedD5Coordinates(psi) : observedCoordinateList(psi, OBSERVED_SMALL_LEVEL.level!, Infinity);
    if (listed === null) return null;
    out = listed;
  } else if (m === d) {
    const image = psi.image;
    const inverse = new Uint32Array(size);
    image.forEach((x, z) => (inverse[x] = z));
    const store = candidateStore(d, 'fourier');
    const balanced = store.byWeight(size / 2);
    const list = { codes: balanced.codes.map((c) => moveCode(c, inverse)), costs: balanced.costs as number[] };
    out = { d, list, costOf: (c) => fourierDegreeOfCode(d, moveCode(c, image)), completeUpTo: store.completeUpTo, maxCost: list.costs[list.costs.length - 1] ?? 0 };
  } else {
    const observed = observedDegrees(psi);
    const entries: { c: number; cost: number }[] = [];
    for (let c = 0; c < 1 << size; c++) if (popcount32(c) === size / 2) entries.push({ c, cost: observed.booleanDegree(c) });
    entries.sort((a, b) => a.cost - b.cost || a.c - b.c);
    const list = { codes: Uint32Array.from(entries, (e) => e.c), costs: entries.map((e) => e.cost) };
    out = { d, list, costOf: (c) => observed.booleanDegree(c), completeUpTo: Infinity, maxCost: list.costs[list.costs.length - 1] ?? 0 };
  }
  if (d <= 4 && out.completeUpTo === Infinity) {
    // Table the costs of the balanced codes (one byte each): the searches cost many of them.
    const table = new Uint8Array(1 << size);
    out.list.codes.forEach((c, i) => (table[c] = out.list.costs[i]!));
    const slow = out.costOf;
    out = { ...out, costOf: (c) => (popcount32(c) === size / 2 ? table[c]! : slow(c)) };
  }
  if (cache.size > 64) cache.clear();
  cache.set(key, out);
  return out;
}

/** The listed coordinates of cost <= ceiling. */
export function coordinatesUpTo(c: CoordinateCandidates, ceiling: number): CandidateList & { readonly costs: readonly number[] } {
  let end = 0;
  while (end < c.list.codes.length && c.list.costs[end]! <= ceiling) end++;
  return { codes: c.list.codes.subarray(0, end), costs: c.list.costs.slice(0, end) as number[] };
}

const EMPTY: CandidateList = { codes: new Uint32Array(0), costs: [] };

/**
 * The d coordinate levels of the tuple search: level j fixes the dictator r_j on the
 * representation side and chooses its partner on the latents. ceiling null (head+rep, hier-sum):
 * each costs its degree (>= 1). ceiling M (hier-max): only coordinates of cost <= M, each costed 0.
 * Their ceiling is left unknown so that a leaf does not close before V is a single map.
 * listReach (head+rep / hier-sum at d = 5, m > d): up to which cost the list serves at the current
 * total (observedD5Coordinates.ts, observedListReach); above it the level generates exactly.
 */
export function coordinateLevels(c: CoordinateCandidates, ceiling: number | null, listReach?: () => number): TupleTask[] {
  const { d } = c;
  const size = 1 << d;
  const list = ceiling === null ? c.list : { codes: coordinatesUpTo(c, ceiling).codes, costs: new Array<number>(coordinatesUpTo(c, ceiling).codes.length).fill(0) };
  const costOf = ceiling === null ? c.costOf : (code: number) => (c.costOf(code) <= ceiling ? 0 : Infinity);
  // ends[k]: how many listed coordinates cost <= k (the list is sorted by cost).
  const ends: number[] = [];
  for (let k = 0, i = 0; k <= c.maxCost; k++) {
    while (i < list.costs.length && list.costs[i]! <= k) i++;
    ends.push(i);
  }
  const within = (w: number, allowed: Cost): number => (w !== size / 2 || (allowed as number) < 0 ? 0 : ends[Math.min(allowed as number, ends.length - 1)]!);
  return Array.from({ length: d }, (_, j) => {
    let code = 0;
    for (let r = 0; r < size; r++) if ((r >>> j) & 1) code |= 1 << r;
    return {
      code: code >>> 0,
      floor: ceiling === null ? 1 : 0,
      ceiling: null,
      side: 'z' as const,
      list: (w: number) => (w === size / 2 ? list : EMPTY),
      costOf,
      complete: ceiling !== null && ceiling <= c.completeUpTo,
      listedWithin: within,
      // Past the list's level (d = 5, m > d) head+rep / hier-sum generate exactly instead of truncating.
      ...(ceiling === null && listReach !== undefined && c.compatibleWithin !== undefined ? { completeUpTo: listReach, compatibleWithin: c.compatibleWithin } : {}),
    };
  });
}
