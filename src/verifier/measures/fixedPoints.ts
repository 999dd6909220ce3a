/** The verifier's fixedPoints (docs/math.md): the x with T(x) = x, the first 64 listed. */
import { points } from './mapSums.js';
import { defineMapTwin } from './mapTwin.js';

export const fixedPoints = defineMapTwin({
  input: 'map',
  compute: (t) => {
    if (t.m !== t.n) return null;
    const fixed = points(t.n).filter((x) => t.image[x] === x);
    return { count: fixed.length, points: fixed.slice(0, 64) };
  },
  value: (j) => (j === null ? null : j.count),
});
