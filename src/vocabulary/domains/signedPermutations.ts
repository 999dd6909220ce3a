/** The 2^n n! signed permutations of C_n: T(x)_j = s_j x_pi(j). */
import { defineDomain } from '../domain.js';

export interface SignedPermutationsSpec {
  readonly kind: 'signed-permutations';
}

export const signedPermutations = defineDomain({
  kind: 'signed-permutations',
  name: 'signedPermutations',
  yields: 'map',
  summary: 'The 2^n n! signed permutations of C_n: T(x)_j = s_j x_pi(j).',
  parameters: [],
  make: (): SignedPermutationsSpec => ({ kind: 'signed-permutations' }),
  resolve: (_spec, n): { readonly kind: 'signed-permutations'; readonly n: number } => ({ kind: 'signed-permutations', n }),
  describe: () => 'signed-permutations',
});
