/** Stab_rho(f) = sum_k rho^k W^k: its coefficients are the level weights, by direct sums. */
import { text } from '../rational.js';
import { levelWeights } from './levelWeights.js';
import { parseQ, defineTwin } from './twin.js';

export const noiseStability = defineTwin({
  input: 'function',
  compute: (f) => levelWeights(f).map(text),
  value: (c) => ({ over: 'level', entries: c.map(parseQ) }),
});
