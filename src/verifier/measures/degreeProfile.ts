/** (W^0, ..., W^n) by direct sums. */
import { text } from '../rational.js';
import { levelWeights } from './levelWeights.js';
import { parseQ, defineTwin } from './twin.js';

export const degreeProfile = defineTwin({
  input: 'function',
  compute: (f) => levelWeights(f).map(text),
  value: (w) => ({ over: 'level', entries: w.map(parseQ) }),
});
