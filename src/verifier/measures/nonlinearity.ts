/** The verifier's nonlinearity: the distance to every affine function +-chi_a, counted point by point. */
import { chiAt } from '../walsh.js';
import { elements } from './plainSums.js';
import { defineTwin } from './twin.js';

export function plainNonlinearity(_n: number, values: ArrayLike<number>) {
  let best = Infinity;
  let nearest = { set: [] as number[], negated: false };
  for (let a = 0; a < values.length; a++) {
    for (const sign of [1, -1]) {
      let distance = 0;
      for (let x = 0; x < values.length; x++) if (values[x] !== sign * chiAt(a, x)) distance++;
      if (distance < best) [best, nearest] = [distance, { set: elements(a), negated: sign === -1 }];
    }
  }
  return { nonlinearity: best, nearestAffine: nearest };
}

export const nonlinearity = defineTwin({
  input: 'boolean',
  compute: (f) => plainNonlinearity(f.n, f.values),
  value: (v) => v.nonlinearity,
});
