/**
 * The coordinates of Phi for the d = 5 rep search (generalRepD5.ts, generalRepD5Leaf.ts): the
 * listed balanced latent masks (observedCoordinates.ts: at d = 5, m = 5 the 407,690 of Fourier
 * degree <= 3, moved to the latents) sorted by cost, how many there are up to each cost, their
 * costs by mask (a mask not listed costs more than the list's level), and buckets of the list by
 * each mask's part inside the support U, so that a scan visits only the masks whose part inside U
 * can meet the classes' counts.
 */
import type { CoordinateCandidates } from './observedCoordinates.js';

export interface D5Coordinates {
  readonly d: number;
  /** Latent masks, sorted by cost; ends[k] = how many cost <= k (k = 0..min(L, top)). */
  readonly codes: Uint32Array;
  readonly costs: Uint8Array;
  readonly ends: readonly number[];
  /** Every coordinate of cost <= L is listed. */
  readonly completeUpTo: number;
  /** The largest cost a coordinate can have (m). */
  readonly top: number;
  readonly least: number;
  readonly high: readonly number[];
  costOf(mask: number): number;
  /** The listed masks' costs by mask (a mask not in it costs > completeUpTo). */
  readonly listed: ReadonlyMap<number, number>;
  /** The listed masks' indices by their part inside uMask (each bucket in list order, so by cost). */
  bucketsFor(uMask: number): ReadonlyMap<number, Uint32Array>;
}

const built = new WeakMap<CoordinateCandidates, D5Coordinates>();

export function d5Coordinates(c: CoordinateCandidates, m: number): D5Coordinates {
  const hit = built.get(c);
  if (hit) return hit;
  const { d } = c;
  const size = 1 << d;
  const costs = Uint8Array.from(c.list.costs);
  const top = Math.max(m, c.maxCost);
  const last = Math.min(c.completeUpTo, top);
  const ends: number[] = [];
  for (let k = 0, i = 0; k <= last; k++) {
    while (i < costs.length && costs[i]! <= k) i++;
    ends.push(i);
  }
  const high = Array.from({ length: d }, (_, j) => Array.from({ length: size }, (_, x) => x).reduce((h, x) => ((x >>> j) & 1 ? h | (1 << x) : h), 0) >>> 0);
  const listed = new Map<number, number>();
  c.list.codes.forEach((code, i) => listed.set(code, costs[i]!));
  let buckets: { uMask: number; map: Map<number, Uint32Array> } | null = null;
  const bucketsFor = (uMask: number): Map<number, Uint32Array> => {
    if (buckets?.uMask === uMask) return buckets.map;
    const lists = new Map<number, number[]>();
    c.list.codes.forEach((code, i) => {
      const key = (code & uMask) >>> 0;
      let l = lists.get(key);
      if (!l) lists.set(key, (l = []));
      l.push(i);
    });
    const map = new Map<number, Uint32Array>();
    for (const [k, l] of lists) map.set(k, Uint32Array.from(l));
    buckets = { uMask, map };
    return map;
  };
  const out: D5Coordinates = { d, codes: c.list.codes, costs, ends, completeUpTo: c.completeUpTo, top, least: costs.length > 0 ? costs[0]! : 1, high, costOf: c.costOf, listed, bucketsFor };
  built.set(c, out);
  return out;
}

