/** Involutions (docs/math.md, "### involution"). */
import { BOOLEAN, defineMapMeasure } from '../measure.js';

export const involution = defineMapMeasure({
  id: 'involution',
  title: 'involution T o T = id',
  group: 'cycles',
  input: 'map',
  summary: 'm = n and T(T(x)) = x for every x (so T is a bijection, its own inverse).',
  type: BOOLEAN,
  compute: (t) => t.m === t.n && t.image.every((y, x) => t.image[y] === x),
  json: (v) => v,
  text: (v) => (v ? 'yes' : 'no'),
  value: (v) => v,
});
