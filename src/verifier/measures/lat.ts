/** The verifier's lat (docs/math.md, "### lat"), by brute force. */
import { cellValue, plainWalshTable } from './mapSums.js';
import { defineMapTwin } from './mapTwin.js';

export const lat = defineMapTwin({
  input: 'map',
  compute: (t) => plainWalshTable(t),
  value: (j) => cellValue(j),
});
