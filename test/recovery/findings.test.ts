/**
 * docs/math.md S1-S3 and C3 as the tool finds them (d = 2, 3), by exact enumeration.
 */
import { describe, expect, it } from 'vitest';
import { fromInt32 } from '../../src/core/cubeFunction.js';
import { identityMap } from '../../src/maps/boolMap.js';
import { isAffine } from '../../src/maps/affine.js';
import { isSignedPermutation } from '../../src/maps/signedPermutation.js';
import { forEachSignedPermutationInPlace } from '../../src/search/enumerate/signedPermutations.js';
import { bijections } from '../../src/search/enumerate/bijections.js';
import { recoverExhaustive } from '../../src/recovery/engine.js';
import { forEachRepresentative } from '../../src/recovery/exhaustive.js';
import type { RecoveryProblem } from '../../src/recovery/types.js';
import { allParities, dictators, mapOf } from './helpers.js';

const base = (d: number): Omit<RecoveryProblem, 'tasks' | 'bias'> => ({ d, psi: identityMap(d), group: 'signed-permutation', support: null });

/** Codes of Boolean functions on C_d that are least in their class under signed permutations of
 * the inputs and negation (head-degree's recovery verdict is constant on such a class). */
function classRepresentatives(d: number): number[] {
  const size = 2 ** d;
  const perms: Uint32Array[] = [];
  forEachSignedPermutationInPlace(d, (img) => void perms.push(img.slice()));
  const reps: number[] = [];
  for (let code = 1; code < 2 ** size - 1; code++) {
    let least = code;
    for (const a of perms) {
      let moved = 0;
      for (let x = 0; x < size; x++) if ((code >>> x) & 1) moved |= 1 << a[x]!;
      least = Math.min(least, moved, (2 ** size - 1) ^ moved);
    }
    if (least === code) reps.push(code);
  }
  return reps;
}

const fromCode = (d: number, code: number) => fromInt32(d, Int32Array.from({ length: 2 ** d }, (_, x) => ((code >>> x) & 1 ? -1 : 1)));

describe('S1: a single non-constant task never identifies the latents (head-degree)', () => {
  for (const d of [2, 3]) {
    it(`d = ${d}: every non-constant h has a minimiser that is not a signed permutation`, () => {
      const reps = classRepresentatives(d);
      expect(reps.length).toBe(d === 2 ? 3 : 13); // classes of non-constant functions
      for (const code of reps) {
        const r = recoverExhaustive({ ...base(d), tasks: [fromCode(d, code)], bias: 'head-degree' });
        expect(r.recovers).toBe(false);
        expect(isSignedPermutation(r.witness!)).toBe(false);
      }
    });
  }
});

describe('S2: dictator tasks recover under head-degree, only up to GF(2)-affine maps under head-gf2', () => {
  for (const d of [2, 3]) {
    it(`d = ${d}`, () => {
      const deg = recoverExhaustive({ ...base(d), tasks: dictators(d), bias: 'head-degree' });
      expect(deg.minimum).toEqual({ kind: 'number', value: d });
      expect(deg.minimizers).toBe(d === 2 ? 8 : 48);
      expect(deg.recovers).toBe(true);
      const gf2 = recoverExhaustive({ ...base(d), tasks: dictators(d), bias: 'head-gf2' });
      expect(gf2.minimizers).toBe(d === 2 ? 24 : 1344);
      expect(gf2.recovers).toBe(false);
      expect(isAffine(gf2.witness!)).toBe(true);
      const upToAffine = recoverExhaustive({ ...base(d), tasks: dictators(d), bias: 'head-gf2', group: 'gf2-affine' });
      expect(upToAffine.recovers).toBe(true);
    });
  }
});

describe('S3: with all 2^d - 1 parity tasks the head-degree minimisers are exactly the GF(2)-affine maps', () => {
  for (const d of [2, 3]) {
    it(`d = ${d}`, () => {
      const r = recoverExhaustive({ ...base(d), tasks: allParities(d), bias: 'head-degree', group: 'gf2-affine' });
      expect(r.minimum).toEqual({ kind: 'number', value: d * 2 ** (d - 1) }); // the T7 bound
      // all minimisers are affine and there are as many as affine maps: exactly the affine maps
      expect(r.recovers).toBe(true);
      expect(r.minimizers).toBe(d === 2 ? 24 : 1344);
      expect(recoverExhaustive({ ...base(d), tasks: allParities(d), bias: 'head-degree' }).recovers).toBe(false);
    });
  }
});

describe('C3 (conjecture): head+rep recovers the latents for dictator tasks whatever psi is', () => {
  it('d = 2: refuted; it recovers exactly when psi is a signed permutation', () => {
    let failures = 0;
    for (const psi of bijections(2)) {
      const r = recoverExhaustive({ ...base(2), psi, tasks: dictators(2), bias: 'head+rep' });
      expect(r.recovers).toBe(isSignedPermutation(psi));
      if (!r.recovers) failures++;
    }
    expect(failures).toBe(16);
    // The smallest counterexample: psi = (x1 x2, x2); V = psi ties with V = identity (5 = 2 + 3 = 3 + 2).
    const psi = mapOf(2, Uint32Array.from([0, 1, 3, 2]));
    const r = recoverExhaustive({ ...base(2), psi, tasks: dictators(2), bias: 'head+rep' });
    expect(r.minimum).toEqual({ kind: 'number', value: 5 });
    expect(r.trueLatentsObjective).toEqual({ kind: 'number', value: 5 });
    expect(r.minimizers).toBe(16);
  });

  it('d = 3: psi up to signed permutations on the left (head+rep is invariant there): only the signed-permutation class recovers', () => {
    let recovering = 0;
    let classes = 0;
    forEachRepresentative(3, 'signed-permutation', (img) => {
      classes++;
      if (classes % 7 !== 1 && !isSignedPermutation(mapOf(3, img))) return; // a fixed sample of 1 in 7, plus the identity
      const psi = mapOf(3, img.slice());
      const r = recoverExhaustive({ ...base(3), psi, tasks: dictators(3), bias: 'head+rep' });
      expect(r.recovers).toBe(isSignedPermutation(psi));
      if (r.recovers) recovering++;
    });
    expect(classes).toBe(840);
    expect(recovering).toBe(1);
  });
});
