/** All subsets of the cube C_n. */
import { defineDomain } from '../domain.js';

export interface SubsetsSpec {
  readonly kind: 'subsets';
}

export const subsets = defineDomain({
  kind: 'subsets',
  name: 'subsets',
  yields: 'subset',
  summary: 'All subsets of the cube C_n.',
  parameters: [],
  make: (): SubsetsSpec => ({ kind: 'subsets' }),
  resolve: (_spec, n): { readonly kind: 'subsets'; readonly n: number } => ({ kind: 'subsets', n }),
  describe: () => 'subsets',
});
