/** The verifier's ddt (docs/math.md, "### ddt"), by brute force. */
import { cellValue, plainDdt } from './mapSums.js';
import { defineMapTwin } from './mapTwin.js';

export const ddt = defineMapTwin({
  input: 'map',
  compute: (t) => plainDdt(t),
  value: (j) => cellValue(j),
});
