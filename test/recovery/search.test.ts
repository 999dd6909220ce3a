import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromInt32 } from '../../src/core/cubeFunction.js';
import { identityMap } from '../../src/maps/boolMap.js';
import { recover, recoverExhaustive } from '../../src/recovery/engine.js';
import { inGroup } from '../../src/recovery/groups.js';
import { type RecoveryProblem } from '../../src/recovery/types.js';
import { SEED, allParities, arbMixedProblem as arbProblem, dictators, objectiveText, parity, slowObjective } from './helpers.js';


describe('search', () => {
  it('d = 3: never below the exact minimum; exact claims are right; witnesses are minimisers outside the group', async () => {
    await fc.assert(
      fc.asyncProperty(arbProblem(3, true), fc.integer({ min: 0, max: 1000 }), async (p, seed) => {
        const ex = recoverExhaustive(p);
        const s = await recover(p, { method: 'search', theorems: false, seed, maxEvaluations: 3000 });
        expect(s.stats.method).toBe('search');
        expect(s.minimizers).toBeNull();
        expect(objectiveText(slowObjective(p, s.best.image))).toBe(objectiveText(s.minimum));
        if (s.minimum.kind === 'number' && ex.minimum.kind === 'number') expect(s.minimum.value).toBeGreaterThanOrEqual(ex.minimum.value);
        if (s.exact) expect(objectiveText(s.minimum)).toBe(objectiveText(ex.minimum));
        if (s.witness) {
          expect(s.recovers).toBe(false);
          expect(ex.recovers).toBe(false);
          expect(inGroup(3, s.witness.image, p.group)).toBe(false);
          expect(objectiveText(slowObjective(p, s.witness.image))).toBe(objectiveText(ex.minimum));
        } else expect(s.recovers).toBeNull();
      }),
      { seed: SEED, numRuns: 25 },
    );
  });

  it('d = 4: S2 and S3 by theorem; the search alone proves the minimum of S2 by the degree bound', async () => {
    const d = 4;
    const base = { d, psi: identityMap(d), group: 'signed-permutation' as const, support: null };
    const s2 = await recover({ ...base, tasks: dictators(d), bias: 'head-degree' });
    expect(s2).toMatchObject({ exact: true, minimizers: 384, recovers: true, minimum: { kind: 'number', value: 4 } });
    const s2gf2 = await recover({ ...base, tasks: dictators(d), bias: 'head-gf2' });
    expect(s2gf2).toMatchObject({ exact: true, minimizers: 322560, recovers: false });
    expect(inGroup(d, s2gf2.witness!.image, 'gf2-affine')).toBe(true);
    const s3 = await recover({ ...base, tasks: allParities(d), bias: 'head-degree' });
    expect(s3).toMatchObject({ exact: true, minimizers: 322560, recovers: false, minimum: { kind: 'number', value: 32 } });
    const searched = await recover({ ...base, tasks: dictators(d), bias: 'head-degree' }, { method: 'search', theorems: false, seed: 7 });
    expect(searched).toMatchObject({ exact: true, recovers: null, minimizers: null, minimum: { kind: 'number', value: 4 } });
    expect(searched.stats.method).toBe('search');
  });

  it('d = 4: a single task: the bound 1 is met by a non-signed-permutation V (S1 at d = 4, when found)', async () => {
    // h = x1 x2: V = (x1 x2, x2, x3, x4) makes the head the dictator x1.
    const d = 4;
    const r = await recover({ d, psi: identityMap(d), tasks: [parity(d, 3)], bias: 'head-degree', group: 'signed-permutation', support: null }, { method: 'search', seed: 3, maxEvaluations: 50_000 });
    expect(r.exact).toBe(true);
    expect(r.minimum).toEqual({ kind: 'number', value: 1 });
    expect(r.recovers).toBe(false);
    expect(inGroup(d, r.witness!.image, 'signed-permutation')).toBe(false);
  });

  it('is deterministic for a seed, reports progress and stops when aborted', async () => {
    const d = 4;
    const p: RecoveryProblem = { d, psi: identityMap(d), tasks: [fromInt32(d, Int32Array.from({ length: 16 }, (_, x) => (x % 3 === 0 ? -1 : 1))), parity(d, 5)], bias: 'head+rep', group: 'signed-permutation', support: null };
    const a = await recover(p, { method: 'search', seed: 11, maxEvaluations: 5000 });
    const b = await recover(p, { method: 'search', seed: 11, maxEvaluations: 5000 });
    expect(Array.from(a.best.image)).toEqual(Array.from(b.best.image));
    expect(objectiveText(a.minimum)).toBe(objectiveText(b.minimum));
    let calls = 0;
    const c = new AbortController();
    const r = await recover(p, { method: 'search', seed: 11, maxEvaluations: 1_000_000, signal: c.signal, onProgress: () => { calls++; if (calls === 2) c.abort(); } });
    expect(calls).toBeGreaterThanOrEqual(2);
    expect(r.stats.aborted || r.exact).toBe(true);
    if (!r.exact) expect(r.stats.proof).toMatch(/best found/);
  });
});
