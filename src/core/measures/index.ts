/** The measures of one function (docs/math.md section 3), each a pure function of a Spectrum or CubeFunction. */
export { type Analyzable, asSpectrum } from './source.js';
export { levelSquareSums, variableSquareSums, scaleSquared, toNativeBigInt } from './squareSums.js';
export { degreeProfile, compareProfiles, addProfiles, totalWeight } from './profile.js';
export { influences, totalInfluence, relevantVariables, relevantVariablesMask } from './influence.js';
export { balanced, bent, fourierSparsity } from './properties.js';
export { noiseStability, evaluatePolynomial, formatPolynomial } from './noiseStability.js';
export {
  type CoefficientEntry,
  nonZeroCoefficients,
  anfMonomials,
  setsInListingOrder,
  reverseBits,
  listingOrder,
  coefficientsInListingOrder,
} from './listing.js';
