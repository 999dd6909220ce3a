/** Fixed points (docs/math.md, "### fixedPoints"). */
import { NULLABLE_INTEGER, defineMapMeasure } from '../measure.js';

/** JSON lists at most this many fixed points. */
export const FIXED_POINTS_LISTED = 64;

export interface FixedPoints {
  readonly count: number;
  /** The least FIXED_POINTS_LISTED fixed points, increasing. */
  readonly points: readonly number[];
}

export const fixedPoints = defineMapMeasure({
  id: 'fixedPoints',
  title: 'fixed points #{x : T(x) = x}',
  group: 'cycles',
  input: 'map',
  summary: `Number of x with T(x) = x, with the first ${FIXED_POINTS_LISTED}; null when m != n.`,
  type: NULLABLE_INTEGER,
  compute: (t): FixedPoints | null => {
    if (t.m !== t.n) return null;
    const points: number[] = [];
    let count = 0;
    for (let x = 0; x < t.image.length; x++) {
      if (t.image[x] !== x) continue;
      if (count < FIXED_POINTS_LISTED) points.push(x);
      count++;
    }
    return { count, points };
  },
  json: (v) => (v === null ? null : { count: v.count, points: [...v.points] }),
  text: (v) => (v === null ? 'n/a (m != n)' : `${v.count}${v.count ? ` (${v.points.join(', ')}${v.count > v.points.length ? ', ...' : ''})` : ''}`),
  value: (v) => (v === null ? null : v.count),
});
