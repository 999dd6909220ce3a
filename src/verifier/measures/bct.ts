/** The verifier's bct (docs/math.md, "### bct"), by brute force. */
import { cellValue, plainBct } from './mapSums.js';
import { defineMapTwin } from './mapTwin.js';

export const bct = defineMapTwin({
  input: 'bijection',
  compute: (t) => plainBct(t),
  value: (j) => cellValue(j),
});
