/** max real degree over nonzero components of T^-1 (docs/math.md, "### inverseDegree"). */
import { NULLABLE_INTEGER, defineMapMeasure } from '../measure.js';
import { inverseSubject, maxOf, realComponentDegrees } from './componentDegrees.js';

export const inverseDegree = defineMapMeasure({
  id: 'inverseDegree',
  title: 'max real degree over nonzero components of T^-1',
  group: 'degree',
  input: 'bijection',
  maxN: 10,
  summary: 'Largest Fourier degree of a nonzero component of T^-1; bijections only; null for n = 0.',
  type: NULLABLE_INTEGER,
  compute: (t) => maxOf(realComponentDegrees(inverseSubject(t))),
  json: (v) => v,
  text: (v) => (v === null ? 'none' : String(v)),
  value: (v) => v,
});
