/**
 * The short names of docs/claims.md "Aliases", as the verifier reads them (its own table; the
 * test compares it with src/lang/aliases.ts). An alias never hides a registered id.
 */
import type { MeasureId } from '../../vocabulary/measures/index.js';
import type { OperationId } from '../../vocabulary/operations/index.js';

export const MEASURE_SHORT_NAMES: Readonly<Record<string, MeasureId>> = {
  deg: 'degree', deg2: 'gf2Degree', sens: 'sensitivity', s: 'sensitivity', bs: 'blockSensitivity',
  C: 'certificateComplexity', D: 'decisionTreeDepth', DTsize: 'decisionTreeSize', inf: 'influences',
  I: 'totalInfluence', totinf: 'totalInfluence', relevant: 'relevantVariables', nl: 'nonlinearity',
  lin: 'linearity', ai: 'algebraicImmunity', ci: 'correlationImmunity', res: 'resiliency', junta: 'juntaSize',
  L1: 'spectralNorm', fhats: 'spectrum', W: 'walshSpectrum', ac: 'autocorrelation', profile: 'degreeProfile',
  stab: 'noiseStability', ltf: 'linearThreshold',
};

export const OPERATION_SHORT_NAMES: Readonly<Record<string, OperationId>> = {
  restrict: 'restriction', cof: 'cofactor', deriv: 'derivative', partial: 'partialDerivative',
};
