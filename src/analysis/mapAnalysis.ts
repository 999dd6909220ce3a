/** Everything `map` reports about a map C_n -> C_m. Pure data; formatting lives in src/report/. */
import {
  type AffineForm,
  type BoolMap,
  type NonBijective,
  type SignedPermutation,
  bijectivity,
  coordinateDegrees,
  coordinateGf2Degrees,
  inverse,
  parityDegreeSumWithin,
  recognizeAffine,
  recognizeSignedPermutation,
} from '../maps/index.js';
import { type MapEvaluateOptions, type MapMeasureOutcome, evaluateAllMapMeasures } from '../vocabulary/maps/evaluate.js';
import { mapSubjectOf } from '../vocabulary/mapSubject.js';

export interface MapAnalysis {
  readonly map: BoolMap;
  readonly bijective: boolean;
  readonly collision: NonBijective | null;
  readonly inverse: BoolMap | null;
  readonly componentDegrees: readonly number[];
  readonly componentGf2Degrees: readonly (number | null)[];
  readonly inverseComponentDegrees: readonly number[] | null;
  readonly inverseComponentGf2Degrees: readonly (number | null)[] | null;
  readonly signedPermutation: SignedPermutation | null;
  readonly gf2Affine: AffineForm | null;
  /** null when T is not a bijection, or the column scan is over its cost budget (see parityDegreeSumSkipped). */
  readonly parityDegreeSum: number | null;
  readonly parityDegreeSumSkipped: boolean;
  /** Every registered vectorial measure (src/vocabulary/maps), in registry order. */
  readonly measures: readonly MapMeasureOutcome[];
}

export function analyzeMap(t: BoolMap, options: MapEvaluateOptions = {}): MapAnalysis {
  const b = bijectivity(t);
  const inv = b.bijective ? inverse(t) : null;
  const invMap = inv && inv.ok ? inv.value : null;
  const pds = b.bijective ? parityDegreeSumWithin(t) : null;
  return {
    map: t,
    bijective: b.bijective,
    collision: b.bijective ? null : b,
    inverse: invMap,
    componentDegrees: coordinateDegrees(t),
    componentGf2Degrees: coordinateGf2Degrees(t),
    inverseComponentDegrees: invMap ? coordinateDegrees(invMap) : null,
    inverseComponentGf2Degrees: invMap ? coordinateGf2Degrees(invMap) : null,
    signedPermutation: b.bijective ? recognizeSignedPermutation(t) : null,
    gf2Affine: b.bijective ? recognizeAffine(t) : null,
    parityDegreeSum: pds && pds.kind === 'done' ? pds.value : null,
    parityDegreeSumSkipped: pds !== null && pds.kind === 'over-budget',
    measures: evaluateAllMapMeasures(mapSubjectOf(t), options),
  };
}
