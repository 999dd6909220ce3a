/** max GF(2) degree over nonzero components of T^-1 (docs/math.md, "### inverseGf2Degree"). */
import { NULLABLE_INTEGER, defineMapMeasure } from '../measure.js';
import { gf2ComponentDegrees, inverseSubject, maxGf2 } from './componentDegrees.js';

export const inverseGf2Degree = defineMapMeasure({
  id: 'inverseGf2Degree',
  title: 'max GF(2) degree over nonzero components of T^-1',
  group: 'degree',
  input: 'bijection',
  maxN: 10,
  summary: 'The algebraic degree of T^-1; bijections only; null for n = 0.',
  type: NULLABLE_INTEGER,
  compute: (t) => maxGf2(gf2ComponentDegrees(inverseSubject(t))),
  json: (v) => v,
  text: (v) => (v === null ? 'none' : String(v)),
  value: (v) => v,
});
