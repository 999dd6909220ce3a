/** The verifier's boomerangUniformity (docs/math.md, "### boomerangUniformity"), by brute force. */
import { cells, maxOrNull, plainBct } from './mapSums.js';
import { defineMapTwin } from './mapTwin.js';

export const boomerangUniformity = defineMapTwin({
  input: 'bijection',
  compute: (t) => maxOrNull(cells(plainBct(t), true, true)),
  value: (j) => j,
});
