/**
 * The conventions of docs/math.md section 1, in one place.
 * A point of C_n = {-1,+1}^n is an index i in [0, 2^n); bit j of i is b_{j+1};
 * x_{j+1} = (-1)^{b_{j+1}}. A subset S of [n] is a bitmask in the same order.
 */

/** Largest n for single-function analysis (2^24 values in typed arrays). */
export const MAX_ANALYSIS_N = 24;
/** Largest n a map may have (its image table has 2^n entries). */
export const MAX_MAP_N = 20;

/** Why n is capped: every value (or image point) of the 2^n points is held in memory at once. */
export function sizeReason(limit: number): string {
  return `a table of 2^n exact values is held in memory, so n <= ${limit} is supported (2^${limit} = ${2 ** limit} points)`;
}

export function popcount(v: number): number {
  v = v - ((v >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** chi_S at point i: (-1)^{popcount(i & S)}. */
export function chi(set: number, point: number): 1 | -1 {
  return popcount(set & point) & 1 ? -1 : 1;
}

/** x_{j} at point i for 1-based variable j: +1 when bit j-1 is 0. */
export function coordinate(point: number, variable: number): 1 | -1 {
  return (point >>> (variable - 1)) & 1 ? -1 : 1;
}

/** The 1-based elements of a subset mask, ascending. */
export function setElements(mask: number): number[] {
  const out: number[] = [];
  for (let j = 0; mask >>> j; j++) if ((mask >>> j) & 1) out.push(j + 1);
  return out;
}

/** Mask of a list of 1-based variables. */
export function setMask(elements: readonly number[]): number {
  let m = 0;
  for (const e of elements) m |= 1 << (e - 1);
  return m >>> 0;
}

/** "{1,3}" for the mask 0b101, "{}" for the empty set. */
export function formatSet(mask: number): string {
  return `{${setElements(mask).join(',')}}`;
}

/** Order on subsets used for every listing: by size, then lexicographically by elements. */
export function compareSets(a: number, b: number): number {
  const d = popcount(a) - popcount(b);
  if (d !== 0) return d;
  const ea = setElements(a);
  const eb = setElements(b);
  for (let k = 0; k < ea.length; k++) if (ea[k] !== eb[k]) return ea[k]! - eb[k]!;
  return 0;
}

export function binomial(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let r = 1;
  // r is C(n-k+i, i) after step i: each division is exact.
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}
