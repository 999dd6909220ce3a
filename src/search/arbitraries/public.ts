/**
 * `cubecheck/arbitraries`: fast-check arbitraries over the value types claims use, for your own
 * property tests. Values come from the documented distribution cubecheck-mix/1 (uniform members
 * mixed with structured ones: juntas, decision trees, thresholds, symmetric functions, reversible
 * circuits, near-identities, ...; docs/certificates.md "Sampled cases") drawn with fast-check's
 * generator, and shrink toward small values: Boolean functions toward fewer relevant variables and
 * fewer -1 points, maps toward the identity (bijections: fewest moved points), subsets toward
 * fewer points, integer functions toward 0.
 *
 *   import fc from 'fast-check';
 *   import { booleanFunctions } from 'cubecheck/arbitraries';
 *   fc.assert(fc.property(booleanFunctions(4), (f) => f.values.length === 16));
 */
import type fc from 'fast-check';
import type { CubeMap, Fn, PointSet } from '../../model/values.js';
import { booleanFunctionArbitrary, integerFunctionArbitrary, lowDegreeArbitrary, subsetArbitrary } from './functions.js';
import { affineMapArbitrary, bijectionArbitrary, mapArbitrary, signedPermutationArbitrary } from './maps.js';

export type { CubeMap, Fn, PointSet } from '../../model/values.js';
export type { ResolvedDomain } from '../../vocabulary/domains/index.js';
export { arbitraryFor } from './index.js';
export { DISTRIBUTION, sampleCase, sampleValue } from './sampler.js';

function checkN(what: string, n: number, max: number): void {
  if (!Number.isSafeInteger(n) || n < 0 || n > max) throw new RangeError(`${what} needs a whole number n in 0..${max}, got ${n}`);
}

/** Boolean functions f: C_n -> {-1, +1} (n <= 24), as { n, values } with values in point order. */
export function booleanFunctions(n: number): fc.Arbitrary<Fn> {
  checkN('booleanFunctions', n, 24);
  return booleanFunctionArbitrary(n);
}

/** Boolean functions on C_n of Fourier degree <= k (every one on all n variables can occur). */
export function lowDegreeFunctions(n: number, k: number): fc.Arbitrary<Fn> {
  checkN('lowDegreeFunctions', n, 24);
  if (!Number.isSafeInteger(k) || k < 0) throw new RangeError(`lowDegreeFunctions needs a degree k >= 0, got ${k}`);
  return lowDegreeArbitrary(n, k);
}

/** Functions C_n -> {min, ..., max} (32-bit integers). */
export function integerFunctions(n: number, min: number, max: number): fc.Arbitrary<Fn> {
  checkN('integerFunctions', n, 24);
  if (![min, max].every((v) => Number.isSafeInteger(v) && v >= -(2 ** 31) && v < 2 ** 31) || min > max) {
    throw new RangeError(`integerFunctions needs 32-bit integers min <= max, got ${min}, ${max}`);
  }
  return integerFunctionArbitrary(n, min, max);
}

/** Maps C_n -> C_m as { n, m, image } (image[x] = T(x) as a point index). */
export function maps(n: number, m: number = n): fc.Arbitrary<CubeMap> {
  checkN('maps', n, 20);
  checkN('maps (m)', m, 20);
  return mapArbitrary(n, m);
}

/** Bijections of C_n. */
export function bijections(n: number): fc.Arbitrary<CubeMap> {
  checkN('bijections', n, 20);
  return bijectionArbitrary(n);
}

/** Signed permutations x -> (s_1 x_pi(1), ..., s_n x_pi(n)) of C_n. */
export function signedPermutations(n: number): fc.Arbitrary<CubeMap> {
  checkN('signedPermutations', n, 20);
  return signedPermutationArbitrary(n);
}

/** GF(2)-affine bijections x -> A x + c of C_n. */
export function affineMaps(n: number): fc.Arbitrary<CubeMap> {
  checkN('affineMaps', n, 20);
  return affineMapArbitrary(n);
}

/** Subsets of C_n as { n, points } (points increasing). */
export function subsets(n: number): fc.Arbitrary<PointSet> {
  checkN('subsets', n, 24);
  return subsetArbitrary(n);
}
