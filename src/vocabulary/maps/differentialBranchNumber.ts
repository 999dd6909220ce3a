/** The differential branch number (docs/math.md, "### differentialBranchNumber"). */
import { popcount } from '../../core/cube.js';
import { NULLABLE_INTEGER, defineMapMeasure } from '../measure.js';

export const differentialBranchNumber = defineMapMeasure({
  id: 'differentialBranchNumber',
  title: 'differential branch number min_{x != y} wt(x xor y) + wt(T(x) xor T(y))',
  group: 'differential',
  input: 'map',
  maxN: 10,
  summary: 'min wt(a) + wt(b) over a != 0 with DDT(a, b) > 0; null for n = 0.',
  type: NULLABLE_INTEGER,
  compute: (t) => {
    const table = t.ddt();
    const cols = 2 ** t.m;
    let best: number | null = null;
    for (let a = 1; a < 2 ** t.n; a++) {
      for (let b = 0; b < cols; b++) {
        if (table[a * cols + b]! > 0 && (best === null || popcount(a) + popcount(b) < best)) best = popcount(a) + popcount(b);
      }
    }
    return best;
  },
  json: (v) => v,
  text: (v) => (v === null ? 'none (n = 0)' : String(v)),
  value: (v) => v,
});
