/** max real degree over nonzero components (docs/math.md, "### maxComponentDegree"). */
import { NULLABLE_INTEGER, defineMapMeasure } from '../measure.js';
import { maxOf, realComponentDegrees } from './componentDegrees.js';

export const maxComponentDegree = defineMapMeasure({
  id: 'maxComponentDegree',
  title: 'max real degree over nonzero components',
  group: 'degree',
  input: 'map',
  maxN: 10,
  summary: 'Largest Fourier degree of a nonzero component b.T; null for m = 0.',
  type: NULLABLE_INTEGER,
  compute: (t) => maxOf(realComponentDegrees(t)),
  json: (v) => v,
  text: (v) => (v === null ? 'none' : String(v)),
  value: (v) => v,
});
