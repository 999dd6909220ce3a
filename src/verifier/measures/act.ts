/** The verifier's act (docs/math.md, "### act"), by brute force. */
import { cellValue, plainAct } from './mapSums.js';
import { defineMapTwin } from './mapTwin.js';

export const act = defineMapTwin({
  input: 'map',
  compute: (t) => plainAct(t),
  value: (j) => cellValue(j),
});
