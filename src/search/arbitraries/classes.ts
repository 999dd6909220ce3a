/** fast-check arbitraries for the class domains: a uniform listed member, no shrinking (the members are few and fixed). */
import type fc from 'fast-check';
import type { Fn } from '../../model/values.js';
import type { ResolvedDomain } from '../../vocabulary/domains/index.js';
import { isClassMember } from '../domains/classDomains.js';
import { customArbitrary } from './custom.js';
import { fastCheckSource } from './random.js';
import { sampleValue } from './sampler.js';

type ClassDomain = Extract<ResolvedDomain, { kind: 'npn-classes' | 'affine-classes' | 'ea-classes' }>;

export function classArbitrary(d: ClassDomain): fc.Arbitrary<Fn> {
  return customArbitrary<Fn>({
    generate: (mrng) => sampleValue(d, fastCheckSource(mrng)) as Fn,
    shrinkCandidates: () => [],
    isValue: (v): v is Fn => typeof v === 'object' && v !== null && (v as Fn).values instanceof Int32Array && isClassMember(d.kind, d.n, v as Fn),
  });
}
