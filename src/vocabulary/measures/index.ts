/**
 * THE registry of measures: one line per measure, in analyze's display order (within a group).
 * Everything else (analyze, list, the claim kernels, the census, the UI, the twin test) walks it.
 * Add a measure: its file here, one line below, its twin in src/verifier/measures (one line
 * there; the compiler refuses a missing twin), a test of known values.
 */
import { byId } from '../registry.js';
import { degree } from './degree.js';
// measures of the exact core (vocab) above; new measures (vocab-measures) below this line

export const MEASURES = byId({
  degree,
  // measures of the exact core (vocab) above; new measures (vocab-measures) below this line
});

export type Measures = typeof MEASURES;
export type MeasureId = keyof Measures;
/** The JSON a measure's json(...) returns: what its twin must return too. */
export type MeasureJson<K extends MeasureId> = ReturnType<Measures[K]['json']>;
export type MeasureInputOf<K extends MeasureId> = Measures[K]['input'];

export const MEASURE_IDS = Object.keys(MEASURES) as MeasureId[];

export function isMeasureId(name: string): name is MeasureId {
  return Object.prototype.hasOwnProperty.call(MEASURES, name);
}
