/** The verifier's apn (docs/math.md, "### apn"), by brute force. */
import { cells, maxOrNull, plainDdt } from './mapSums.js';
import { defineMapTwin } from './mapTwin.js';

export const apn = defineMapTwin({
  input: 'map',
  compute: (t) => maxOrNull(cells(plainDdt(t), true, false)) === 2,
  value: (j) => j,
});
