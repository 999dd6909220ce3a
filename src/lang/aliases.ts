/**
 * Short names of the notation of the field for registered measures and operations (docs/claims.md,
 * "Aliases"). Every registered id is also usable as is; an alias never shadows a registered id
 * (test/lang/aliases.test.ts).
 */
import type { MeasureId } from '../vocabulary/measures/index.js';
import type { OperationId } from '../vocabulary/operations/index.js';
import type { MapMeasureId } from '../vocabulary/maps/index.js';

export const MEASURE_ALIASES: Readonly<Record<string, MeasureId>> = {
  deg: 'degree',
  deg2: 'gf2Degree',
  sens: 'sensitivity',
  s: 'sensitivity',
  bs: 'blockSensitivity',
  C: 'certificateComplexity',
  D: 'decisionTreeDepth',
  DTsize: 'decisionTreeSize',
  inf: 'influences',
  I: 'totalInfluence',
  totinf: 'totalInfluence',
  relevant: 'relevantVariables',
  nl: 'nonlinearity',
  lin: 'linearity',
  ai: 'algebraicImmunity',
  ci: 'correlationImmunity',
  res: 'resiliency',
  junta: 'juntaSize',
  L1: 'spectralNorm',
  fhats: 'spectrum',
  W: 'walshSpectrum',
  ac: 'autocorrelation',
  profile: 'degreeProfile',
  stab: 'noiseStability',
  ltf: 'linearThreshold',
};

export const OPERATION_ALIASES: Readonly<Record<string, OperationId>> = {
  restrict: 'restriction',
  cof: 'cofactor',
  deriv: 'derivative',
  partial: 'partialDerivative',
};

/**
 * Short names of vectorial measures (maps C_n -> C_m, src/vocabulary/maps), by registry id. Empty
 * for now: a formula certificate is re-checked by the verifier's own parser (src/verifier/lang),
 * whose names table must know every name the engine accepts (test/verifier/lang/coverage.test.ts).
 * Proposed, with that table: du, bu, dbn, lbn, cycles, fixed, invdeg, invdeg2, and linearity /
 * lin / nonlinearity / nl / plateaued overloaded on maps (registryBuiltins.ts's `overloaded`).
 */
export const MAP_MEASURE_ALIASES: Readonly<Record<string, MapMeasureId>> = {};
