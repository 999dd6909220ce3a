/** The verifier's maxComponentGf2Degree (docs/math.md, "### maxComponentGf2Degree"). */
import { gf2Degrees, maxGf2Degree } from './mapComponentDegrees.js';
import { defineMapTwin } from './mapTwin.js';

export const maxComponentGf2Degree = defineMapTwin({
  input: 'map',
  compute: (t) => maxGf2Degree(gf2Degrees(t)),
  value: (j) => j,
});
