/** The verifier's inverseDegree (docs/math.md, "### inverseDegree"). */
import { inverseOf, maxDegree, realDegrees } from './mapComponentDegrees.js';
import { defineMapTwin } from './mapTwin.js';

export const inverseDegree = defineMapTwin({
  input: 'bijection',
  compute: (t) => maxDegree(realDegrees(inverseOf(t))),
  value: (j) => j,
});
