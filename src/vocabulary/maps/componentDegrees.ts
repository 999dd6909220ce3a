/**
 * Min and max degree over the nonzero components b.T, real (Fourier) and GF(2) (docs/math.md,
 * "### minComponentDegree" and the three after it), and the same maxima for T^-1.
 */
import type { MapSubject } from '../mapSubject.js';
import { mapSubjectOf } from '../mapSubject.js';
import { componentDegreeFromWalsh } from './tables.js';

export function realComponentDegrees(t: MapSubject): number[] {
  const w = t.walsh();
  return Array.from({ length: 2 ** t.m - 1 }, (_, k) => componentDegreeFromWalsh(t.n, t.m, w, k + 1));
}

/** GF(2) degrees of the nonzero components; null stands for a zero component (degree -infinity). */
export const gf2ComponentDegrees = (t: MapSubject): (number | null)[] => t.gf2Degrees().slice(1);

export const maxOf = (ds: readonly number[]): number | null => (ds.length === 0 ? null : Math.max(...ds));
export const minOf = (ds: readonly number[]): number | null => (ds.length === 0 ? null : Math.min(...ds));

/** max of GF(2) degrees, a zero component counting as -infinity; null when all are zero or there are none. */
export function maxGf2(ds: readonly (number | null)[]): number | null {
  const real = ds.filter((d): d is number => d !== null);
  return maxOf(real);
}

/** min of GF(2) degrees; null (-infinity) when some component is zero or there are none. */
export function minGf2(ds: readonly (number | null)[]): number | null {
  return ds.some((d) => d === null) ? null : minOf(ds as number[]);
}

export function inverseSubject(t: MapSubject): MapSubject {
  const inv = t.inverse();
  if (!inv) throw new RangeError('the inverse degrees need a bijection');
  return mapSubjectOf({ n: t.n, m: t.n, image: inv });
}
