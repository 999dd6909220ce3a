/**
 * The JSON object `map --json` prints: exactly the fields the README documents, then one field per
 * registered vectorial measure (src/vocabulary/maps; field name = id, shape in docs/math.md
 * "## Measures"): null where a bijection-only measure meets another map, absent where skipped
 * (n or m above its maxN). The tables (ddt, lat, bct, act) only when asked for (`--tables`).
 */
import type { MapAnalysis } from '../analysis/mapAnalysis.js';
import type { Json } from '../vocabulary/measure.js';
import { mapOutcomeJson } from '../vocabulary/maps/evaluate.js';
import type { MapMeasureId } from '../vocabulary/maps/index.js';

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
  /** The vectorial measures (see above). */
  readonly [measure: string]: Json | undefined;
}

export interface MapJsonOptions {
  /** The table measures to include; none by default. */
  readonly tables?: readonly MapMeasureId[];
}

export function mapJson(a: MapAnalysis, options: MapJsonOptions = {}): MapJson {
  const t = a.map;
  const out: Record<string, unknown> = {
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
  for (const o of a.measures) {
    if (o.def.table && !options.tables?.includes(o.id)) continue;
    const j = mapOutcomeJson(o);
    if (j !== undefined) out[o.id] = j;
  }
  return out as MapJson;
}
