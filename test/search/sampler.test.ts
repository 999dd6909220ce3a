/**
 * The documented sampler cubecheck-mix/1: every member of a small domain is reached (the uniform
 * families), low-degree draws have degree <= k on all n variables (and reach the structured
 * members: many relevant variables, exact degree k), structured families occur at their
 * documented rates, and every shrinker's candidates strictly decrease its measure and stay in the
 * domain. Cross-checked with slow, obvious definitions (test/check/helpers.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ResolvedDomain } from '../../src/claim/domains.js';
import type { CubeMap, Fn, PointSet } from '../../src/claim/values.js';
import { fastKernel as K } from '../../src/check/kernel/index.js';
import { arbitraryFor, sampleCase } from '../../src/search/arbitraries/index.js';
import { handlerFor } from '../../src/search/domains/index.js';
import { SEED, movedPoints, slowDegree } from '../check/helpers.js';

const draws = (d: ResolvedDomain, count: number, seed = 42): ReturnType<typeof sampleCase>[number][] =>
  Array.from({ length: count }, (_, k) => sampleCase([d], seed, k)[0]!);

describe('the sampler reaches every member of small domains', () => {
  const FULL: [ResolvedDomain, number][] = [
    [{ kind: 'boolean-functions', n: 2 }, 16],
    [{ kind: 'low-degree-functions', n: 3, maxDegree: 1 }, 8],
    [{ kind: 'low-degree-functions', n: 3, maxDegree: 0 }, 2],
    [{ kind: 'bijections', n: 2 }, 24],
    [{ kind: 'signed-permutations', n: 2 }, 8],
    [{ kind: 'gf2-affine-maps', n: 2 }, 24],
    [{ kind: 'maps', n: 2, m: 1 }, 16],
    [{ kind: 'subsets', n: 2 }, 16],
    [{ kind: 'integer-functions', n: 1, min: -1, max: 1 }, 9],
  ];
  for (const [d, size] of FULL) {
    it(`${d.kind} at n = ${d.n}: all ${size}`, () => {
      const h = handlerFor(d);
      const seen = new Set(draws(d, 3000).map((v) => h.encode(v)));
      expect(seen.size).toBe(size);
    });
  }

  it('all 40320 bijections of C_3 are reachable: 20000 draws meet more than 10000 distinct ones', () => {
    const d: ResolvedDomain = { kind: 'bijections', n: 3 };
    expect(new Set(draws(d, 20000).map((t) => (t as CubeMap).image.join())).size).toBeGreaterThan(10000);
  });
});

describe('low-degree draws', () => {
  it('have degree <= k (slow Walsh degree) on all n variables, reach degree exactly k often, and more than k + 1 relevant variables', () => {
    for (const [n, k] of [[6, 1], [6, 2], [8, 3], [9, 2], [10, 4]] as const) {
      const fs = draws({ kind: 'low-degree-functions', n, maxDegree: k }, 300) as Fn[];
      const degrees = fs.map((f) => (n <= 8 ? slowDegree(f) : K.degree(f)) ?? 0);
      expect(Math.max(...degrees)).toBe(k);
      expect(degrees.every((d) => d <= k)).toBe(true);
      const relevant = fs.map((f) => K.relevantVariables(f).length);
      // Depth-k trees (2^k - 1 variables) and filtered juntas on k + 2 variables: more than k + 1 relevant variables occur.
      if (k >= 2) expect(Math.max(...relevant)).toBeGreaterThan(k + 1);
      expect(degrees.filter((d) => d === k).length).toBeGreaterThan(60);
    }
  });
});

describe('structured families occur', () => {
  it('Boolean functions on C_6: juntas of every size, symmetric functions, thresholds', () => {
    const fs = draws({ kind: 'boolean-functions', n: 6 }, 2000) as Fn[];
    const sizes = new Set(fs.map((f) => K.relevantVariables(f).length));
    expect([...sizes].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
    const symmetric = fs.filter((f) => f.values.every((v, x) => v === f.values[(1 << popcount(x)) - 1]));
    expect(symmetric.length).toBeGreaterThan(50);
  });

  it('bijections of C_4: near-identities (<= 5 moved points) and non-affine maps of degree <= 2 (circuits)', () => {
    const ts = draws({ kind: 'bijections', n: 4 }, 1000) as CubeMap[];
    expect(ts.filter((t) => movedPoints(t.image) > 0 && movedPoints(t.image) <= 5).length).toBeGreaterThan(100);
    const lowDegree = ts.filter((t) => !K.isGf2Affine(t) && Array.from({ length: 4 }, (_, j) => K.degree(K.coordinate(t, j + 1)) ?? 0).every((d) => d <= 2));
    expect(lowDegree.length).toBeGreaterThan(10);
  });
});

function popcount(x: number): number {
  let c = 0;
  for (let v = x; v; v &= v - 1) c++;
  return c;
}

describe('shrinkers decrease their measure and stay in the domain', () => {
  const measures: [ResolvedDomain, (v: never) => number[]][] = [
    [{ kind: 'signed-permutations', n: 4 }, (t: CubeMap) => {
      const signs = t.image[0]!;
      const moved = Array.from({ length: 4 }, (_, i) => (t.image[1 << i]! ^ signs) !== 1 << i).filter(Boolean).length;
      return [moved + popcount(signs)];
    }],
    [{ kind: 'maps', n: 3, m: 2 }, (t: CubeMap) => [Array.from(t.image).filter((y, x) => y !== (x & 3)).length]],
    [{ kind: 'integer-functions', n: 3, min: -3, max: 4 }, (f: Fn) => [f.values.reduce((a, v) => a + Math.abs(v), 0)]],
    [{ kind: 'subsets', n: 3 }, (s: PointSet) => [s.points.length]],
    [{ kind: 'bijections', n: 3 }, (t: CubeMap) => [movedPoints(t.image)]],
    [{ kind: 'gf2-affine-maps', n: 3 }, (t: CubeMap) => {
      const rows = Array.from({ length: 3 }, (_, j) => [0, 1, 2].reduce((r, i) => r | ((((t.image[1 << i]! ^ t.image[0]!) >>> j) & 1) << i), 0));
      return [rows.reduce((a, r, j) => a + popcount(r ^ (1 << j)), 0), t.image[0]!];
    }],
  ];
  for (const [d, measure] of measures) {
    it(d.kind, () => {
      const arb = arbitraryFor(d);
      const h = handlerFor(d);
      const less = (a: number[], b: number[]): boolean => a.some((v, i) => v !== b[i]) && a[a.findIndex((v, i) => v !== b[i])]! < b[a.findIndex((v, i) => v !== b[i])]!;
      let candidates = 0;
      for (const v of fc.sample(arb, { seed: SEED, numRuns: 40 })) {
        for (const c of arb.shrink(v, undefined)) {
          candidates++;
          expect(h.isMember(c.value)).toBe(true);
          expect(less(measure(c.value as never), measure(v as never))).toBe(true);
        }
      }
      expect(candidates).toBeGreaterThan(20);
    });
  }
});
