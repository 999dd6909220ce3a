import { describe, expect, it } from 'vitest';
import { popcount } from '../../src/core/cube.js';
import { degree } from '../../src/core/degree.js';
import { identityMap } from '../../src/maps/boolMap.js';
import { codesOfDegreeAtMost, parseDistribution, randomSubset, sampleTask } from '../../src/recovery/distributions.js';
import { identifiabilityCurve } from '../../src/recovery/curve.js';
import { paritySet } from '../../src/recovery/taskShapes.js';
import { makeRng } from '../../src/recovery/rng.js';
import { Rational } from '../../src/core/rational.js';

const relevant = (f: ReturnType<typeof sampleTask>): number => {
  let mask = 0;
  for (let x = 0; x < f.numerators.length; x++) for (let j = 0; j < f.n; j++) if (f.numerators[x] !== f.numerators[x ^ (1 << j)]) mask |= 1 << j;
  return mask;
};

describe('task distributions', () => {
  it('parse and reject', () => {
    expect(parseDistribution('uniform', 3)).toEqual({ kind: 'uniform' });
    expect(parseDistribution('parity:2', 3)).toEqual({ kind: 'parity', size: 2 });
    expect(parseDistribution('degree:1', 3)).toEqual({ kind: 'degree', max: 1 });
    expect(parseDistribution('junta:2', 3)).toEqual({ kind: 'junta', size: 2 });
    expect(() => parseDistribution('junta:4', 3)).toThrow(/at most 3/);
    expect(() => parseDistribution('normal', 3)).toThrow(/unknown task distribution/);
  });

  it('samples have the promised shape', () => {
    const rng = makeRng(9);
    for (let i = 0; i < 200; i++) {
      const p = sampleTask({ kind: 'parity', size: 2 }, 4, rng);
      expect(popcount(paritySet(p)!)).toBe(2);
      expect(degree(sampleTask({ kind: 'degree', max: 2 }, 3, rng))!).toBeLessThanOrEqual(2);
      expect(popcount(relevant(sampleTask({ kind: 'junta', size: 2 }, 4, rng)))).toBeLessThanOrEqual(2);
    }
  });

  it('degree:q lists exactly the Boolean functions of degree <= q (known counts at d = 3)', () => {
    // degree <= 0: 2 constants; degree <= 1: +-1, +-x_i (T3): 8; degree <= 2: 8 + ... ; all 256 at q = 3
    expect(codesOfDegreeAtMost(3, 0)).toHaveLength(2);
    expect(codesOfDegreeAtMost(3, 1)).toHaveLength(8);
    expect(codesOfDegreeAtMost(3, 3)).toHaveLength(256);
  });

  it('randomSubset is uniform over subsets of the size (chi-square-free check: every subset appears, counts balanced)', () => {
    const rng = makeRng(1);
    const counts = new Map<number, number>();
    for (let i = 0; i < 6000; i++) {
      const s = randomSubset(rng, 4, 2);
      expect(popcount(s)).toBe(2);
      counts.set(s, (counts.get(s) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    for (const c of counts.values()) expect(c > 850 && c < 1150).toBe(true);
  });
});

describe('identifiability curve (library)', () => {
  it('parity:1 tasks at d = 2: k = 1 never recovers; the fraction is exact and deterministic', async () => {
    const o = { d: 2, psi: identityMap(2), biases: ['head-degree', 'head-gf2'] as const, group: 'signed-permutation' as const, distribution: { kind: 'parity', size: 1 } as const, kMax: 3, samples: 12, seed: 4 };
    const a = await identifiabilityCurve(o);
    const b = await identifiabilityCurve(o);
    // Deterministic but for the measured per-instance times.
    const untimed = (c: typeof a) => ({ ...c, instances: c.instances.map(({ ms: _ms, ...rest }) => rest) });
    expect(untimed(a)).toEqual(untimed(b));
    expect(a.points[0]!.recovered).toEqual([0, 0]);
    // With two dictator tasks covering both latents head-degree recovers; head-gf2 never (S2).
    for (const p of a.points) expect(p.recovered[1]).toBe(0);
    // Replaying the same draws: head-degree recovers exactly when both dictators occur (S1, S2).
    const rng = makeRng(4);
    for (const p of a.points) {
      let covering = 0;
      for (let s = 0; s < 12; s++) {
        let seen = 0;
        for (let t = 0; t < p.k; t++) seen |= paritySet(sampleTask({ kind: 'parity', size: 1 }, 2, rng))!;
        if (seen === 3) covering++;
      }
      expect(p.recovered[0]).toBe(covering);
      expect(p.fractions[0]!.toString()).toBe(Rational.of(covering, 12).toString());
    }
    expect(a.points[2]!.recovered[0]).toBeGreaterThan(0);
  });
});
