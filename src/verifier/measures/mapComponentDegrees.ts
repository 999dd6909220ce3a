/** The verifier's component degrees of a map and of its inverse, from each component's values. */
import type { CubeMap } from '../../model/values.js';
import { componentValues, maxOrNull, minOrNull, plainGf2Degree, plainInverse, plainRealDegree, points } from './mapSums.js';

export const realDegrees = (t: CubeMap): number[] => points(t.m).slice(1).map((b) => plainRealDegree(t.n, componentValues(t, b)));
export const gf2Degrees = (t: CubeMap): (number | null)[] => points(t.m).slice(1).map((b) => plainGf2Degree(t.n, componentValues(t, b)));
export const inverseOf = (t: CubeMap): CubeMap => ({ n: t.n, m: t.n, image: Uint32Array.from(plainInverse(t)) });

const known = (ds: readonly (number | null)[]): number[] => ds.filter((d): d is number => d !== null);
export const maxDegree = (ds: readonly number[]) => maxOrNull(ds);
export const minDegree = (ds: readonly number[]) => minOrNull(ds);
/** A zero component has GF(2) degree -infinity: the max ignores it, the min is then null. */
export const maxGf2Degree = (ds: readonly (number | null)[]) => maxOrNull(known(ds));
export const minGf2Degree = (ds: readonly (number | null)[]) => (ds.includes(null) ? null : minOrNull(known(ds)));
