/**
 * The public library API of cubecheck. Everything here is exact; see the README for the
 * conventions (point order, signs) and examples.
 */

// Exact numbers and functions on the cube.
export { Rational } from './core/rational.js';
export { type Result, InputError } from './core/result.js';
export { popcount, chi, setElements, setMask, formatSet, MAX_ANALYSIS_N, MAX_MAP_N } from './core/cube.js';
export {
  type CubeFunction,
  fromInt32,
  fromRationals,
  fromSignBits,
  valueAt,
  toRationals,
  isBoolean,
  functionsEqual,
} from './core/cubeFunction.js';
export { type Spectrum, spectrum, fromSpectrum, coefficientAt, spectrumFromRationals } from './core/spectrum.js';
export { degree, gf2Degree, spectrumDegree } from './core/degree.js';
export { anf, fromAnf } from './core/anf.js';
export {
  degreeProfile,
  compareProfiles,
  totalInfluence,
  influences,
  relevantVariables,
  balanced,
  bent,
  fourierSparsity,
  noiseStability,
  formatPolynomial,
  nonZeroCoefficients,
} from './core/measures/index.js';
export { minDegreeInterpolator } from './core/interpolate/minDegree.js';

// The expression language.
export { parseFunction, parseMap, parseExpression, evaluate, printExpression, formatFunction, formatMap } from './expr/index.js';
export type { Expr, ExprError } from './expr/index.js';

// Maps C_n -> C_m.
export {
  type BoolMap,
  makeMap,
  identityMap,
  bijectivity,
  isBijection,
  inverse,
  compose,
  coordinate,
  component,
  coordinateDegrees,
  coordinateGf2Degrees,
  recognizeSignedPermutation,
  signedPermutationMap,
  recognizeAffine,
  affineMap,
  parityDegreeSum,
} from './maps/index.js';
export { bijections, signedPermutations, affineMaps, allMaps } from './search/enumerate/index.js';

// Whole analyses, as data.
export { type FunctionAnalysis, analyzeFunction } from './analysis/functionAnalysis.js';
export { type MapAnalysis, analyzeMap } from './analysis/mapAnalysis.js';

// The vocabulary: registered measures and operations (docs/math.md, "Measures").
export { MEASURES, MEASURE_IDS, type MeasureId } from './vocabulary/measures/index.js';
export { OPERATIONS, OPERATION_IDS, type OperationId } from './vocabulary/operations/index.js';
// Vectorial measures of maps (docs/math.md, "Vectorial measures") and canonical forms (issue 12).
export { MAP_MEASURES, MAP_MEASURE_IDS, type MapMeasureId } from './vocabulary/maps/index.js';
export { canonicalForm, equivalence } from './equivalence/canonical.js';
export { type EquivalenceGroup, type GroupElement, act as actOnFunction } from './equivalence/signedPermutation.js';
// Affine equivalence of bijections (docs/math.md, "Affine equivalence of bijections").
export { type AffineCanonical, affineCanonicalForm, affineEquivalence } from './equivalence/affineBijectionCanon.js';
export { type AffineBijectionClassRow, affineBijectionClassTable } from './census/affineBijectionClassTable.js';
export type { ClaimValue, IndexedValue, Scalar } from './vocabulary/measure.js';
export type { Q } from './model/values.js';

// Claims: properties, checking, certificates.
export { defineProperty, domains, isProperty, isClosed } from './claim/index.js';
export type { Property, PropertyDefinition, Kernel, Fn, CubeMap, PointSet, DomainSpec, Scope } from './claim/index.js';
export type { Interpolant, RecoveryQuery, RecoverySummary, RecoveryBias, RecoveryGroup } from './claim/index.js';
export { runProperty } from './check/runner.js';
export type { CheckResult, RunOptions, Progress, Verdict } from './check/types.js';
export { fastKernel } from './check/kernel/index.js';
export { loadPropertyFile, loadModuleCatalogue } from './check/catalogue.js';
export { loadCatalogue } from './lang/catalogue.js';
export { buildCertificate, writeCertificate } from './certificates/index.js';
export { type OverwriteDecision, type SaveOutcome, decideOverwrite, saveCertificate, saveCheckCertificate } from './certificates/index.js';
export { verifyCertificate, type VerifyOutcome } from './verifier/index.js';
// The claim language (docs/claims.md): formulas and .claims files as properties.
export { parseFormula, printFormula, checkFormula, evaluate as evaluateFormula, formulaProperty, LangError, type Expr as FormulaExpr } from './lang/index.js';
export { parseClaimsFile, claimProperty, type FormulaClaim } from './lang/claimsFile.js';
// Formula claims in one call each (README "Formula claims from the library"); checkFormula above is the type checker.
export { checkClaim, loadClaims, readClaims, type LoadedClaim } from './lang/api.js';
export { MEASURE_ALIASES, MAP_MEASURE_ALIASES, OPERATION_ALIASES } from './lang/aliases.js';
// Formula certificates (docs/certificates.md, "Formula certificates"): written by saveCheckCertificate for formula properties.
export { formulaOf } from './lang/index.js';
export { FORMULA_CERTIFICATE_FORMAT, type FormulaCertificate, buildFormulaCertificate } from './certificates/index.js';

// World models and the census.
export { recover, identifiabilityCurve, BIASES, GROUPS } from './recovery/index.js';
export type { RecoveryProblem, RecoveryResult, Bias, Group } from './recovery/index.js';
export { runCensus } from './census/index.js';
