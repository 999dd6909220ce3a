/** The GF(2)-affine bijections of C_n: b(T(x)) = A b(x) + c. */
import { defineDomain } from '../domain.js';

export interface Gf2AffineMapsSpec {
  readonly kind: 'gf2-affine-maps';
}

export const gf2AffineMaps = defineDomain({
  kind: 'gf2-affine-maps',
  name: 'gf2AffineMaps',
  yields: 'map',
  summary: 'The GF(2)-affine bijections of C_n: b(T(x)) = A b(x) + c.',
  parameters: [],
  make: (): Gf2AffineMapsSpec => ({ kind: 'gf2-affine-maps' }),
  resolve: (_spec, n): { readonly kind: 'gf2-affine-maps'; readonly n: number } => ({ kind: 'gf2-affine-maps', n }),
  describe: () => 'gf2-affine-maps',
});
