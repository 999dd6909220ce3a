/**
 * The verifier's own sampler (docs/certificates.md, "Sampled cases"): case k of a run with a seed,
 * every variable in declaration order from the one stream, for the one distribution it knows.
 */
import type { ResolvedDomain } from '../claim/domains.js';
import type { Value } from '../claim/values.js';
import { lowDegreeTable } from './sampleLowDegree.js';
import { affine, anyMap, bijection, signed } from './sampleMaps.js';
import { booleanTable, integerTable, subsetTable } from './sampleFunctions.js';
import { Stream } from './sampleStream.js';
import { classMembers } from './classDomains.js';
import { isClassDomain } from './domain.js';

export const KNOWN_DISTRIBUTION = 'cubecheck-mix/1';

function draw(d: ResolvedDomain, s: Stream): Value {
  const n = d.n;
  if (d.kind === 'boolean-functions') return { n, values: Int32Array.from(booleanTable(s, n)) };
  if (d.kind === 'low-degree-functions') return { n, values: Int32Array.from(lowDegreeTable(s, n, d.maxDegree)) };
  if (d.kind === 'integer-functions') return { n, values: Int32Array.from(integerTable(s, n, d.min, d.max)) };
  if (d.kind === 'subsets') {
    const members: number[] = [];
    subsetTable(s, n).forEach((inSet, x) => inSet === 1 && members.push(x));
    return { n, points: Uint32Array.from(members) };
  }
  if (d.kind === 'maps') return { n, m: d.m, image: Uint32Array.from(anyMap(s, n, d.m)) };
  if (d.kind === 'bijections') return { n, m: n, image: Uint32Array.from(bijection(s, n)) };
  if (d.kind === 'signed-permutations') return { n, m: n, image: Uint32Array.from(signed(s, n)) };
  if (isClassDomain(d)) {
    const members = classMembers(d.kind, n);
    const t = members[s.below(members.length)]!;
    return { n, values: Int32Array.from({ length: 2 ** n }, (_, x) => (Math.floor(t / 2 ** x) % 2 ? -1 : 1)) };
  }
  return { n, m: n, image: Uint32Array.from(affine(s, n)) };
}

export function regenerateCase(domains: readonly ResolvedDomain[], seed: number, k: number): Value[] {
  const s = new Stream(seed, k);
  return domains.map((d) => draw(d, s));
}
