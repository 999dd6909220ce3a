/** The verifier's minComponentGf2Degree (docs/math.md, "### minComponentGf2Degree"). */
import { gf2Degrees, minGf2Degree } from './mapComponentDegrees.js';
import { defineMapTwin } from './mapTwin.js';

export const minComponentGf2Degree = defineMapTwin({
  input: 'map',
  compute: (t) => minGf2Degree(gf2Degrees(t)),
  value: (j) => j,
});
