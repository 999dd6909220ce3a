/**
 * A fast-check arbitrary for every resolved domain (several variables are a tuple of these), the
 * documented sampler behind them (sampler.ts, docs/certificates.md "Sampled cases") and its
 * deterministic random source (random.ts).
 */
import type fc from 'fast-check';
import type { ResolvedDomain } from '../../vocabulary/domains/index.js';
import type { Value } from '../../model/values.js';
import { booleanFunctionArbitrary, integerFunctionArbitrary, lowDegreeArbitrary, subsetArbitrary } from './functions.js';
import { affineMapArbitrary, bijectionArbitrary, mapArbitrary, signedPermutationArbitrary } from './maps.js';
import { classArbitrary } from './classes.js';

export { booleanFunctionArbitrary, integerFunctionArbitrary, lowDegreeArbitrary, subsetArbitrary } from './functions.js';
export { affineMapArbitrary, bijectionArbitrary, mapArbitrary, signedPermutationArbitrary } from './maps.js';
export { DISTRIBUTION, sampleCase, sampleValue } from './sampler.js';
export { CaseStream, type RandomSource, fastCheckSource } from './random.js';

export function arbitraryFor(d: ResolvedDomain): fc.Arbitrary<Value> {
  switch (d.kind) {
    case 'boolean-functions':
      return booleanFunctionArbitrary(d.n);
    case 'low-degree-functions':
      return lowDegreeArbitrary(d.n, d.maxDegree);
    case 'integer-functions':
      return integerFunctionArbitrary(d.n, d.min, d.max);
    case 'subsets':
      return subsetArbitrary(d.n);
    case 'maps':
      return mapArbitrary(d.n, d.m);
    case 'bijections':
      return bijectionArbitrary(d.n);
    case 'signed-permutations':
      return signedPermutationArbitrary(d.n);
    case 'gf2-affine-maps':
      return affineMapArbitrary(d.n);
    case 'npn-classes':
    case 'affine-classes':
    case 'ea-classes':
      return classArbitrary(d);
  }
}
