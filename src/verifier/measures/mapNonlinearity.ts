/** The verifier's mapNonlinearity (docs/math.md, "### mapNonlinearity"): the least distance of a nonzero component to an affine function, by counting. */
import { componentValues, dot, minOrNull, points } from './mapSums.js';
import { defineMapTwin } from './mapTwin.js';

export const mapNonlinearity = defineMapTwin({
  input: 'map',
  compute: (t) => {
    const distances: number[] = [];
    for (const b of points(t.m).slice(1)) {
      const f = componentValues(t, b);
      for (const a of points(t.n)) {
        for (const c of [1, -1]) distances.push(points(t.n).filter((x) => f[x] !== (dot(a, x) ? -c : c)).length);
      }
    }
    return minOrNull(distances);
  },
  value: (j) => j,
});
