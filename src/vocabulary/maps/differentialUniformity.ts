/** Differential uniformity (docs/math.md, "### differentialUniformity"). */
import { NULLABLE_INTEGER, defineMapMeasure } from '../measure.js';
import type { MapSubject } from '../mapSubject.js';

/** max over a != 0 and every b of DDT(a, b); null for n = 0 (no a != 0). */
export function differentialUniformityOf(t: MapSubject): number | null {
  const table = t.ddt();
  const cols = 2 ** t.m;
  let max: number | null = null;
  for (let i = cols; i < table.length; i++) if (max === null || table[i]! > max) max = table[i]!;
  return max;
}

export const differentialUniformity = defineMapMeasure({
  id: 'differentialUniformity',
  title: 'differential uniformity max_{a != 0, b} DDT(a, b)',
  group: 'differential',
  input: 'map',
  maxN: 10,
  summary: 'Largest DDT entry outside row a = 0 (2 for APN maps); null for n = 0.',
  type: NULLABLE_INTEGER,
  compute: differentialUniformityOf,
  json: (v) => v,
  text: (v) => (v === null ? 'none (n = 0)' : String(v)),
  value: (v) => v,
});
