/** One representative per class of Boolean functions under the affine group (x -> Ax + b on the inputs, output complement), with its generator images (docs/math.md, "Class domains"). */
import { defineDomain } from '../domain.js';

export interface AffineClassesSpec {
  readonly kind: 'affine-classes';
}

export const affineClasses = defineDomain({
  kind: 'affine-classes',
  name: 'affineClasses',
  yields: 'function',
  summary: 'Per class of Boolean functions under the affine group (x -> Ax + b on the inputs, output complement): its least member, then that member\'s images under the group generators (n <= 4).',
  parameters: [],
  make: (): AffineClassesSpec => ({ kind: 'affine-classes' }),
  resolve: (_spec, n): { readonly kind: 'affine-classes'; readonly n: number } => ({ kind: 'affine-classes', n }),
  describe: () => 'affine-classes',
});
