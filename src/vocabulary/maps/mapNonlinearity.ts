/** Nonlinearity of a map (docs/math.md, "### mapNonlinearity"). */
import { NULLABLE_INTEGER, defineMapMeasure } from '../measure.js';
import { mapLinearityOf } from './mapLinearity.js';

export const mapNonlinearity = defineMapMeasure({
  id: 'mapNonlinearity',
  title: 'nonlinearity NL(T) = 2^(n-1) - L(T)/2',
  group: 'linear',
  input: 'map',
  maxN: 10,
  summary: 'Least Hamming distance of a nonzero component b.T to an affine function; null for m = 0.',
  type: NULLABLE_INTEGER,
  compute: (t) => {
    const l = mapLinearityOf(t);
    return l === null ? null : (2 ** t.n - l) / 2;
  },
  json: (v) => v,
  text: (v) => (v === null ? 'none (m = 0)' : String(v)),
  value: (v) => v,
});
