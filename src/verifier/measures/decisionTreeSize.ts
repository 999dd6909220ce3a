/** The verifier's decision-tree size: plain recursion over partial assignments (./decisionTrees.ts). */
import { plainDecisionTreeSize } from './decisionTrees.js';
import { defineTwin } from './twin.js';

export const decisionTreeSize = defineTwin({
  input: 'boolean',
  compute: (f) => plainDecisionTreeSize(f.n, f.values),
  value: (v) => v.leaves,
});
