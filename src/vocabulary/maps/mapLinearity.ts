/** Linearity of a map (docs/math.md, "### mapLinearity"). */
import { NULLABLE_INTEGER, defineMapMeasure } from '../measure.js';
import type { MapSubject } from '../mapSubject.js';

/** max |W_T(a, b)| over every a and b != 0; null for m = 0 (no component). */
export function mapLinearityOf(t: MapSubject): number | null {
  const w = t.walsh();
  const cols = 2 ** t.m;
  let max: number | null = null;
  for (let i = 0; i < w.length; i++) if (i % cols !== 0 && (max === null || Math.abs(w[i]!) > max)) max = Math.abs(w[i]!);
  return max;
}

export const mapLinearity = defineMapMeasure({
  id: 'mapLinearity',
  title: 'linearity L(T) = max_{a, b != 0} |W_T(a, b)|',
  group: 'linear',
  input: 'map',
  maxN: 10,
  summary: 'Largest |Walsh value| of the nonzero components b.T (twice the largest absolute LAT bias); null for m = 0.',
  type: NULLABLE_INTEGER,
  compute: mapLinearityOf,
  json: (v) => v,
  text: (v) => (v === null ? 'none (m = 0)' : String(v)),
  value: (v) => v,
});
