import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromInt32 } from '../../src/core/cubeFunction.js';
import { identityMap } from '../../src/maps/boolMap.js';
import { recoverExhaustive } from '../../src/recovery/engine.js';
import { headFloor, isQuadraticWeight, lowerBound, parityLevel, profileIsProvenMinimal } from '../../src/recovery/bounds.js';
import { booleanTables } from '../../src/recovery/booleanTables.js';
import { type RecoveryProblem } from '../../src/recovery/types.js';
import { SEED, allParities, arbMixedProblem as arbProblem, objectiveText, parity } from './helpers.js';


describe('lower bounds', () => {
  it('parityLevel: the greedy degree floors (T7 capacity)', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((i) => parityLevel(3, i))).toEqual([1, 1, 1, 2, 2, 2, 3]);
    expect(() => parityLevel(2, 4)).toThrow();
    // all parities once: sum of floors = d 2^(d-1)
    for (const d of [1, 2, 3, 4, 5]) {
      let s = 0;
      for (let i = 1; i < 2 ** d; i++) s += parityLevel(d, i);
      expect(s).toBe(d * 2 ** (d - 1));
    }
  });

  it('never exceed the exact minimum; the profile rule only certifies true minima (d = 2, 3)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 3 }).chain((d) => arbProblem(d, true)), (p) => {
        const r = recoverExhaustive(p);
        const b = lowerBound(p);
        if (r.minimum.kind === 'number') expect(b!.value).toBeLessThanOrEqual(r.minimum.value);
        else {
          expect(b).toBeNull();
          // the profile rule may only certify a true minimum: test it at V = identity
          const t = r.trueLatentsObjective;
          if (t.kind === 'profile' && profileIsProvenMinimal(p, t.weights)) expect(objectiveText(t)).toBe(objectiveText(r.minimum));
        }
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('the single-head floor equals the least degree over all functions of the same weight (d <= 4)', () => {
    for (const d of [1, 2, 3, 4]) {
      const t = booleanTables(d);
      const size = 2 ** d;
      const least = { fourier: new Array<number>(size + 1).fill(99), gf2: new Array<number>(size + 1).fill(99) };
      const weight = (code: number) => { let w = 0; for (let x = 0; x < size; x++) w += (code >>> x) & 1; return w; };
      for (let code = 0; code < t.degree.length; code++) {
        const w = weight(code);
        least.fourier[w] = Math.min(least.fourier[w]!, t.degree[code]!);
        least.gf2[w] = Math.min(least.gf2[w]!, t.gf2[code]!);
      }
      for (let w = 0; w <= size; w++) {
        const h = fromInt32(d, Int32Array.from({ length: size }, (_, x) => (x < w ? -1 : 1)));
        const p: RecoveryProblem = { d, psi: identityMap(d), tasks: [h], bias: 'head-degree', group: 'signed-permutation', support: null };
        expect(headFloor(p, 0, 'fourier')).toBe(least.fourier[w]);
        expect(headFloor(p, 0, 'gf2')).toBe(least.gf2[w]);
      }
    }
  });

  it('Dickson: the weights of degree <= 2 at d = 5 are exactly isQuadraticWeight; the floor 3 past them is met', () => {
    // ANF coefficients over monomials of degree <= k, truth table by the Moebius transform.
    const monomials = (k: number) => Array.from({ length: 32 }, (_, m) => m).filter((m) => { let c = 0; for (let b = m; b; b &= b - 1) c++; return c <= k; });
    const weightOf = (anf: Uint8Array) => {
      const t = Uint8Array.from(anf);
      for (let i = 0; i < 5; i++) for (let x = 0; x < 32; x++) if (x & (1 << i)) t[x]! ^= t[x ^ (1 << i)]!;
      return t.reduce((s, v) => s + v, 0);
    };
    const quad = monomials(2);
    const seen = new Set<number>();
    for (let c = 0; c < 2 ** quad.length; c++) {
      const anf = new Uint8Array(32);
      quad.forEach((m, i) => { anf[m] = (c >>> i) & 1; });
      seen.add(weightOf(anf));
    }
    for (let w = 0; w <= 32; w++) expect(seen.has(w)).toBe(isQuadraticWeight(5, w));
    // Every even weight past them has a cubic (sums of at most 4 monomials of degree <= 3), so the
    // new floor 3 is the least degree there.
    const cubic = monomials(3);
    const found = new Set<number>();
    const sums = (from: number, anf: Uint8Array, left: number): void => {
      found.add(weightOf(anf));
      if (left === 0) return;
      for (let i = from; i < cubic.length; i++) { anf[cubic[i]!] = 1; sums(i + 1, anf, left - 1); anf[cubic[i]!] = 0; }
    };
    sums(0, new Uint8Array(32), 4);
    for (let w = 0; w <= 32; w++) {
      const h = fromInt32(5, Int32Array.from({ length: 32 }, (_, x) => (x < w ? -1 : 1)));
      const p: RecoveryProblem = { d: 5, psi: identityMap(5), tasks: [h], bias: 'head-degree', group: 'signed-permutation', support: null };
      const floor = headFloor(p, 0, 'gf2');
      if (seen.has(w)) expect(floor).toBeLessThanOrEqual(2);
      else if (w % 2 === 0 && w !== 2 && w !== 30) { expect(floor).toBe(3); expect(found.has(w)).toBe(true); }
      else expect(floor).toBeGreaterThanOrEqual(4);
    }
    expect([10, 14, 18, 22].map((w) => isQuadraticWeight(5, w))).toEqual([false, false, false, false]);
  });

  it('the T7 bound is met by all parity tasks', () => {
    const p: RecoveryProblem = { d: 3, psi: identityMap(3), tasks: allParities(3), bias: 'head-degree', group: 'signed-permutation', support: null };
    expect(lowerBound(p)!.value).toBe(12);
    expect(lowerBound({ ...p, bias: 'head+rep' })!.value).toBe(15);
    expect(lowerBound({ ...p, bias: 'head-max' })!.value).toBe(3);
    expect(lowerBound({ ...p, bias: 'head-gf2' })!.value).toBe(7);
  });
});
