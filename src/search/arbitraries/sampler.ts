/**
 * The documented sampler: one value of a resolved domain from a RandomSource, and case k of a run
 * (every variable, in declaration order, from the one stream of (seed, k)). Its name and version
 * are recorded in outputs and certificates; any change to what it draws needs a new version.
 */
import type { ResolvedDomain } from '../../vocabulary/domains/index.js';
import type { Value } from '../../model/values.js';
import { CaseStream, type RandomSource } from './random.js';
import { classTables } from '../domains/classDomains.js';
import { sampleBooleanTable } from './sampleFunctions.js';
import { sampleLowDegreeTable } from './sampleLowDegree.js';
import { sampleAffine, sampleBijection, sampleMap, sampleSignedPermutation } from './sampleMaps.js';
import { sampleIntegerTable, sampleSubsetMask } from './sampleSets.js';

/** The distribution's name and version (docs/certificates.md, "Sampled cases"). */
export const DISTRIBUTION = 'cubecheck-mix/1';

export function sampleValue(d: ResolvedDomain, src: RandomSource): Value {
  const n = d.n;
  switch (d.kind) {
    case 'boolean-functions':
      return { n, values: sampleBooleanTable(src, n) };
    case 'low-degree-functions':
      return { n, values: sampleLowDegreeTable(src, n, d.maxDegree) };
    case 'integer-functions':
      return { n, values: sampleIntegerTable(src, n, d.min, d.max) };
    case 'subsets': {
      const mask = sampleSubsetMask(src, n);
      const points: number[] = [];
      mask.forEach((b, x) => b && points.push(x));
      return { n, points: Uint32Array.from(points) };
    }
    case 'maps':
      return { n, m: d.m, image: sampleMap(src, n, d.m) };
    case 'bijections':
      return { n, m: n, image: sampleBijection(src, n) };
    case 'signed-permutations':
      return { n, m: n, image: sampleSignedPermutation(src, n) };
    case 'gf2-affine-maps':
      return { n, m: n, image: sampleAffine(src, n) };
    case 'npn-classes':
    case 'affine-classes':
    case 'ea-classes': {
      // uniform over the listed members (docs/certificates.md, "Sampled cases")
      const tables = classTables(d.kind, n);
      const t = tables[src.below(tables.length)]!;
      return { n, values: Int32Array.from({ length: 2 ** n }, (_, x) => ((t >>> x) & 1 ? -1 : 1)) };
    }
  }
}

/** Case k (0-based) of a run with this seed: the variables' values in declaration order. */
export function sampleCase(domains: readonly ResolvedDomain[], seed: number, k: number): Value[] {
  const src = new CaseStream(seed, k);
  return domains.map((d) => sampleValue(d, src));
}
