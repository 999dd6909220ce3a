/**
 * The verifier's representation-bias search (src/verifier/recoveryRepSearch.ts, its bound and
 * look-ahead) against a brute force over all 40,320 bijections of C_3 with arbitrary cost tables
 * (so the symmetry and the composition bound switch themselves off and the plain machinery is what
 * is tested), the same with the Fourier degrees (both on); and the first-task hint: any task, or a
 * lying out-of-range one, gives the same count; and at d = 4 against the engine on random tasks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fourierDegrees } from '../../src/verifier/recoveryRepCosts.js';
import { type RepBias, countRepMinimisers } from '../../src/verifier/recoveryRepSearch.js';
import { D, SIZE, brute } from './helpers/repBruteForce.js';
import { SEED, arbBooleanTask } from '../recovery/helpers.js';
import { identityMap } from '../../src/maps/boolMap.js';
import { recover } from '../../src/recovery/engine.js';
import { recoveryCertificate } from '../../src/certificates/recoveryCertificate.js';
import { checkRecoveryCertificate } from '../../src/verifier/recoveryCertificate.js';

const BIASES: readonly RepBias[] = ['head+rep', 'hier-sum', 'hier-max'];

const arbTasks = fc.array(fc.integer({ min: 0, max: 2 ** SIZE - 1 }), { minLength: 1, maxLength: 4 });
const arbTable = fc.uint8Array({ minLength: 2 ** SIZE, maxLength: 2 ** SIZE, max: 4 });

describe('the rep search = brute force over all bijections of C_3', () => {
  it('arbitrary cost tables (symmetry and composition bound off): count at the minimum, nothing below; below the minimum it finds none, above it rejects', () => {
    fc.assert(
      fc.property(arbTasks, fc.constantFrom(...BIASES), arbTable, arbTable, fc.nat(3), (tasks, bias, heads, coords, first) => {
        const head = (g: number): number => heads[g]!;
        const coord = (b: number): number => coords[b]!;
        const { min, count } = brute(tasks, bias, head, coord);
        const search = { d: D, tasks, bias, headCost: head, coordinateCost: coord };
        expect(countRepMinimisers(search, min, 1e8, true, first)).toBe(count);
        expect(countRepMinimisers(search, min - 1, 1e8)).toBe(0n);
        expect(() => countRepMinimisers(search, min + 1, 1e8)).toThrow(`a bijection costs ${min}, less than the stated minimum ${min + 1}`);
      }),
      { seed: SEED, numRuns: 25, verbose: 1 },
    );
  });

  it('Fourier degrees (symmetry and composition bound on), every task first, and a lying first-task hint', () => {
    const deg = fourierDegrees(D);
    const head = (g: number): number => deg[g]!;
    fc.assert(
      fc.property(arbTasks, fc.constantFrom(...BIASES), (tasks, bias) => {
        const { min, count } = brute(tasks, bias, head, head);
        const search = { d: D, tasks, bias, headCost: head, coordinateCost: head };
        for (const first of [...tasks.keys(), -1, tasks.length, 0.5]) expect(countRepMinimisers(search, min, 1e8, true, first)).toBe(count);
        expect(countRepMinimisers(search, min, 1e8, false)).toBe(count);
      }),
      { seed: SEED + 1, numRuns: 20, verbose: 1 },
    );
  });

  it('a step budget too small is a one-line rejection, never a wrong count', () => {
    const deg = fourierDegrees(D);
    const search = { d: D, tasks: [0x96, 0xe8], bias: 'head+rep' as const, headCost: (g: number) => deg[g]!, coordinateCost: (b: number) => deg[b]! };
    expect(() => countRepMinimisers(search, 8, 10)).toThrow('the re-check would examine more than 10 candidates (too large for the verifier)');
  });
});

describe('the rep route = the engine at d = 4 (random tasks)', () => {
  it('exact engine answers for two or three random tasks verify, each bias (same count and verdict)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(arbBooleanTask(4), { minLength: 2, maxLength: 3 }), fc.constantFrom(...BIASES), async (tasks, bias) => {
        const r = await recover({ d: 4, psi: identityMap(4), tasks, bias, group: 'signed-permutation', support: null }, { method: 'tuples', exactTimeLimitMs: 20_000, maxEvaluations: 500 });
        fc.pre(r.exact && r.recovers !== null);
        const summary = checkRecoveryCertificate(recoveryCertificate(r, 'test', 0));
        expect(summary).toContain(`${r.minimizerCount ?? r.minimizers} minimisers`);
        expect(summary).toContain(r.recovers ? ', recovers' : 'does not recover');
      }),
      { seed: SEED + 4, numRuns: 3, verbose: 1 },
    );
  }, 120_000);
});
