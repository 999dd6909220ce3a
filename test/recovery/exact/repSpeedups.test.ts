/**
 * The head+rep / hier-sum / hier-max speed-ups (REP_SPEEDUPS: the profile composition bound and
 * correlation bound of repDegreeProfile.ts, the coordinate symmetry of repSymmetry.ts, hier-max's
 * early verdict and coordinate order) change no answer: on vs off against each other and against
 * the exhaustive enumeration at d = 2, 3, and on vs off at d = 4 on small instances of the
 * seed-2025 curve and on random low-degree tasks (minimum, number of minimisers, verdict).
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { recoverExhaustive } from '../../../src/recovery/engine.js';
import { recoverByTuples } from '../../../src/recovery/exact/exactRecovery.js';
import { REP_SPEEDUPS } from '../../../src/recovery/exact/headRep.js';
import { need, profiles } from '../../../src/recovery/exact/repProfiles.js';
import { signedPermutationList } from '../../../src/recovery/exact/repSymmetry.js';
import { sampleTask } from '../../../src/recovery/distributions.js';
import { makeRng } from '../../../src/recovery/rng.js';
import { identityMap } from '../../../src/maps/boolMap.js';
import type { BoolMap } from '../../../src/maps/boolMap.js';
import { GROUPS, type Bias, type Group, type RecoveryProblem } from '../../../src/recovery/types.js';
import { SEED, arbBooleanTask } from '../helpers.js';
import { type CubeFunction, fromSignBits } from '../../../src/core/cubeFunction.js';

const REP_BIASES: readonly Bias[] = ['head+rep', 'hier-sum', 'hier-max'];

afterEach(() => {
  REP_SPEEDUPS.on = true;
});

function both(p: RecoveryProblem, mode: boolean | 'verdict' = false) {
  REP_SPEEDUPS.on = false;
  const off = recoverByTuples(p, undefined, undefined, mode);
  REP_SPEEDUPS.on = true;
  const on = recoverByTuples(p, undefined, undefined, mode);
  return { on: on!, off: off! };
}

const arbInjective = (d: number, m: number): fc.Arbitrary<BoolMap> =>
  fc.uniqueArray(fc.integer({ min: 0, max: 2 ** m - 1 }), { minLength: 2 ** d, maxLength: 2 ** d }).map((pts) => ({ n: d, m, image: Uint32Array.from(pts) }));

const arbProblem = (d: number, m: number, tasks = arbBooleanTask(d), maxTasks = 4): fc.Arbitrary<RecoveryProblem> =>
  fc.record({
    d: fc.constant(d),
    psi: arbInjective(d, m),
    tasks: fc.array(tasks, { minLength: 1, maxLength: maxTasks }),
    bias: fc.constantFrom(...REP_BIASES),
    group: fc.constantFrom<Group>(...GROUPS),
    support: fc.constant(null),
  });

describe('the profile bound: top_a(e) and need(D, e)', () => {
  it('profiles lists the C(d + cap - 1, d) sorted multisets; need is the least a with top_a >= D', () => {
    expect(profiles(4, 4).length).toBe(35);
    expect(profiles(3, 2).length).toBe(4);
    expect(need(4, [2, 1, 1, 1])).toBe(3);
    expect(need(4, [2, 2, 1, 1])).toBe(2);
    expect(need(3, [4, 1, 1, 1])).toBe(1);
    expect(need(0, [1, 1])).toBe(0);
    expect(need(5, [1, 1])).toBe(Infinity);
  });
});

describe('repSymmetry: the signed permutations read as (p, s)', () => {
  it('bit q of A(r) is bit p[q] of r, complemented when s[q], for all 384 maps at d = 4', () => {
    const list = signedPermutationList(4);
    expect(list.length).toBe(384);
    for (const a of list) for (let r = 0; r < 16; r++) for (let q = 0; q < 4; q++) expect((a.image[r]! >>> q) & 1).toBe(((r >>> a.p[q]!) & 1) ^ (a.s[q] ? 1 : 0));
  });
});

describe('speed-ups on = off = exhaustive (d = 2, 3)', () => {
  for (const [d, m, runs] of [[2, 2, 40], [2, 3, 30], [3, 3, 25], [3, 4, 15]] as const) {
    it(`d = ${d}, m = ${m}: minimum, minimisers, verdict (full and verdict mode)`, () => {
      fc.assert(
        fc.property(arbProblem(d, m), (p) => {
          const label = `${p.bias} psi=${Array.from(p.psi.image)} group=${p.group}`;
          const slow = recoverExhaustive(p);
          const { on, off } = both(p);
          expect(on.minimum, label).toBe(slow.minimum.kind === 'number' ? slow.minimum.value : NaN);
          expect(on.minimum, label).toBe(off.minimum);
          expect(on.minimizers, label).toBe(BigInt(slow.minimizers!));
          expect(on.minimizers, label).toBe(off.minimizers);
          expect(on.recovers, label).toBe(slow.recovers);
          expect(on.infeasible, label).toEqual(off.infeasible);
          const v = both(p, 'verdict');
          expect(v.on.minimum, label).toBe(on.minimum);
          expect(v.on.recovers, label).toBe(slow.recovers);
          const least = both(p, true);
          expect(least.on.minimum, label).toBe(on.minimum);
        }),
        { seed: SEED + 71 * d + m, numRuns: runs },
      );
    });
  }
});

describe('speed-ups on = off at d = 4', () => {
  const hex = (code: number) => fromSignBits(4, (x) => ((code >>> x) & 1) === 1);
  const rng = makeRng(2025);
  const curveK1 = Array.from({ length: 10 }, () => [sampleTask({ kind: 'uniform' }, 4, rng)]);
  const cases: [string, CubeFunction[]][] = [
    ['thr(2); x1', [hex(0xfee8), hex(0xaaaa)]],
    ['x1 x2; x3', [hex(0x6666), hex(0xf0f0)]],
    ['curve seed 2025, k = 1, sample 0', curveK1[0]!],
    ['curve seed 2025, k = 1, sample 3', curveK1[3]!],
  ];
  for (const [name, tasks] of cases) {
    for (const bias of ['head+rep', 'hier-max'] as const) {
      for (const group of name.startsWith('curve') ? (['signed-permutation'] as const) : GROUPS) {
        it(`${name}, ${bias}, ${group}: the same minimum, count and verdict`, () => {
          const p: RecoveryProblem = { d: 4, psi: identityMap(4), tasks, bias, group, support: null };
          const { on, off } = both(p);
          expect(on.minimum).toBe(off.minimum);
          expect(on.minimizers).toBe(off.minimizers);
          expect(on.recovers).toBe(off.recovers);
          expect(on.infeasible).toEqual(off.infeasible);
          expect(both(p, 'verdict').on.recovers).toBe(off.recovers);
        });
      }
    }
  }
});
