/** Boolean maps T: C_n -> C_m (docs/math.md sections 2 and 4). */
export { type BoolMap, assertMapN, identityMap, makeMap, mapFromImages, mapsEqual } from './boolMap.js';
export {
  type Bijectivity,
  type NonBijective,
  bijectivity,
  describeNonBijective,
  isBijection,
} from './bijectivity.js';
export { compose, inverse, inverseOrThrow } from './inverse.js';
export {
  component,
  componentSignsInPlace,
  coordinate,
  coordinates,
  unbalancedComponent,
} from './components.js';
export {
  type MapDegrees,
  coordinateDegrees,
  coordinateGf2Degrees,
  inverseMapDegrees,
  mapDegrees,
  maxCoordinateDegree,
} from './degrees.js';
export {
  type Sign,
  type SignedPermutation,
  isSignedPermutation,
  recognizeSignedPermutation,
  signedPermutationMap,
} from './signedPermutation.js';
export {
  type AffineForm,
  type Bit,
  affineFormFromMasks,
  affineFormMasks,
  affineMap,
  columnsOfRowMasks,
  isAffine,
  recognizeAffine,
} from './affine.js';
export { type AffineBits, affineBits, affineImage, gf2Rank } from './gf2Linear.js';
export {
  MAX_PARITY_DEGREE_SUM_N,
  DEFAULT_PARITY_BUDGET,
  componentDegrees,
  componentDegreesWithin,
  parityDegreeSum,
  parityDegreeSumWithin,
  parityDegreeSumLowerBound,
} from './parityDegreeSum.js';
