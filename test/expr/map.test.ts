import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BoolMap, mapsEqual } from '../../src/maps/boolMap.js';
import { formatMap, parseMap } from '../../src/expr/index.js';

function map(text: string, n?: number): BoolMap {
  const r = parseMap(text, n === undefined ? {} : { n });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('parseMap', () => {
  it('puts coordinate j in bit j-1 of the image index, a set bit meaning -1', () => {
    const T = map('x1; x2');
    expect([T.n, T.m, Array.from(T.image)]).toEqual([2, 2, [0, 1, 2, 3]]);
    const U = map('x1*x2; x1; and(x1, x2)');
    expect([U.n, U.m, Array.from(U.image)]).toEqual([2, 3, [0, 3, 1, 6]]);
  });

  it('keeps the ; inside thr(k; ...) and accepts literal coordinates', () => {
    const T = map('thr(1; x1, x2); tt:+-+-; hex:8');
    expect([T.n, T.m, Array.from(T.image)]).toEqual([2, 3, [0, 3, 1, 7]]);
  });

  it('takes n from the largest variable or from the option', () => {
    expect(map('x3').n).toBe(3);
    const T = map('x1; x2', 3);
    expect([T.n, T.m, Array.from(T.image)]).toEqual([3, 2, [0, 1, 2, 3, 0, 1, 2, 3]]);
    expect(map('1', 0).image.length).toBe(1);
  });

  it('reads perm: with m = n unless an index needs more bits', () => {
    const T = map('perm:0,3,1,2');
    expect([T.n, T.m, Array.from(T.image)]).toEqual([2, 2, [0, 3, 1, 2]]);
    const U = map(' PERM: 0 , 5 ');
    expect([U.n, U.m, Array.from(U.image)]).toEqual([1, 3, [0, 5]]);
    expect(map('perm:0').m).toBe(0);
    expect(mapsEqual(map('perm:0,1,2,3,4,5,6,7'), map('x1; x2; x3'))).toBe(true);
  });
});

describe('formatMap', () => {
  it('uses perm: when it keeps m, and coordinates otherwise', () => {
    expect(formatMap(map('x2; x1'))).toBe('perm:0,2,1,3');
    expect(formatMap(map('x1; x2', 3))).toBe('hex:aa; hex:cc');
    expect(formatMap(map('x1; x1; x1'))).toBe('perm:0,7');
    expect(formatMap(map('x1*x2'))).toBe('hex:6');
    expect(formatMap(map('x1', 0 + 1))).toBe('perm:0,1');
  });

  it('round-trips random maps: parseMap(formatMap(T)) = T', () => {
    const arb = fc
      .tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 1, max: 8 }))
      .chain(([n, m]) =>
        fc
          .array(fc.integer({ min: 0, max: 2 ** m - 1 }), { minLength: 2 ** n, maxLength: 2 ** n })
          .map((image): BoolMap => ({ n, m, image: Uint32Array.from(image) })),
      );
    fc.assert(
      fc.property(arb, (T) => {
        const back = parseMap(formatMap(T));
        expect(back.ok).toBe(true);
        if (back.ok) expect(mapsEqual(back.value, T)).toBe(true);
      }),
      { seed: 1234, numRuns: 300 },
    );
  });
});
