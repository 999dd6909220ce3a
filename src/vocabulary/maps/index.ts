/**
 * THE registry of vectorial measures (maps C_n -> C_m; docs/math.md "## Measures", "Maps as
 * S-boxes"), in `map`'s display order within a group. `map` (text and JSON), the claim kernels
 * (k.measure(id, T)) and the twin test walk it; twins in src/verifier/measures/maps.ts.
 */
import { byId } from '../registry.js';
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

export const MAP_MEASURES = byId({
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
});

export type MapMeasures = typeof MAP_MEASURES;
export type MapMeasureId = keyof MapMeasures;
export type MapMeasureJson<K extends MapMeasureId> = ReturnType<MapMeasures[K]['json']>;
export type MapMeasureInputOf<K extends MapMeasureId> = MapMeasures[K]['input'];

export const MAP_MEASURE_IDS = Object.keys(MAP_MEASURES) as MapMeasureId[];

export function isMapMeasureId(name: string): name is MapMeasureId {
  return Object.prototype.hasOwnProperty.call(MAP_MEASURES, name);
}
