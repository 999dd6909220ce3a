/** The domain registry: constructors, resolution and descriptions derive from one file per kind. */
import { describe, expect, it } from 'vitest';
import { describeDomain, domains, resolveDomain } from '../../src/claim/domains.js';
import { DOMAINS, DOMAIN_KINDS } from '../../src/vocabulary/domains/index.js';

describe('domain kinds', () => {
  it('each is registered under its kind, with a constructor in the claim API', () => {
    for (const k of DOMAIN_KINDS) {
      expect(DOMAINS[k].kind).toBe(k);
      expect(typeof (domains as Record<string, unknown>)[DOMAINS[k].name]).toBe('function');
    }
    expect(Object.keys(domains)).toHaveLength(DOMAIN_KINDS.length);
  });

  it('resolve fixes n (and m for maps) and keep their parameters', () => {
    expect(resolveDomain(domains.booleanFunctions(), 3)).toEqual({ kind: 'boolean-functions', n: 3 });
    expect(resolveDomain(domains.maps(), 3)).toEqual({ kind: 'maps', n: 3, m: 3 });
    expect(resolveDomain(domains.maps(2), 3)).toEqual({ kind: 'maps', n: 3, m: 2 });
    expect(resolveDomain(domains.integerFunctions(-1, 2), 2)).toEqual({ kind: 'integer-functions', n: 2, min: -1, max: 2 });
    expect(resolveDomain(domains.lowDegreeFunctions(1), 4)).toEqual({ kind: 'low-degree-functions', n: 4, maxDegree: 1 });
    for (const k of ['bijections', 'signed-permutations', 'gf2-affine-maps', 'subsets'] as const) {
      expect(resolveDomain({ kind: k }, 2)).toEqual({ kind: k, n: 2 });
    }
  });

  it('describe and validate parameters', () => {
    expect(describeDomain(domains.integerFunctions(-1, 1))).toBe('integer-functions(-1..1)');
    expect(describeDomain(domains.maps(2))).toBe('maps(m = 2)');
    expect(describeDomain(domains.bijections())).toBe('bijections');
    expect(() => domains.integerFunctions(2, 1)).toThrow(/min <= max/);
    expect(() => domains.lowDegreeFunctions(-1)).toThrow(/maxDegree a whole number >= 0, got -1/);
    expect(() => domains.maps(-1)).toThrow(/m a whole number in 0..32/);
    expect(() => domains.integerFunctions(0, 2 ** 31)).toThrow(/32-bit integers/);
  });
});
