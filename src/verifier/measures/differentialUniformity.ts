/** The verifier's differentialUniformity (docs/math.md, "### differentialUniformity"), by brute force. */
import { cells, maxOrNull, plainDdt } from './mapSums.js';
import { defineMapTwin } from './mapTwin.js';

export const differentialUniformity = defineMapTwin({
  input: 'map',
  compute: (t) => maxOrNull(cells(plainDdt(t), true, false)),
  value: (j) => j,
});
