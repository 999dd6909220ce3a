/**
 * The verifier's registry of vectorial-measure twins, keyed by the ids of src/vocabulary/maps (a
 * type-only import): a map measure without a twin, or with JSON of another type, does not compile.
 */
import type { MapMeasureId, MapMeasureJson } from '../../vocabulary/maps/index.js';
import type { MapTwin } from './mapTwin.js';
import { ddt } from './ddt.js';
import { differentialUniformity } from './differentialUniformity.js';
import { apn } from './apn.js';
import { act } from './act.js';
import { differentialBranchNumber } from './differentialBranchNumber.js';
import { lat } from './lat.js';
import { mapLinearity } from './mapLinearity.js';
import { mapNonlinearity } from './mapNonlinearity.js';
import { linearBranchNumber } from './linearBranchNumber.js';
import { almostBent } from './almostBent.js';
import { mapPlateaued } from './mapPlateaued.js';
import { bct } from './bct.js';
import { boomerangUniformity } from './boomerangUniformity.js';
import { minComponentDegree } from './minComponentDegree.js';
import { maxComponentDegree } from './maxComponentDegree.js';
import { minComponentGf2Degree } from './minComponentGf2Degree.js';
import { maxComponentGf2Degree } from './maxComponentGf2Degree.js';
import { inverseDegree } from './inverseDegree.js';
import { inverseGf2Degree } from './inverseGf2Degree.js';
import { involution } from './involution.js';
import { fixedPoints } from './fixedPoints.js';
import { cycleType } from './cycleType.js';

export const MAP_TWINS = {
  ddt,
  differentialUniformity,
  apn,
  act,
  differentialBranchNumber,
  lat,
  mapLinearity,
  mapNonlinearity,
  linearBranchNumber,
  almostBent,
  mapPlateaued,
  bct,
  boomerangUniformity,
  minComponentDegree,
  maxComponentDegree,
  minComponentGf2Degree,
  maxComponentGf2Degree,
  inverseDegree,
  inverseGf2Degree,
  involution,
  fixedPoints,
  cycleType,
} satisfies { readonly [K in MapMeasureId]: MapTwin<MapMeasureJson<K>> };
