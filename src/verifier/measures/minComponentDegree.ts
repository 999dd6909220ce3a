/** The verifier's minComponentDegree (docs/math.md, "### minComponentDegree"). */
import { minDegree, realDegrees } from './mapComponentDegrees.js';
import { defineMapTwin } from './mapTwin.js';

export const minComponentDegree = defineMapTwin({
  input: 'map',
  compute: (t) => minDegree(realDegrees(t)),
  value: (j) => j,
});
