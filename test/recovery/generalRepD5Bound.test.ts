/**
 * The head search's cut at d = 5 (src/recovery/exact/generalRepD5Bound.ts repExceedsD5): counts
 * computed once into a reused array; the same answers as the two plain passes of exceedsFrom
 * (degree 1, then degree <= 2) on random class pairings, budgets and both combinations.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { identityMap } from '../../src/maps/boolMap.js';
import { exceedsFrom, repExceedsD5 } from '../../src/recovery/exact/generalRepD5Bound.js';
import { d5Coordinates } from '../../src/recovery/exact/generalRepD5Coordinates.js';
import { coordinateCandidates } from '../../src/recovery/exact/observedCoordinates.js';
import { SEED, arbBijectionImage } from './helpers.js';

describe('repExceedsD5 = exceedsFrom (degree 1) || exceedsFrom (degree <= 2)', () => {
  it('random pairings of classes of C_5 (V(Z_i) = X_i), budgets 4..14, sum and max', () => {
    const rc = d5Coordinates(coordinateCandidates(identityMap(5))!, 5);
    let cut = 0;
    let kept = 0;
    fc.assert(
      fc.property(arbBijectionImage(5), fc.array(fc.nat(9), { minLength: 32, maxLength: 32 }), fc.integer({ min: 4, max: 14 }), fc.constantFrom<'sum' | 'max'>('sum', 'max'), (v, label, budget, combine) => {
        const zc = Array.from({ length: 10 }, (_, l) => label.reduce((m, k, z) => (k === l ? m | (1 << z) : m), 0) >>> 0).filter((m) => m !== 0);
        const xc = zc.map((m) => Array.from({ length: 32 }, (_, z) => z).reduce((acc, z) => ((m >>> z) & 1 ? acc | (1 << v[z]!) : acc), 0) >>> 0);
        const want = exceedsFrom(rc, combine, xc, zc, budget, 0, 0, 1) || exceedsFrom(rc, combine, xc, zc, budget, 0, 0, 2);
        expect(repExceedsD5(rc, combine, xc, zc, budget)).toBe(want);
        if (want) cut++;
        else kept++;
      }),
      { seed: SEED + 60, numRuns: 300 },
    );
    // Both outcomes occur (the comparison is not vacuous).
    expect(cut).toBeGreaterThan(0);
    expect(kept).toBeGreaterThan(0);
  });
});
