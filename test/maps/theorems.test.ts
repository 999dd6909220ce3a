/**
 * docs/math.md T7 and T8 over all 40320 bijections of C_3, with the GF(2)-affine and signed-permutation
 * recognisers cross-checked against their definitions through the Fourier spectra of the
 * coordinates (a Walsh transform, not the recognisers' own bit arithmetic). Disagreements are
 * counted in the loop and asserted once (an expect per map would dominate the run time).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binomial, popcount } from '../../src/core/cube.js';
import { fwhtInt32InPlace } from '../../src/core/fwht.js';
import {
  componentDegrees,
  componentSignsInPlace,
  maxCoordinateDegree,
  parityDegreeSum,
  parityDegreeSumLowerBound,
  recognizeAffine,
  recognizeSignedPermutation,
} from '../../src/maps/index.js';
import type { BoolMap } from '../../src/maps/index.js';
import { forEachBijectionInPlace } from '../../src/search/enumerate/index.js';
import { SEED, arbBijection } from './helpers.js';

/** The sets S with a non-zero Fourier coefficient in each coordinate of T. */
function coordinateSupports(t: BoolMap): number[][] {
  const values = new Int32Array(2 ** t.n);
  return Array.from({ length: t.m }, (_, k) => {
    componentSignsInPlace(t, 1 << k, values);
    fwhtInt32InPlace(values);
    const sets: number[] = [];
    for (let set = 0; set < values.length; set++) if (values[set] !== 0) sets.push(set);
    return sets;
  });
}

describe('T7 and T8 on every bijection of C_3', () => {
  it('counts 48 signed permutations and 1344 affine maps, matching the definitions', () => {
    const n = 3;
    const bound = parityDegreeSumLowerBound(n);
    let total = 0;
    let affine = 0;
    let signed = 0;
    let degreeAtMostOne = 0;
    const failures: string[] = [];
    const fail = (what: string, image: Uint32Array) => failures.push(`${what}: [${Array.from(image).join(',')}]`);
    forEachBijectionInPlace(n, (image) => {
      const t = { n, m: n, image };
      total++;
      const supports = coordinateSupports(t);
      // Definitions (T is a bijection): affine iff each T_j = +-chi_{A_j} (one non-zero coefficient);
      // a signed permutation iff moreover each A_j is a single variable.
      const isAffineByDef = supports.every((s) => s.length === 1);
      const isSignedByDef = isAffineByDef && supports.every((s) => popcount(s[0]!) === 1);
      const isAffine = recognizeAffine(t) !== null;
      const isSigned = recognizeSignedPermutation(t) !== null;
      if (isAffine !== isAffineByDef) fail('affine recognition', image);
      if (isSigned !== isSignedByDef) fail('signed-permutation recognition', image);
      if (isAffine) affine++;
      if (isSigned) signed++;

      // T7: at most sum_{j<=k} C(n, j) components of degree <= k; P(T) >= n 2^{n-1}, equality iff affine.
      const d = componentDegrees(t);
      for (let k = 0; k <= n; k++) {
        let low = 0;
        let allowed = 0;
        for (const v of d) if (v <= k) low++;
        for (let j = 0; j <= k; j++) allowed += binomial(n, j);
        if (low > allowed) fail(`T7 count at k = ${k}`, image);
      }
      const p = parityDegreeSum(t);
      if (!p.ok) fail('reported non-bijective', image);
      else if (p.value < bound || (p.value === bound) !== isAffine) fail(`T7 P = ${p.value}`, image);

      // T8: all coordinates of degree <= 1 implies a signed permutation (and conversely).
      const low = maxCoordinateDegree(t) <= 1;
      if (low) degreeAtMostOne++;
      if (low !== isSigned) fail('T8', image);
    });
    expect(failures.slice(0, 5)).toEqual([]);
    expect(total).toBe(40320);
    expect(signed).toBe(48);
    expect(affine).toBe(1344);
    expect(degreeAtMostOne).toBe(48);
  });

  it('T7 and T8 hold on random bijections of C_4 and C_5', () => {
    fc.assert(
      fc.property(arbBijection(4, 5), (t) => {
        const p = parityDegreeSum(t);
        expect(p.ok).toBe(true);
        if (p.ok) {
          expect(p.value).toBeGreaterThanOrEqual(parityDegreeSumLowerBound(t.n));
          expect(p.value === parityDegreeSumLowerBound(t.n)).toBe(recognizeAffine(t) !== null);
        }
        if (maxCoordinateDegree(t) <= 1) expect(recognizeSignedPermutation(t)).not.toBeNull();
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});
