/** The linear branch number (docs/math.md, "### linearBranchNumber"). */
import { popcount } from '../../core/cube.js';
import { NULLABLE_INTEGER, defineMapMeasure } from '../measure.js';

export const linearBranchNumber = defineMapMeasure({
  id: 'linearBranchNumber',
  title: 'linear branch number min wt(a) + wt(b) over W_T(a, b) != 0, (a, b) != (0, 0)',
  group: 'linear',
  input: 'map',
  maxN: 10,
  summary: 'min wt(a) + wt(b) over the nonzero Walsh values W_T(a, b) with (a, b) != (0, 0); null when there is none.',
  type: NULLABLE_INTEGER,
  compute: (t) => {
    const w = t.walsh();
    const cols = 2 ** t.m;
    let best: number | null = null;
    for (let i = 1; i < w.length; i++) {
      const wt = popcount(Math.floor(i / cols)) + popcount(i % cols);
      if (w[i] !== 0 && (best === null || wt < best)) best = wt;
    }
    return best;
  },
  json: (v) => v,
  text: (v) => (v === null ? 'none' : String(v)),
  value: (v) => v,
});
