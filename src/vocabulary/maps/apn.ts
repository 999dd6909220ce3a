/** Almost perfect nonlinear (docs/math.md, "### apn"). */
import { BOOLEAN, defineMapMeasure } from '../measure.js';
import { differentialUniformityOf } from './differentialUniformity.js';

export const apn = defineMapMeasure({
  id: 'apn',
  title: 'APN (differential uniformity 2)',
  group: 'differential',
  input: 'map',
  maxN: 10,
  summary: 'Almost perfect nonlinear: n >= 1 and every DDT entry with a != 0 is 0 or 2.',
  type: BOOLEAN,
  compute: (t) => differentialUniformityOf(t) === 2,
  json: (v) => v,
  text: (v) => (v ? 'yes' : 'no'),
  value: (v) => v,
});
