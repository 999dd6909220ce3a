/** Plateaued maps (docs/math.md, "### mapPlateaued"). */
import { BOOLEAN, defineMapMeasure } from '../measure.js';

export const mapPlateaued = defineMapMeasure({
  id: 'mapPlateaued',
  title: 'plateaued (every nonzero component plateaued)',
  group: 'linear',
  input: 'map',
  maxN: 10,
  summary: 'Every nonzero component b.T has |W_T(a, b)| in {0, lambda_b} for one lambda_b (the amplitude may depend on b).',
  type: BOOLEAN,
  compute: (t) => {
    const w = t.walsh();
    const cols = 2 ** t.m;
    for (let b = 1; b < cols; b++) {
      let amp = 0;
      for (let a = 0; a < 2 ** t.n; a++) {
        const v = Math.abs(w[a * cols + b]!);
        if (v === 0) continue;
        if (amp === 0) amp = v;
        else if (v !== amp) return false;
      }
    }
    return true;
  },
  json: (v) => v,
  text: (v) => (v ? 'yes' : 'no'),
  value: (v) => v,
});
