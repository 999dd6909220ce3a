/** Enumerators of map families and their exact sizes (docs/math.md section 4). */
export {
  DEFAULT_ENUMERATION_LIMIT,
  type EnumerationOptions,
  type MapVisitor,
  assertEnumerable,
  describeCount,
  enumerationLimit,
} from './limits.js';
export {
  bijectionCountExceeds,
  countAffineMaps,
  countBijections,
  countInvertibleMatrices,
  countMaps,
  countSignedPermutations,
} from './counts.js';
export { allMaps, forEachMapInPlace, nextMapInPlace } from './allMaps.js';
export { nextPermutationInPlace } from './permutations.js';
export { bijections, forEachBijectionInPlace } from './bijections.js';
export {
  type SignedPermutationVisitor,
  forEachSignedPermutationInPlace,
  signedPermutations,
} from './signedPermutations.js';
export {
  type AffineVisitor,
  affineMaps,
  forEachAffineMapInPlace,
  invertibleRowMasksInPlace,
} from './affineMaps.js';
