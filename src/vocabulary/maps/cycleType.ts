/** Cycle type of a bijection (docs/math.md, "### cycleType"). */
import { NULLABLE_INTEGER, defineMapMeasure } from '../measure.js';

/** [length, number of cycles of that length], by increasing length. */
export type CycleType = readonly (readonly [number, number])[];

export function cycleTypeOf(image: Uint32Array): CycleType {
  const seen = new Uint8Array(image.length);
  const counts = new Map<number, number>();
  for (let x = 0; x < image.length; x++) {
    if (seen[x]) continue;
    let len = 0;
    for (let y = x; !seen[y]; y = image[y]!) {
      seen[y] = 1;
      len++;
    }
    counts.set(len, (counts.get(len) ?? 0) + 1);
  }
  return [...counts.entries()].sort((p, q) => p[0] - q[0]);
}

export const cycleType = defineMapMeasure({
  id: 'cycleType',
  title: 'cycle type',
  group: 'cycles',
  input: 'bijection',
  summary: 'The cycle lengths of the permutation T with their multiplicities; claims see the number of cycles.',
  type: NULLABLE_INTEGER,
  compute: (t) => cycleTypeOf(t.image),
  json: (v) => v.map(([len, count]) => [len, count]),
  text: (v) => `${v.map(([len, count]) => (count === 1 ? `${len}` : `${len}^${count}`)).join(' ')} (${v.reduce((s, [, c]) => s + c, 0)} cycles)`,
  value: (v) => v.reduce((s, [, c]) => s + c, 0),
});
