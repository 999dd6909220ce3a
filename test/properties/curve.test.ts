/**
 * docs/math.md S4: the recorded identifiability curve (properties/S4-identifiability-curve.ts) is what
 * `cubecheck curve --latents 2 --tasks-from uniform --k 1..6 --samples 20 --seed 2025 --bias all`
 * draws and reports: the listed task sets are the seeded sampler's, in order, and the counts per k
 * and bias are those of identifiabilityCurve on the same seed.
 */
import { describe, expect, it } from 'vitest';
import { identityMap } from '../../src/maps/boolMap.js';
import { BIASES, identifiabilityCurve, makeRng, sampleTask } from '../../src/recovery/index.js';
import s4, { RECOVERS, TASK_SETS } from '../../properties/S4-identifiability-curve.js';
import { runProperty } from '../../src/check/runner.js';

const SEED = 2025;
/** The biases S4 records (section 5's; `--bias all` prints these columns among the others). */
const S4_BIASES = BIASES.filter((b): b is keyof typeof RECOVERS => b in RECOVERS);

describe('S4 identifiability curve', () => {
  it('lists exactly the task sets the seeded sampler draws (k = 1..6, 20 per k, in order)', () => {
    const rng = makeRng(SEED);
    const drawn = TASK_SETS.map((_, i) =>
      Array.from({ length: 20 }, () =>
        Array.from({ length: i + 1 }, () => {
          const h = sampleTask({ kind: 'uniform' }, 2, rng);
          return [0, 1, 2, 3].reduce((code, x) => code | (Number(h.numerators[x]) === -1 ? 1 << x : 0), 0).toString(16);
        }).join(''),
      ),
    );
    expect(drawn).toEqual(TASK_SETS);
  });

  it('records the counts identifiabilityCurve computes for every bias on the same seed, and they appear in the statement', async () => {
    const curve = await identifiabilityCurve({ d: 2, psi: identityMap(2), biases: S4_BIASES, group: 'signed-permutation', distribution: { kind: 'uniform' }, kMax: 6, samples: 20, seed: SEED });
    const count = (flags: string): number => [...flags].filter((c) => c === '1').length;
    expect(curve.points.map((p) => p.recovered)).toEqual(TASK_SETS.map((_, i) => S4_BIASES.map((b) => count(RECOVERS[b][i]!))));
    expect(s4.statement).toContain('head-degree 0, 0, 2, 0, 1, 4; head-gf2 0, 0, 0, 0, 0, 0; head-max 0, 0, 0, 0, 0, 0; head+rep 17, 16, 10, 8, 12, 15');
  });

  it('holds, and one flipped flag makes it false (the predicate checks every listed instance)', async () => {
    expect((await runProperty(s4)).verdict).toBe('holds');
    const flipped = { ...RECOVERS, 'head+rep': RECOVERS['head+rep'].map((f, i) => (i === 2 ? `${f[0] === '1' ? '0' : '1'}${f.slice(1)}` : f)) };
    const original = RECOVERS['head+rep'];
    (RECOVERS as Record<string, readonly string[]>)['head+rep'] = flipped['head+rep'];
    try {
      expect((await runProperty(s4)).verdict).toBe('refuted');
    } finally {
      (RECOVERS as Record<string, readonly string[]>)['head+rep'] = original;
    }
  });
});
