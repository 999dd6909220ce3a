/** The verifier's decision-tree depth: plain recursion over partial assignments (./decisionTrees.ts). */
import { plainDecisionTreeDepth } from './decisionTrees.js';
import { defineTwin } from './twin.js';

export const decisionTreeDepth = defineTwin({
  input: 'boolean',
  compute: (f) => plainDecisionTreeDepth(f.n, f.values),
  value: (v) => v.D,
});
