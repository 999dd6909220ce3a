import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { degree } from '../../src/core/degree.js';
import {
  MAX_PARITY_DEGREE_SUM_N,
  affineMap,
  component,
  DEFAULT_PARITY_BUDGET,
  componentDegrees,
  componentDegreesWithin,
  identityMap,
  parityDegreeSumWithin,
  parityDegreeSum,
  parityDegreeSumLowerBound,
} from '../../src/maps/index.js';
import { SEED, arbBijection, arbMap, arbNearBijection, slowIsBijection } from './helpers.js';

describe('component degrees and the parity degree sum', () => {
  it('componentDegrees matches degree(chi_S o T) for every S, on any map', () => {
    fc.assert(
      fc.property(fc.oneof(arbMap(0, 5, 0, 5), arbBijection(0, 6)), (t) => {
        const d = componentDegrees(t);
        expect(d.length).toBe(2 ** t.m);
        for (let s = 0; s < d.length; s++) expect(d[s]).toBe(degree(component(t, s)));
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('P(T) is the sum of the component degrees for bijections, an error otherwise', () => {
    fc.assert(
      fc.property(fc.oneof(arbBijection(0, 6), arbNearBijection(1, 5)), (t) => {
        const p = parityDegreeSum(t);
        expect(p.ok).toBe(slowIsBijection(t));
        if (!p.ok) return;
        let slow = 0;
        for (let s = 0; s < 2 ** t.n; s++) slow += degree(component(t, s))!;
        expect(p.value).toBe(slow);
      }),
      { seed: SEED, numRuns: 100 },
    );
    expect(parityDegreeSum({ n: 1, m: 2, image: Uint32Array.from([0, 1]) }).ok).toBe(false);
  });

  it('known values: P(id) = n 2^{n-1}; a 10-variable affine map attains the bound', () => {
    for (let n = 0; n <= 6; n++) {
      expect(parityDegreeSum(identityMap(n))).toEqual({ ok: true, value: parityDegreeSumLowerBound(n) });
    }
    expect(parityDegreeSumLowerBound(3)).toBe(12);
    // A = I + (superdiagonal): unipotent, hence invertible; every coordinate is +-x_j x_{j+1}.
    const n = 10;
    const a = Array.from({ length: n }, (_, j) => Array.from({ length: n }, (_, k) => (k === j || k === j + 1 ? 1 : 0)));
    const t = affineMap(a, Array.from({ length: n }, (_, j) => j % 2));
    expect(parityDegreeSum(t)).toEqual({ ok: true, value: parityDegreeSumLowerBound(n) });
    // Every bijection of C_2 is affine (24 of 24), so all have P = 4.
    expect(parityDegreeSum({ n: 2, m: 2, image: Uint32Array.from([3, 0, 2, 1]) })).toEqual({ ok: true, value: 4 });
    // Swapping two points of C_3 breaks affinity: P exceeds 12.
    const swap = parityDegreeSum({ n: 3, m: 3, image: Uint32Array.from([1, 0, 2, 3, 4, 5, 6, 7]) });
    expect(swap.ok && swap.value > 12).toBe(true);
  });

  it('affine maps: the closed form |L^T S| and n 2^(n-1) agree with the column scan', () => {
    fc.assert(
      fc.property(arbBijection(0, 5), fc.integer({ min: 0, max: 2 ** 20 }), (_t, seed) => {
        // a random invertible affine map: a random unipotent upper-triangular A times a permutation
        const n = 1 + (seed % 6);
        const a = Array.from({ length: n }, (_, j) => Array.from({ length: n }, (_, k) => (k === (j + seed) % n ? 1 : k > j && (seed >> (j + k)) & 1 ? 1 : 0)));
        const t = affineMap(a, Array.from({ length: n }, (_, j) => (seed >> j) & 1));
        const fast = componentDegreesWithin(t);
        const slow = componentDegreesWithin(t, DEFAULT_PARITY_BUDGET, false);
        expect(fast.kind === 'done' && slow.kind === 'done' && [...fast.degrees]).toEqual(slow.kind === 'done' && [...slow.degrees]);
        if (slowIsBijection(t)) expect(parityDegreeSum(t)).toEqual({ ok: true, value: parityDegreeSumLowerBound(n) });
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('a cost budget instead of a cap on n: affine maps of any size, others until the budget runs out', () => {
    expect(parityDegreeSum(identityMap(MAX_PARITY_DEGREE_SUM_N + 3))).toEqual({ ok: true, value: 16 * 2 ** 15 });
    // Swapping two points keeps x2..x_n's degree-1 components of low degree: the scan must go deep.
    const n = 14;
    const image = Uint32Array.from({ length: 2 ** n }, (_, i) => (i === 0 ? 1 : i === 1 ? 0 : i));
    expect(parityDegreeSumWithin({ n, m: n, image }, 2 ** 22)).toEqual({ kind: 'over-budget', budget: 2 ** 22 });
    expect(() => parityDegreeSum({ n, m: n, image }, 2 ** 22)).toThrow(/more than \d+ additions/);
    const swap3 = { n: 3, m: 3, image: Uint32Array.from([1, 0, 2, 3, 4, 5, 6, 7]) };
    expect(componentDegreesWithin(swap3, 10)).toMatchObject({ kind: 'over-budget' });
    expect(parityDegreeSumWithin(swap3, 10 ** 6)).toMatchObject({ kind: 'done' });
  });
});
