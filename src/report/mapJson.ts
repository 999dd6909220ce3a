/** The JSON object `map --json` prints: exactly the fields the README documents. */
import type { MapAnalysis } from '../analysis/mapAnalysis.js';

export interface MapJson {
  readonly n: number;
  readonly m: number;
  readonly image: readonly number[];
  readonly bijective: boolean;
  /** Two distinct points with the same image, or null (also null when m != n: see bijective). */
  readonly collision: readonly [number, number] | null;
  readonly inverse: readonly number[] | null;
  readonly componentDegrees: readonly number[];
  readonly componentGf2Degrees: readonly (number | null)[];
  readonly inverseComponentDegrees: readonly number[] | null;
  readonly inverseComponentGf2Degrees: readonly (number | null)[] | null;
  readonly signedPermutation: { readonly permutation: readonly number[]; readonly signs: readonly number[] } | null;
  readonly gf2Affine: { readonly matrix: readonly (readonly number[])[]; readonly translation: readonly number[] } | null;
  readonly parityDegreeSum: number | null;
}

export function mapJson(a: MapAnalysis): MapJson {
  const t = a.map;
  return {
    n: t.n,
    m: t.m,
    image: Array.from(t.image),
    bijective: a.bijective,
    collision: a.collision && a.collision.reason === 'collision' ? a.collision.collision : null,
    inverse: a.inverse ? Array.from(a.inverse.image) : null,
    componentDegrees: a.componentDegrees,
    componentGf2Degrees: a.componentGf2Degrees,
    inverseComponentDegrees: a.inverseComponentDegrees,
    inverseComponentGf2Degrees: a.inverseComponentGf2Degrees,
    signedPermutation: a.signedPermutation
      ? { permutation: a.signedPermutation.permutation, signs: a.signedPermutation.signs }
      : null,
    gf2Affine: a.gf2Affine ? { matrix: a.gf2Affine.matrix, translation: a.gf2Affine.translation } : null,
    parityDegreeSum: a.parityDegreeSum,
  };
}
