/** The GF(2)-affine bijections b(T(x)) = A b(x) + c: 2^d prod_{i<d} (2^d - 2^i) maps. */
import { isAffine } from '../../maps/affine.js';
import { defineGroup } from '../group.js';

export const gf2Affine = defineGroup({
  id: 'gf2-affine',
  singular: 'GF(2)-affine map',
  plural: 'GF(2)-affine maps',
  summary: 'Latents recovered up to an invertible affine change of basis over GF(2).',
  subgroupOf: [],
  order: (d) => {
    const size = 2n ** BigInt(d);
    let k = size;
    for (let i = 0n; i < BigInt(d); i++) k *= size - 2n ** i;
    return k;
  },
  contains: (t) => isAffine(t),
});
