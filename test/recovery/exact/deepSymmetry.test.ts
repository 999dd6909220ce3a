/**
 * The head search grouped by the stabiliser chain (src/recovery/exact/generalSymmetry.ts
 * DEEP_SYMMETRY, generalSearch.ts searchPlace): below the first task only one candidate per orbit
 * of the members of Stab(S) fixing the data chosen before, weighted by the orbit size. Fixed-seed
 * instances with symmetric places (small supports, few values) at d = 4 (head-only and rep biases
 * over all point sets) and d = 5 (place by place, head-only and hier-max's passes): on = off in
 * minimum, count and verdict; the grouping skips candidates (not vacuous); a planted wrong weight
 * (|G_j| instead of the orbit size) changes some count.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { identityMap } from '../../../src/maps/boolMap.js';
import { generalApplies, generalSteps } from '../../../src/recovery/exact/general.js';
import { generalPlaceSteps } from '../../../src/recovery/exact/generalPlaces.js';
import { generalRepSteps } from '../../../src/recovery/exact/generalRep.js';
import { generalRepD5Steps } from '../../../src/recovery/exact/generalRepD5.js';
import { DEEP_SYMMETRY, fixersOf, orbitWeightInPlace, stabiliser } from '../../../src/recovery/exact/generalSymmetry.js';
import { drainSteps } from '../../../src/recovery/exact/steps.js';
import type { Bias, RecoveryProblem } from '../../../src/recovery/types.js';
import { SEED, arbBooleanTask } from '../helpers.js';

type Answer = readonly [unknown, bigint, boolean | null] | null;

function answer(p: RecoveryProblem, mode: { on: boolean; plantedFault?: boolean }): Answer {
  DEEP_SYMMETRY.on = mode.on;
  DEEP_SYMMETRY.plantedFault = mode.plantedFault ?? false;
  const rep = p.bias === 'head+rep' || p.bias === 'hier-sum' || p.bias === 'hier-max';
  const r = p.d === 5 ? (rep ? drainSteps(generalRepD5Steps(p)) : drainSteps(generalPlaceSteps(p))) : rep ? drainSteps(generalRepSteps(p)) : drainSteps(generalSteps(p));
  return r === null ? null : [r.minimum, r.minimizers, r.recovers];
}

afterEach(() => {
  DEEP_SYMMETRY.on = true;
  DEEP_SYMMETRY.plantedFault = false;
});

function instances(d: number, biases: readonly Bias[], runs: number, seed: number, maxPoints: number): RecoveryProblem[] {
  const size = 2 ** d;
  return fc
    .sample(fc.tuple(fc.subarray(Array.from({ length: size }, (_, z) => z), { minLength: 2, maxLength: maxPoints }), fc.array(arbBooleanTask(d), { minLength: 2, maxLength: 3 }), fc.constantFrom(...biases)), { seed, numRuns: runs })
    .map(([support, tasks, bias]) => ({ d, psi: identityMap(d), tasks, bias, group: 'signed-permutation' as const, support: [...support].sort((a, b) => a - b) }))
    .filter(generalApplies);
}

describe('the stabiliser chain helpers (generalSymmetry.ts)', () => {
  it('d = 3: orbit weights of the least members add up to the orbit count (all data of 4 points on a square)', () => {
    const S = 0b00001111; // the face x3 = 0
    const group = stabiliser(3, S);
    expect(group.length).toBe(8); // x3 kept, unflipped; the square's 8 symmetries
    const moved = new Int8Array(8);
    let total = 0;
    let orbits = 0;
    for (let m = 0; m < 16; m++) {
      const data = new Int8Array(8).fill(-1);
      for (let x = 0; x < 4; x++) data[x] = (m >>> x) & 1;
      const w = orbitWeightInPlace(group, data, moved);
      if (w > 0) orbits++;
      total += w;
      if (w > 0) expect(w * fixersOf(group, data).length).toBe(group.length);
    }
    expect(total).toBe(16);
    expect(orbits).toBe(6); // {}, one point, an edge, a diagonal, three points, all four
  });
});

describe('grouping by the stabiliser chain: on = off (fixed seed)', () => {
  it('d = 4, all point sets: head-degree, head-max, head+rep, hier-max', () => {
    const ps = instances(4, ['head-degree', 'head-max', 'head+rep', 'hier-max'], 10, SEED + 301, 5);
    DEEP_SYMMETRY.skipped = 0;
    for (const p of ps) {
      const on = answer(p, { on: true });
      const off = answer(p, { on: false });
      expect(on, `seed ${SEED + 301}, ${p.bias}, U = ${p.support}`).toEqual(off);
    }
    expect(ps.length).toBeGreaterThan(5);
    expect(DEEP_SYMMETRY.skipped).toBeGreaterThan(0);
  });
  it('d = 5, place by place: head-degree and hier-max (passes), supports of 2..4 points', () => {
    const ps = instances(5, ['head-degree', 'hier-max'], 6, SEED + 302, 4);
    let compared = 0;
    DEEP_SYMMETRY.on = true;
    DEEP_SYMMETRY.skipped = 0;
    for (const p of ps) {
      const on = answer(p, { on: true });
      const off = answer(p, { on: false });
      expect(on, `seed ${SEED + 302}, ${p.bias}, U = ${p.support}`).toEqual(off);
      if (on !== null) compared++;
    }
    expect(compared).toBeGreaterThan(2);
    expect(DEEP_SYMMETRY.skipped).toBeGreaterThan(0);
  });
  it('the grouping skips candidates on these instances, and a planted wrong orbit weight changes a count', () => {
    const ps = [...instances(4, ['head-degree', 'head+rep'], 6, SEED + 303, 4), ...instances(5, ['head-degree'], 3, SEED + 304, 3)];
    let caught = 0;
    DEEP_SYMMETRY.skipped = 0;
    for (const p of ps) {
      const right = answer(p, { on: true });
      const wrong = answer(p, { on: true, plantedFault: true });
      if (JSON.stringify(right, (_, v) => (typeof v === 'bigint' ? String(v) : v)) !== JSON.stringify(wrong, (_, v) => (typeof v === 'bigint' ? String(v) : v))) caught++;
    }
    expect(DEEP_SYMMETRY.skipped).toBeGreaterThan(0);
    expect(caught, `seed ${SEED + 303}/${SEED + 304}: the planted weight went unnoticed`).toBeGreaterThan(0);
  });
});
