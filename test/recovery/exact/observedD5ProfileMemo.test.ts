/** The profile cut's memoised latent degrees are keyed by d too: one code read at d = 3, then d = 4. */
import { describe, expect, it } from 'vitest';
import { fourierDegreeOfCode } from '../../../src/recovery/exact/costs.js';
import { latentDegree } from '../../../src/recovery/exact/observedD5Profile.js';

describe('latentDegree (observedD5Profile.ts)', () => {
  it('answers each d for itself, whatever was asked before', () => {
    // 0b10010110 is the parity at d = 3 (degree 3) and x1 x2 x3-like at d = 4 (another degree).
    for (const code of [0b10010110, 0b11101000, 0x6996, 0x0ff0]) {
      for (const d of [3, 4, 5]) {
        if (code >= 2 ** 2 ** d) continue;
        expect(latentDegree(d, code)).toBe(fourierDegreeOfCode(d, code));
      }
    }
    expect(latentDegree(3, 0b10010110)).toBe(3);
    expect(latentDegree(4, 0b10010110)).not.toBe(3);
  });
});
