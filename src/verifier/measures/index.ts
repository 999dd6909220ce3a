/**
 * The verifier's registry of measure twins, keyed by the same ids as src/vocabulary/measures (a
 * type-only import): a measure without a twin, or a twin whose JSON differs in type, does not
 * compile.
 */
import type { MeasureId, MeasureInputOf, MeasureJson } from '../../vocabulary/measures/index.js';
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
// twins of the exact core's measures (vocab) above; twins of new measures (vocab-measures) below
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
import type { Twin } from './twin.js';

export const TWINS = {
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
  // twins of the exact core's measures (vocab) above; twins of new measures (vocab-measures) below
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
} satisfies { readonly [K in MeasureId]: Twin<MeasureInputOf<K>, MeasureJson<K>> };
