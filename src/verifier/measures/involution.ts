/** The verifier's involution (docs/math.md): m = n and T(T(x)) = x everywhere. */
import { points } from './mapSums.js';
import { defineMapTwin } from './mapTwin.js';

export const involution = defineMapTwin({
  input: 'map',
  compute: (t) => t.m === t.n && points(t.n).every((x) => t.image[t.image[x]!] === x),
  value: (j) => j,
});
