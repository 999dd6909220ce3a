/**
 * The d = 5 re-checks' symmetry (src/verifier/recoveryD5Symmetry.ts): its checks hold for the
 * generators; orbits partition a closed list (sizes add up, the ten +-dictators are one orbit of
 * 10), and a list that is not closed under the generators gets no symmetry (every code alone).
 */
import { describe, expect, it } from 'vitest';
import { compose5, orbits5, symmetryHolds5 } from '../../src/verifier/recoveryD5Symmetry.js';
import { d5Candidates, fourierDegree5 } from '../../src/verifier/recoveryD5Candidates.js';

describe('d = 5 symmetry of the recovery re-checks', () => {
  it('the generators pass the checks; g o a computed pointwise', () => {
    expect(symmetryHolds5()).toBe(true);
    const flip = Array.from({ length: 32 }, (_, x) => x ^ 1);
    expect(compose5(0xaaaaaaaa, flip)).toBe(0x55555555);
  });

  it('orbits partition closed lists; an unclosed list gets none', () => {
    const tick = (): void => {};
    const balanced = d5Candidates('fourier', 2, [16]).lists.get(16)!;
    const dictators = Array.from(balanced.codes).filter((c) => fourierDegree5(c) === 1);
    expect(orbits5(dictators, tick)).toEqual([{ rep: dictators[0], size: 10 }]);
    const quadratic = Array.from(balanced.codes).filter((c) => fourierDegree5(c) === 2);
    const orbits = orbits5(quadratic, tick);
    expect(orbits.reduce((a, o) => a + o.size, 0)).toBe(380);
    expect(orbits.length).toBeLessThan(380);
    expect(orbits5([0xaaaaaaaa, 0xcccccccc], tick)).toEqual([{ rep: 0xaaaaaaaa, size: 1 }, { rep: 0xcccccccc, size: 1 }]);
  });
});
