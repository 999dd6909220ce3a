import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fwhtBigInPlace } from '../../src/core/fwht.js';
import { big } from '../../src/core/rational.js';

/** The transform by its definition, W(S) = sum_x a_x (-1)^|x & S|, in native bigint. */
function reference(a: readonly bigint[]): bigint[] {
  return a.map((_, S) => a.reduce((acc, v, x) => {
    let p = x & S;
    let odd = 0;
    while (p) { odd ^= p & 1; p >>>= 1; }
    return odd ? acc - v : acc + v;
  }, 0n));
}

const run = (a: readonly bigint[]): string[] => {
  const b = a.map((v) => big(v.toString()));
  fwhtBigInPlace(b);
  return b.map(String);
};

describe('fwhtBigInPlace and its small-number fast path', () => {
  it('agrees with the definition for small and huge values (fixed seed)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6 }).chain((n) =>
          fc.array(fc.oneof(fc.bigInt({ min: -1000n, max: 1000n }), fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n })), { minLength: 2 ** n, maxLength: 2 ** n }),
        ),
        (a) => {
          expect(run(a)).toEqual(reference(a).map(String));
        },
      ),
      { seed: 1201, numRuns: 200, verbose: 1 },
    );
  });

  it('stays exact at the edge of the double range (2^52 / size and just below)', () => {
    for (const n of [1, 3, 5]) {
      const bound = 2n ** 52n / 2n ** BigInt(n);
      for (const v of [bound - 1n, bound, bound + 1n, -(bound - 1n), -bound]) {
        const a = Array.from({ length: 2 ** n }, (_, i) => (i % 3 === 0 ? v : -v));
        expect(run(a)).toEqual(reference(a).map(String));
        const same = Array.from({ length: 2 ** n }, () => v);
        expect(run(same)).toEqual(reference(same).map(String));
      }
    }
  });
});
