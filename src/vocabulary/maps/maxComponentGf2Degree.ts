/** max GF(2) degree over nonzero components (algebraic degree) (docs/math.md, "### maxComponentGf2Degree"). */
import { NULLABLE_INTEGER, defineMapMeasure } from '../measure.js';
import { gf2ComponentDegrees, maxGf2 } from './componentDegrees.js';

export const maxComponentGf2Degree = defineMapMeasure({
  id: 'maxComponentGf2Degree',
  title: 'max GF(2) degree over nonzero components (algebraic degree)',
  group: 'degree',
  input: 'map',
  maxN: 10,
  summary: 'The algebraic degree of T: largest GF(2) degree of a component b.T; null for m = 0 or T = 0.',
  type: NULLABLE_INTEGER,
  compute: (t) => maxGf2(gf2ComponentDegrees(t)),
  json: (v) => v,
  text: (v) => (v === null ? 'none' : String(v)),
  value: (v) => v,
});
