/** Entering an S-box: `perm:` and its printer formatMap round-trip (PRESENT, AES, random maps). */
import { describe, expect, it } from 'vitest';
import { formatMap, parseMap } from '../../src/expr/index.js';
import { mapFromImages } from '../../src/maps/index.js';
import { randomMaps } from '../vocabulary/mapInputs.js';
import { PRESENT, aesSbox } from './sboxes.js';

describe('S-boxes as perm: literals', () => {
  it('PRESENT and AES read back as the same map, with m = n', () => {
    for (const table of [PRESENT, aesSbox()]) {
      const text = `perm:${table.join(',')}`;
      const parsed = parseMap(text);
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      expect(parsed.value.m).toBe(parsed.value.n);
      expect(Array.from(parsed.value.image)).toEqual(table);
      expect(formatMap(parsed.value)).toBe(text);
    }
  });
  it('formatMap then parseMap is the identity on seeded random maps C_n -> C_m (m < n too)', () => {
    for (const [n, m] of [[3, 1], [3, 3], [4, 2], [4, 6], [5, 5]] as const) {
      for (const t of randomMaps(n, m, 5, 7000 + 10 * n + m)) {
        const back = parseMap(formatMap(t), { n });
        expect(back.ok, `${n} ${m}`).toBe(true);
        if (!back.ok) return;
        expect({ n: back.value.n, m: back.value.m, image: Array.from(back.value.image) }).toEqual({ n, m, image: Array.from(mapFromImages(n, m, t.image).image) });
      }
    }
  });
});
