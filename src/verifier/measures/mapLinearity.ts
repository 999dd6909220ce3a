/** The verifier's mapLinearity (docs/math.md, "### mapLinearity"), by brute force. */
import { cells, maxOrNull, plainWalshTable } from './mapSums.js';
import { defineMapTwin } from './mapTwin.js';

export const mapLinearity = defineMapTwin({
  input: 'map',
  compute: (t) => maxOrNull(cells(plainWalshTable(t), false, true).map(Math.abs)),
  value: (j) => j,
});
