/**
 * Per-coordinate degrees of a map and of its inverse (docs/math.md sections 3-4): the Fourier degree
 * deg(T_j) and the GF(2) degree deg2(T_j) of every coordinate.
 */
import { degreeOfSignsInPlace, gf2Degree } from '../core/degree.js';
import { type Result, err, ok } from '../core/result.js';
import type { BoolMap } from './boolMap.js';
import type { NonBijective } from './bijectivity.js';
import { componentSignsInPlace, coordinate } from './components.js';
import { inverse } from './inverse.js';

export interface MapDegrees {
  /** fourier[j-1] = deg(T_j); a +-1 function is never zero, so always a number. */
  readonly fourier: readonly number[];
  /** gf2[j-1] = deg2(T_j); null where T_j = +1 constantly (F = 0). */
  readonly gf2: readonly (number | null)[];
}

/** deg(T_1)..deg(T_m), each by one in-place Walsh transform (m n 2^n additions in all). */
export function coordinateDegrees(t: BoolMap): number[] {
  const buf = new Int32Array(t.image.length);
  const out: number[] = [];
  for (let j = 0; j < t.m; j++) {
    componentSignsInPlace(t, 2 ** j, buf);
    out.push(degreeOfSignsInPlace(buf)!);
  }
  return out;
}

/** deg2(T_1)..deg2(T_m) from the algebraic normal forms. */
export function coordinateGf2Degrees(t: BoolMap): (number | null)[] {
  return Array.from({ length: t.m }, (_, k) => gf2Degree(coordinate(t, k + 1)));
}

/** max_j deg(T_j); 0 for m = 0. */
export function maxCoordinateDegree(t: BoolMap): number {
  return coordinateDegrees(t).reduce((a, b) => Math.max(a, b), 0);
}

export function mapDegrees(t: BoolMap): MapDegrees {
  return { fourier: coordinateDegrees(t), gf2: coordinateGf2Degrees(t) };
}

/** The coordinate degrees of T^-1, or the witness that T is not a bijection. */
export function inverseMapDegrees(t: BoolMap): Result<MapDegrees, NonBijective> {
  const inv = inverse(t);
  return inv.ok ? ok(mapDegrees(inv.value)) : err(inv.error);
}
