/** One representative per class of Boolean functions under the extended-affine group (affine maps of the inputs, adding affine functions), with its generator images (docs/math.md, "Class domains"). */
import { defineDomain } from '../domain.js';

export interface EaClassesSpec {
  readonly kind: 'ea-classes';
}

export const eaClasses = defineDomain({
  kind: 'ea-classes',
  name: 'eaClasses',
  yields: 'function',
  summary: 'Per class of Boolean functions under the extended-affine group (affine maps of the inputs, adding affine functions): its least member, then that member\'s images under the group generators (n <= 4).',
  parameters: [],
  make: (): EaClassesSpec => ({ kind: 'ea-classes' }),
  resolve: (_spec, n): { readonly kind: 'ea-classes'; readonly n: number } => ({ kind: 'ea-classes', n }),
  describe: () => 'ea-classes',
});
