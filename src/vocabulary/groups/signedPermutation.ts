/** The signed permutations T(x)_j = s_j x_pi(j): 2^d d! maps (docs/math.md section 4). */
import { isSignedPermutation } from '../../maps/signedPermutation.js';
import { defineGroup } from '../group.js';

export const signedPermutation = defineGroup({
  id: 'signed-permutation',
  singular: 'signed permutation',
  plural: 'signed permutations',
  summary: 'Latents recovered up to order and sign: T(x)_j = s_j x_pi(j).',
  subgroupOf: ['gf2-affine'],
  order: (d) => {
    let k = 2n ** BigInt(d);
    for (let i = 2n; i <= BigInt(d); i++) k *= i;
    return k;
  },
  contains: (t) => isSignedPermutation(t),
});
