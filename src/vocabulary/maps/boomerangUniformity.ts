/** Boomerang uniformity (docs/math.md, "### boomerangUniformity"). */
import { NULLABLE_INTEGER, defineMapMeasure } from '../measure.js';

export const boomerangUniformity = defineMapMeasure({
  id: 'boomerangUniformity',
  title: 'boomerang uniformity max_{a, b != 0} BCT(a, b)',
  group: 'boomerang',
  input: 'bijection',
  maxN: 8,
  summary: 'Largest BCT entry with a != 0 and b != 0 (Boura-Canteaut 2018); bijections only; null for n = 0.',
  type: NULLABLE_INTEGER,
  compute: (t) => {
    const table = t.bct();
    const size = 2 ** t.n;
    let max: number | null = null;
    for (let a = 1; a < size; a++) for (let b = 1; b < size; b++) if (max === null || table[a * size + b]! > max) max = table[a * size + b]!;
    return max;
  },
  json: (v) => v,
  text: (v) => (v === null ? 'none (n = 0)' : String(v)),
  value: (v) => v,
});
