/** The verifier's maxComponentDegree (docs/math.md, "### maxComponentDegree"). */
import { maxDegree, realDegrees } from './mapComponentDegrees.js';
import { defineMapTwin } from './mapTwin.js';

export const maxComponentDegree = defineMapTwin({
  input: 'map',
  compute: (t) => maxDegree(realDegrees(t)),
  value: (j) => j,
});
