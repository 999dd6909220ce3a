/** The verifier's inverseGf2Degree (docs/math.md, "### inverseGf2Degree"). */
import { gf2Degrees, inverseOf, maxGf2Degree } from './mapComponentDegrees.js';
import { defineMapTwin } from './mapTwin.js';

export const inverseGf2Degree = defineMapTwin({
  input: 'bijection',
  compute: (t) => maxGf2Degree(gf2Degrees(inverseOf(t))),
  value: (j) => j,
});
