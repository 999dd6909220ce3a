/**
 * Where the census engines keep the spectrum: one lane per subset S, lanes in level order
 * (subsets sorted by size, then by mask), so the highest non-zero lane gives the Fourier degree
 * and the highest set bit of the ANF word (in the same order) gives the GF(2) degree.
 */
import { InputError } from '../core/result.js';
import { popcount } from '../core/cube.js';

/** Exhaustive enumeration covers 2^(2^n) functions: n <= 5 (2^32). */
export const MAX_CENSUS_N = 5;

export interface LaneLayout {
  readonly n: number;
  /** 2^n: points, subsets and lanes. */
  readonly size: number;
  /** laneOf[S]: the lane of subset S. */
  readonly laneOf: Int32Array;
  /** subsetOf[lane]: the inverse of laneOf. */
  readonly subsetOf: Int32Array;
  /** superset[x]: bit laneOf[T] set for every T superset of x (the ANF terms a flip at x toggles). */
  readonly superset: Uint32Array;
  /** variableLanes[v]: bit laneOf[S] set for every S containing variable v + 1. */
  readonly variableLanes: Uint32Array;
}

export function assertCensusN(n: number): void {
  if (!Number.isInteger(n) || n < 0) throw new InputError(`n must be a whole number, got ${n}`);
  if (n > MAX_CENSUS_N) {
    throw new InputError(
      `a census enumerates all 2^(2^n) functions and supports n <= ${MAX_CENSUS_N} (n = ${n} would be 2^${2 ** n})`,
    );
  }
}

const cache = new Map<number, LaneLayout>();

export function laneLayout(n: number): LaneLayout {
  assertCensusN(n);
  const hit = cache.get(n);
  if (hit) return hit;
  const size = 1 << n;
  const subsetOf = Int32Array.from({ length: size }, (_, s) => s).sort(
    (a, b) => popcount(a) - popcount(b) || a - b,
  );
  const laneOf = new Int32Array(size);
  subsetOf.forEach((s, lane) => (laneOf[s] = lane));
  const superset = new Uint32Array(size);
  for (let x = 0; x < size; x++) {
    for (let t = 0; t < size; t++) if ((t & x) === x) superset[x]! |= 2 ** laneOf[t]!;
  }
  const variableLanes = new Uint32Array(n);
  for (let v = 0; v < n; v++) {
    for (let s = 0; s < size; s++) if ((s >>> v) & 1) variableLanes[v]! |= 2 ** laneOf[s]!;
  }
  const layout = { n, size, laneOf, subsetOf, superset, variableLanes };
  cache.set(n, layout);
  return layout;
}

/** Level (|S|) of the highest set lane of a lane mask; null for the empty mask. */
export function topLevel(layout: LaneLayout, mask: number): number | null {
  if (mask === 0) return null;
  return popcount(layout.subsetOf[31 - Math.clz32(mask)]!);
}

/** Gray code: the truth-table word of the function at index t (t < 2^32). */
export function grayWord(t: number): number {
  return (t ^ Math.floor(t / 2)) >>> 0;
}

/** The inverse of grayWord: the index at which the walk meets truth-table word w. */
export function grayIndex(word: number): number {
  let t = word >>> 0;
  for (let shift = 1; shift < 32; shift <<= 1) t = (t ^ (t >>> shift)) >>> 0;
  return t;
}
