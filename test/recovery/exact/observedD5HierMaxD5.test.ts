/**
 * hier-max past the list at d = 5 (observedD5HierMax.ts), psi with x6 = x1 x2 (L = 2, K = 4):
 * instances needing the ceiling 3, which answered "not exact" before (HIER_MAX_DEAR off). The
 * count of `z1; z2; z3; z4; z3 z4 z5` is checked by hand in docs/math.md ("hier-max past the
 * list at d = 5, m > d": 3,840 + 7,680 + 3,840 under the ceilings 1, 2, 3).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { BoolMap } from '../../../src/maps/boolMap.js';
import { recoverByTuples } from '../../../src/recovery/exact/exactRecovery.js';
import { HIER_MAX_DEAR } from '../../../src/recovery/exact/observedD5HierMax.js';
import type { RecoveryProblem } from '../../../src/recovery/types.js';
import { parity } from '../helpers.js';

const psi: BoolMap = { n: 5, m: 6, image: Uint32Array.from({ length: 32 }, (_, z) => z | (((z ^ (z >>> 1)) & 1) << 5)) };
const problem = (sets: number[]): RecoveryProblem => ({ d: 5, psi, tasks: sets.map((S) => parity(5, S)), bias: 'hier-max', group: 'signed-permutation', support: null });

afterEach(() => {
  HIER_MAX_DEAR.on = true;
});

describe('hier-max at d = 5, m = 6, ceiling 3 past the list', () => {
  it('z1; z3 z4 z5 (verdict): 5, not recovering; before: not exact', () => {
    const p = problem([1, 28]);
    const r = recoverByTuples(p, undefined, undefined, 'verdict');
    expect([r?.minimum, r?.recovers, r?.infeasible]).toEqual([5, false, [3, 4]]);
    HIER_MAX_DEAR.on = false;
    expect(recoverByTuples(p, undefined, undefined, 'verdict')).toBeNull();
  });
  it('z1; z2; z3; z4; z3 z4 z5: 8, 15,360 minimisers, not recovering', () => {
    const r = recoverByTuples(problem([1, 2, 4, 8, 28]));
    expect([r?.minimum, r?.minimizers, r?.recovers]).toEqual([8, 15360n, false]);
  }, 60_000);
});
