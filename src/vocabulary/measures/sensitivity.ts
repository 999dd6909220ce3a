/**
 * Sensitivity (docs/math.md, "### sensitivity"): s(f, x) = #{i : f(x) != f(x^(i))}, where x^(i)
 * flips x_i; s(f) = max_x s(f, x); s0 over the points with f(x) = +1 (false), s1 over those
 * with f(x) = -1 (true); a maximum over no points is 0.
 */
import { flipCounts } from '../../core/measures/flipCounts.js';
import type { Table } from '../../core/measures/table.js';
import { INTEGER, defineMeasure } from '../measure.js';
import { typedArrayJsonText } from './typedJsonText.js';

export interface Sensitivity {
  readonly s: number;
  readonly s0: number;
  readonly s1: number;
  /** s(f, x) for every point x, in point order. */
  readonly atPoint: Uint8Array;
}

export function computeSensitivity(f: Table): Sensitivity {
  // Bit-sliced, 32 points per word (src/core/measures/flipCounts.ts): n 2^(n-1) edge steps cost
  // about 1 s at n = 24.
  const { atPoint, max0: s0, max1: s1 } = flipCounts(f.values);
  return { s: Math.max(s0, s1), s0, s1, atPoint };
}

export function sensitivityJson(v: Sensitivity) {
  return { s: v.s, s0: v.s0, s1: v.s1, atPoint: Array.from(v.atPoint) };
}

function* sensitivityJsonText(v: Sensitivity): Generator<string, void, undefined> {
  yield `{"s":${v.s},"s0":${v.s0},"s1":${v.s1},"atPoint":`;
  yield* typedArrayJsonText(v.atPoint);
  yield '}';
}

export function sensitivityText(v: Sensitivity): string {
  return `${v.s} (s0 ${v.s0}, s1 ${v.s1})`;
}

export const sensitivity = defineMeasure({
  id: 'sensitivity',
  title: 'sensitivity s(f)',
  group: 'complexity',
  input: 'boolean',
  summary: 'Largest number of single-variable flips that change f at one point; s0, s1 and every point in JSON.',
  type: INTEGER,
  compute: computeSensitivity,
  json: sensitivityJson,
  jsonText: sensitivityJsonText,
  text: sensitivityText,
  value: (v) => v.s,
});
