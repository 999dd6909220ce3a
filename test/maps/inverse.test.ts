import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compose, identityMap, inverse, inverseOrThrow, mapsEqual } from '../../src/maps/index.js';
import { SEED, arbBijection, arbMap, arbNearBijection, slowIsBijection } from './helpers.js';

describe('inverse', () => {
  it('round trips: T o T^-1 = T^-1 o T = id and (T^-1)^-1 = T', () => {
    fc.assert(
      fc.property(arbBijection(0, 8), (t) => {
        const inv = inverseOrThrow(t);
        expect(mapsEqual(compose(t, inv), identityMap(t.n))).toBe(true);
        expect(mapsEqual(compose(inv, t), identityMap(t.n))).toBe(true);
        expect(mapsEqual(inverseOrThrow(inv), t)).toBe(true);
        for (let y = 0; y < inv.image.length; y++) expect(t.image[inv.image[y]!]).toBe(y);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('returns the non-bijectivity witness instead of an inverse', () => {
    fc.assert(
      fc.property(arbNearBijection(1, 5), (t) => {
        const r = inverse(t);
        expect(r.ok).toBe(slowIsBijection(t));
        if (!r.ok) {
          expect(r.error.reason).toBe('collision');
          expect(() => inverseOrThrow(t)).toThrow(/same image/);
        }
      }),
      { seed: SEED, numRuns: 200 },
    );
    const r = inverse({ n: 1, m: 2, image: Uint32Array.from([0, 3]) });
    expect(r).toEqual({ ok: false, error: { bijective: false, reason: 'not-square', n: 1, m: 2 } });
  });
});

describe('compose', () => {
  it('is T o U: apply U first, matching the definition', () => {
    const t = { n: 2, m: 1, image: Uint32Array.from([0, 1, 1, 0]) };
    const u = { n: 1, m: 2, image: Uint32Array.from([2, 3]) };
    expect(compose(t, u)).toEqual({ n: 1, m: 1, image: Uint32Array.from([1, 0]) });
    expect(compose(u, t)).toEqual({ n: 2, m: 2, image: Uint32Array.from([2, 3, 3, 2]) });
    expect(() => compose(t, t)).toThrow(/cannot compose/);
  });

  it('is associative and has the identity as unit', () => {
    const chain = fc
      .record({ a: fc.nat(4), b: fc.nat(4), c: fc.nat(4), d: fc.nat(4) })
      .chain(({ a, b, c, d }) => fc.tuple(arbMap(a, a, b, b), arbMap(b, b, c, c), arbMap(c, c, d, d)));
    fc.assert(
      fc.property(chain, ([u, t, s]) => {
        expect(mapsEqual(compose(s, compose(t, u)), compose(compose(s, t), u))).toBe(true);
        expect(mapsEqual(compose(identityMap(t.m), t), t)).toBe(true);
        expect(mapsEqual(compose(t, identityMap(t.n)), t)).toBe(true);
        const tu = compose(t, u);
        for (let x = 0; x < tu.image.length; x++) expect(tu.image[x]).toBe(t.image[u.image[x]!]);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});
