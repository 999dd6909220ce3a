/** The world-model recovery engine (docs/math.md section 5). */
export {
  BIASES,
  GROUPS,
  type Bias,
  type Group,
  type Objective,
  type Progress,
  type RecoveryOptions,
  type RecoveryProblem,
  type RecoveryResult,
  type RecoveryStats,
  isBias,
  isGroup,
} from './types.js';
export { DEFAULT_MAX_EVALUATIONS, MAX_EXHAUSTIVE_D, recover, recoverExhaustive } from './engine.js';
export { MAX_LATENTS, validateProblem } from './validate.js';
export { type Scorer, makeScorer } from './scorer.js';
export { type Bound, headFloor, lowerBound, parityLevel, profileIsProvenMinimal } from './bounds.js';
export { type Certificate, certificateVerdict, theoremCertificate } from './structure.js';
export { canonicalRepresentative, groupOrder, inGroup } from './groups.js';
export { orbitRepresentatives } from './exhaustive.js';
export { type CurveOptions, type CurvePoint, type CurveResult, identifiabilityCurve } from './curve.js';
export { type TaskDistribution, describeDistribution, parseDistribution, sampleTask } from './distributions.js';
export { type Rng, makeRng } from './rng.js';
