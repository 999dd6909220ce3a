/**
 * THE registry of measures: one line per measure, in analyze's display order (within a group).
 * Everything else (analyze, list, the claim kernels, the census, the UI, the twin test) walks it.
 * Add a measure: its file here, one line below, its twin in src/verifier/measures (one line
 * there; the compiler refuses a missing twin), a test of known values.
 */
import { byId } from '../registry.js';
import { anf } from './anf.js';
import { balanced } from './balanced.js';
import { bent } from './bent.js';
import { degree } from './degree.js';
import { degreeProfile } from './degreeProfile.js';
import { gf2Degree } from './gf2Degree.js';
import { influences } from './influences.js';
import { noiseStability } from './noiseStability.js';
import { relevantVariables } from './relevantVariables.js';
import { sparsity } from './sparsity.js';
import { spectrum } from './spectrum.js';
import { totalInfluence } from './totalInfluence.js';
// measures of the exact core (vocab) above; new measures (vocab-measures) below this line
import { sensitivity } from './sensitivity.js';
import { blockSensitivity } from './blockSensitivity.js';
import { certificateComplexity } from './certificateComplexity.js';
import { decisionTreeDepth } from './decisionTreeDepth.js';
import { decisionTreeSize } from './decisionTreeSize.js';
import { spectralNorm } from './spectralNorm.js';
import { noiseOperator } from './noiseOperator.js';
import { walshSpectrum } from './walshSpectrum.js';
import { linearity } from './linearity.js';
import { nonlinearity } from './nonlinearity.js';
import { autocorrelation } from './autocorrelation.js';
import { absoluteIndicator } from './absoluteIndicator.js';
import { sumOfSquaresIndicator } from './sumOfSquaresIndicator.js';
import { correlationImmunity } from './correlationImmunity.js';
import { resiliency } from './resiliency.js';
import { plateaued } from './plateaued.js';
import { linearStructures } from './linearStructures.js';
import { algebraicImmunity } from './algebraicImmunity.js';
import { symmetric } from './symmetric.js';
import { monotone } from './monotone.js';
import { unate } from './unate.js';
import { selfDual } from './selfDual.js';
import { juntaSize } from './juntaSize.js';
import { linearThreshold } from './linearThreshold.js';

export const MEASURES = byId({
  degree,
  gf2Degree,
  degreeProfile,
  totalInfluence,
  influences,
  relevantVariables,
  balanced,
  bent,
  anf,
  noiseStability,
  sparsity,
  spectrum,
  // measures of the exact core (vocab) above; new measures (vocab-measures) below this line
  sensitivity,
  blockSensitivity,
  certificateComplexity,
  decisionTreeDepth,
  decisionTreeSize,
  spectralNorm,
  noiseOperator,
  walshSpectrum,
  linearity,
  nonlinearity,
  autocorrelation,
  absoluteIndicator,
  sumOfSquaresIndicator,
  correlationImmunity,
  resiliency,
  plateaued,
  linearStructures,
  algebraicImmunity,
  symmetric,
  monotone,
  unate,
  selfDual,
  juntaSize,
  linearThreshold,
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
