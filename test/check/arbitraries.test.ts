/** Arbitraries produce members of their domains, deterministically, and shrink toward small values. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ResolvedDomain } from '../../src/claim/domains.js';
import type { CubeMap, Fn } from '../../src/claim/values.js';
import { fastKernel as K } from '../../src/check/kernel/index.js';
import { arbitraryFor, bijectionArbitrary, booleanFunctionArbitrary } from '../../src/search/arbitraries/index.js';
import { booleanShrinks } from '../../src/search/arbitraries/booleanShrink.js';
import { handlerFor } from '../../src/search/domains/index.js';
import { SEED, movedPoints } from './helpers.js';

const DOMAINS: ResolvedDomain[] = [
  { kind: 'boolean-functions', n: 0 },
  { kind: 'boolean-functions', n: 4 },
  { kind: 'boolean-functions', n: 9 },
  { kind: 'low-degree-functions', n: 4, maxDegree: 2 },
  { kind: 'low-degree-functions', n: 5, maxDegree: 2 },
  { kind: 'low-degree-functions', n: 8, maxDegree: 2 },
  { kind: 'low-degree-functions', n: 12, maxDegree: 1 },
  { kind: 'low-degree-functions', n: 3, maxDegree: 5 },
  { kind: 'integer-functions', n: 3, min: -2, max: 5 },
  { kind: 'maps', n: 3, m: 2 },
  { kind: 'maps', n: 2, m: 4 },
  { kind: 'bijections', n: 0 },
  { kind: 'bijections', n: 4 },
  { kind: 'signed-permutations', n: 5 },
  { kind: 'gf2-affine-maps', n: 4 },
  { kind: 'subsets', n: 3 },
  { kind: 'subsets', n: 9 },
];

describe('arbitraries', () => {
  it('every generated value is a member of its domain', () => {
    for (const d of DOMAINS) {
      const h = handlerFor(d);
      const bad = fc.sample(arbitraryFor(d), { seed: SEED, numRuns: 60 }).filter((v) => !h.isMember(v));
      expect({ kind: d.kind, n: d.n, bad: bad.length }).toEqual({ kind: d.kind, n: d.n, bad: 0 });
    }
  });

  it('the same seed gives the same values', () => {
    for (const d of DOMAINS) {
      const h = handlerFor(d);
      const a = fc.sample(arbitraryFor(d), { seed: 7, numRuns: 20 }).map((v) => h.encode(v));
      const b = fc.sample(arbitraryFor(d), { seed: 7, numRuns: 20 }).map((v) => h.encode(v));
      expect(a).toEqual(b);
    }
  });

  it('Boolean functions are spread: both constants, dictators and many distinct tables occur', () => {
    const seen = new Set(fc.sample(booleanFunctionArbitrary(3), { seed: SEED, numRuns: 2000 }).map((f) => Array.from(f.values).join()));
    expect(seen.size).toBeGreaterThan(200);
  });

  it('a property failing on functions with a -1 at point 5 shrinks to the constant -1 (no relevant variable)', () => {
    const r = fc.check(fc.property(booleanFunctionArbitrary(3), (f: Fn) => f.values[5] !== -1), { seed: SEED });
    expect(r.failed).toBe(true);
    expect(Array.from(r.counterexample![0].values)).toEqual([-1, -1, -1, -1, -1, -1, -1, -1]);
  });

  it('a property failing on functions of 3 or more relevant variables shrinks to 3 variables and a single -1 cell', () => {
    const r = fc.check(fc.property(booleanFunctionArbitrary(4), (f: Fn) => K.relevantVariables(f).length < 3), { seed: SEED });
    expect(K.relevantVariables(r.counterexample![0]).length).toBe(3);
    expect(r.counterexample![0].values.filter((v) => v === -1).length).toBe(2);
  });

  it('Boolean shrink candidates decrease (relevant variables, -1 points) lexicographically', () => {
    const measure = (f: Fn): [number, number] => [K.relevantVariables(f).length, f.values.filter((v) => v === -1).length];
    for (const f of fc.sample(booleanFunctionArbitrary(4), { seed: SEED, numRuns: 30 })) {
      const [r, m] = measure(f);
      for (const g of booleanShrinks(f)) {
        const [r2, m2] = measure(g);
        expect(r2 < r || (r2 === r && m2 < m)).toBe(true);
      }
    }
  });

  it('a property failing on functions depending on x2 shrinks to the dictator x2 (one relevant variable)', () => {
    const r = fc.check(fc.property(booleanFunctionArbitrary(4), (f: Fn) => !K.relevantVariables(f).includes(2)), { seed: SEED });
    expect(K.relevantVariables(r.counterexample![0])).toEqual([2]);
    const low = fc.check(fc.property(arbitraryFor({ kind: 'low-degree-functions', n: 7, maxDegree: 2 }), (f) => K.relevantVariables(f as Fn).length < 2), { seed: SEED });
    expect(K.relevantVariables(low.counterexample![0] as Fn).length).toBe(2);
  });

  it('bijection shrinking fixes points: every candidate moves fewer points', () => {
    const arb = bijectionArbitrary(4);
    let tried = 0;
    for (const v of fc.sample(arb, { seed: SEED, numRuns: 30 })) {
      if (movedPoints(v.image) === 0) continue;
      tried++;
      const candidates = [...arb.shrink(v, undefined)].map((c) => c.value);
      expect(candidates.length).toBeGreaterThan(0);
      expect(candidates.every((c) => movedPoints(c.image) < movedPoints(v.image) && arb.canShrinkWithoutContext(c))).toBe(true);
    }
    expect(tried).toBeGreaterThan(10);
  });

  it('a property failing on bijections that move point 3 shrinks to one transposition', () => {
    const arb = arbitraryFor({ kind: 'bijections', n: 3 });
    const r = fc.check(fc.property(arb, (t) => (t as CubeMap).image[3] === 3), { seed: SEED });
    expect(movedPoints((r.counterexample![0] as CubeMap).image)).toBe(2);
  });

  it('affine maps shrink toward the identity', () => {
    const arb = arbitraryFor({ kind: 'gf2-affine-maps', n: 3 });
    const r = fc.check(fc.property(arb, (t) => (t as CubeMap).image[0] === 0), { seed: SEED });
    // The smallest failing change from the identity: a translation by one unit vector.
    expect(Array.from((r.counterexample![0] as CubeMap).image)).toEqual([1, 0, 3, 2, 5, 4, 7, 6]);
  });
});
