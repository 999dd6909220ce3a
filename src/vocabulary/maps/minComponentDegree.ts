/** min real degree over nonzero components (docs/math.md, "### minComponentDegree"). */
import { NULLABLE_INTEGER, defineMapMeasure } from '../measure.js';
import { minOf, realComponentDegrees } from './componentDegrees.js';

export const minComponentDegree = defineMapMeasure({
  id: 'minComponentDegree',
  title: 'min real degree over nonzero components',
  group: 'degree',
  input: 'map',
  maxN: 10,
  summary: 'Least Fourier degree of a nonzero component b.T (+-1 valued); null for m = 0.',
  type: NULLABLE_INTEGER,
  compute: (t) => minOf(realComponentDegrees(t)),
  json: (v) => v,
  text: (v) => (v === null ? 'none' : String(v)),
  value: (v) => v,
});
