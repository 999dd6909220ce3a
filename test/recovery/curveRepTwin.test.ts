/**
 * curve at d = 4 decides head+rep and hier-sum once per task set (the same search): the shared
 * verdicts equal those of hier-sum run alone, sample by sample.
 */
import { describe, expect, it } from 'vitest';
import { identifiabilityCurve } from '../../src/recovery/curve.js';
import { identityMap } from '../../src/maps/boolMap.js';

describe('curve: head+rep and hier-sum share one search at d = 4', () => {
  it('the same verdicts as hier-sum alone (seed 2025, k = 1, 3 sets)', async () => {
    const base = { d: 4, psi: identityMap(4), group: 'signed-permutation' as const, distribution: { kind: 'uniform' as const }, kMax: 1, samples: 3, seed: 2025, instanceTimeLimitMs: 600_000 };
    const both = await identifiabilityCurve({ ...base, biases: ['head+rep', 'hier-sum'] });
    const alone = await identifiabilityCurve({ ...base, biases: ['hier-sum'] });
    const twin = both.instances.filter((i) => i.bias === 'hier-sum').map((i) => i.recovers);
    expect(twin).toEqual(alone.instances.map((i) => i.recovers));
    expect(twin).toEqual(both.instances.filter((i) => i.bias === 'head+rep').map((i) => i.recovers));
    expect(twin.every((r) => r !== null)).toBe(true);
  });
});
