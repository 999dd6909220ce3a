/** The verifier's small exact rationals and its Gaussian elimination (used by its interpolator). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Q, ZERO, add, compare, div, mul, rat, solve, sub, sum, text } from '../../src/verifier/rational.js';

const int = (v: number): Q => rat(BigInt(v));
const equal = (a: Q, b: Q): boolean => compare(a, b) === 0;

/** Determinant by expansion along the first row (small matrices only). */
function det(m: readonly (readonly Q[])[]): Q {
  if (m.length === 0) return int(1);
  return sum(m[0]!.map((v, j) => mul(j % 2 ? sub(ZERO, v) : v, det(m.slice(1).map((r) => r.filter((_, c) => c !== j))))));
}
const choose = (k: number, from: number[]): number[][] => (k === 0 ? [[]] : from.flatMap((x, i) => choose(k - 1, from.slice(i + 1)).map((c) => [x, ...c])));
/** The largest k with a non-zero k x k minor. */
function rank(m: readonly (readonly Q[])[]): number {
  const cols = m[0]?.length ?? 0;
  for (let k = Math.min(m.length, cols); k > 0; k--) {
    for (const rs of choose(k, [...m.keys()])) {
      for (const cs of choose(k, [...Array(cols).keys()])) if (!equal(det(rs.map((r) => cs.map((c) => m[r]![c]!))), ZERO)) return k;
    }
  }
  return 0;
}

describe('verifier rationals', () => {
  it('are kept in lowest terms with a positive denominator', () => {
    expect(rat(6n, -4n)).toEqual({ p: -3n, q: 2n });
    expect(rat(0n, -7n)).toEqual({ p: 0n, q: 1n });
    expect(text(add(rat(1n, 2n), rat(1n, 3n)))).toBe('5/6');
    expect(text(sub(rat(1n, 2n), rat(1n, 2n)))).toBe('0');
    expect(text(mul(rat(2n, 3n), rat(3n, 4n)))).toBe('1/2');
    expect(text(div(int(3), int(-6)))).toBe('-1/2');
    expect(text(sum([rat(1n, 4n), rat(1n, 4n), rat(1n, 2n)]))).toBe('1');
    expect([compare(rat(1n, 3n), rat(1n, 2n)), compare(int(2), rat(4n, 2n)), compare(int(-1), ZERO)]).toEqual([-1, 0, -1]);
    expect(() => rat(1n, 0n)).toThrow(RangeError);
  });

  it('solve finds every solution of A x = b: A x = b, A k = 0 for each kernel vector, one per free column', () => {
    const matrix = fc.integer({ min: 1, max: 4 }).chain((cols) =>
      fc.array(fc.array(fc.integer({ min: -3, max: 3 }), { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 4 }).map((rows) => ({ cols, rows })),
    );
    fc.assert(
      fc.property(matrix, fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 4, maxLength: 4 }), ({ cols, rows }, x0) => {
        const a = rows.map((r) => r.map(int));
        // b = A x0, so a solution exists.
        const b = a.map((r) => sum(r.map((v, j) => mul(v, int(x0[j]!)))));
        const { x, kernel } = solve(a, b, cols);
        const apply = (v: readonly Q[]): Q[] => a.map((r) => sum(r.map((c, j) => mul(c, v[j]!))));
        expect(apply(x).every((v, i) => equal(v, b[i]!))).toBe(true);
        for (const k of kernel) expect(apply(k).every((v) => equal(v, ZERO))).toBe(true);
        // The kernel is a basis of the null space: independent, and as many vectors as cols - rank(A).
        expect(kernel.length).toBe(cols - rank(a));
        expect(rank(kernel)).toBe(kernel.length);
      }),
      { seed: 1234, numRuns: 200 },
    );
  });

  it('solve refuses an inconsistent system', () => {
    expect(() => solve([[int(1), int(1)], [int(2), int(2)]], [int(1), int(3)], 2)).toThrow(RangeError);
    expect(solve([[int(2), int(4)]], [int(2)], 2)).toEqual({ x: [int(1), ZERO], kernel: [[int(-2), int(1)]] });
  });
});
