/**
 * Half-open intervals [start, end) of Gray-code indices (integers below 2^32, exact as doubles):
 * what a slice, a shard or a checkpoint covers.
 */

export type Interval = readonly [start: number, end: number];

export function formatInterval([s, e]: Interval): string {
  return `[${s}, ${e})`;
}

export function isInterval(v: unknown, limit: number): v is Interval {
  return (
    Array.isArray(v) &&
    v.length === 2 &&
    Number.isSafeInteger(v[0]) &&
    Number.isSafeInteger(v[1]) &&
    0 <= v[0] &&
    v[0] < v[1] &&
    v[1] <= limit
  );
}

function sorted(list: readonly Interval[]): Interval[] {
  return list.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** The first two intervals that share an index, or null. */
export function findOverlap(list: readonly Interval[]): readonly [Interval, Interval] | null {
  const s = sorted(list);
  for (let k = 1; k < s.length; k++) if (s[k]![0] < s[k - 1]![1]) return [s[k - 1]!, s[k]!];
  return null;
}

/** Sorted, disjoint, non-adjacent intervals with the same union. */
export function unionIntervals(list: readonly Interval[]): Interval[] {
  const out: [number, number][] = [];
  for (const [s, e] of sorted(list)) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** The parts of `range` that no interval of `covered` contains. */
export function gaps(range: Interval, covered: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let at = range[0];
  for (const [s, e] of unionIntervals(covered)) {
    if (e <= at) continue;
    if (s >= range[1]) break;
    if (s > at) out.push([at, s]);
    at = Math.max(at, e);
  }
  if (at < range[1]) out.push([at, range[1]]);
  return out;
}

export function totalLength(list: readonly Interval[]): number {
  return unionIntervals(list).reduce((sum, [s, e]) => sum + (e - s), 0);
}

/** True when every interval lies inside `range`. */
export function within(range: Interval, list: readonly Interval[]): boolean {
  return list.every(([s, e]) => range[0] <= s && e <= range[1]);
}

/** Cuts intervals into pieces of at most `size` indices, in order. */
export function splitIntervals(list: readonly Interval[], size: number): Interval[] {
  if (!(Number.isSafeInteger(size) && size >= 1)) throw new RangeError(`bad piece size ${size}`);
  const out: Interval[] = [];
  for (const [s, e] of unionIntervals(list)) {
    for (let a = s; a < e; a += size) out.push([a, Math.min(e, a + size)]);
  }
  return out;
}
