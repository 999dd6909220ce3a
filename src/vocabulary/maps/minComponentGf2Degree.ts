/** min GF(2) degree over nonzero components (docs/math.md, "### minComponentGf2Degree"). */
import { NULLABLE_INTEGER, defineMapMeasure } from '../measure.js';
import { gf2ComponentDegrees, minGf2 } from './componentDegrees.js';

export const minComponentGf2Degree = defineMapMeasure({
  id: 'minComponentGf2Degree',
  title: 'min GF(2) degree over nonzero components',
  group: 'degree',
  input: 'map',
  maxN: 10,
  summary: 'Least GF(2) degree of a nonzero component b.T; null for m = 0 or when some b.T is the zero function (degree -infinity).',
  type: NULLABLE_INTEGER,
  compute: (t) => minGf2(gf2ComponentDegrees(t)),
  json: (v) => v,
  text: (v) => (v === null ? 'none' : String(v)),
  value: (v) => v,
});
