/** One representative per class of Boolean functions under NPN (permute and negate inputs, negate the output), with its generator images (docs/math.md, "Class domains"). */
import { defineDomain } from '../domain.js';

export interface NpnClassesSpec {
  readonly kind: 'npn-classes';
}

export const npnClasses = defineDomain({
  kind: 'npn-classes',
  name: 'npnClasses',
  yields: 'function',
  summary: 'Per class of Boolean functions under NPN (permute and negate inputs, negate the output): its least member, then that member\'s images under the group generators (n <= 4).',
  parameters: [],
  make: (): NpnClassesSpec => ({ kind: 'npn-classes' }),
  resolve: (_spec, n): { readonly kind: 'npn-classes'; readonly n: number } => ({ kind: 'npn-classes', n }),
  describe: () => 'npn-classes',
});
