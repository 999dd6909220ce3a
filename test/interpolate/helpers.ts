/** Arbitraries and slow references for the interpolator tests. */
import fc from 'fast-check';
import { chi, popcount } from '../../src/core/cube.js';
import { Rational } from '../../src/core/rational.js';
import { nullspace } from '../../src/core/linalg/rref.js';
import { solveLinear } from '../../src/core/linalg/solve.js';

export const SEED = 1234;

export const arbRational = fc
  .record({ p: fc.integer({ min: -6, max: 6 }), q: fc.integer({ min: 1, max: 4 }) })
  .map(({ p, q }) => Rational.of(p, q));

/** n, a non-empty subset U of C_n (as sorted points), and rational data on all of C_n. */
export function arbProblem(minN: number, maxN: number): fc.Arbitrary<{ n: number; points: number[]; table: Rational[] }> {
  return fc.integer({ min: minN, max: maxN }).chain((n) =>
    fc
      .record({
        mask: fc.array(fc.boolean(), { minLength: 2 ** n, maxLength: 2 ** n }),
        table: fc.array(arbRational, { minLength: 2 ** n, maxLength: 2 ** n }),
      })
      .map(({ mask, table }) => {
        const points = mask.flatMap((b, i) => (b ? [i] : []));
        return { n, points: points.length > 0 ? points : [0], table };
      }),
  );
}

/** (W^0..W^n) of a full table straight from fhat(S) = 2^-n sum_x g(x) chi_S(x). */
export function slowProfile(n: number, table: readonly Rational[]): Rational[] {
  const w = Array.from({ length: n + 1 }, () => Rational.ZERO);
  for (let S = 0; S < 2 ** n; S++) {
    let c = Rational.ZERO;
    for (let x = 0; x < 2 ** n; x++) c = c.add(table[x]!.mul(Rational.fromInt(chi(S, x))));
    c = c.scale2(-n);
    w[popcount(S)] = w[popcount(S)]!.add(c.mul(c));
  }
  return w;
}

/**
 * A second, independent construction (the one in the brief): over the spectrum c itself, for each
 * level j from the top, the level-j block of the minimiser is the unique solution c_j of
 * "A_{<=j} c_{<=j} = y - (fixed higher levels)" that is orthogonal to every level-j direction
 * that can be compensated by lower levels. Returns fhat in mask order.
 */
export function referenceSpectrum(n: number, points: readonly number[], values: readonly Rational[]): Rational[] {
  const size = 2 ** n;
  const c = new Array<Rational>(size).fill(Rational.ZERO);
  const rhs = values.slice();
  for (let j = n; j >= 0; j--) {
    const top = range(size).filter((S) => popcount(S) === j);
    const low = range(size).filter((S) => popcount(S) < j);
    const cols = [...top, ...low];
    const a = points.map((u) => cols.map((S) => Rational.fromInt(chi(S, u))));
    if (solveLinear(a, rhs, cols.length) === null) continue; // some higher level must stay: W^j = 0 impossible
    const dirs = nullspace(a, cols.length).map((v) => v.slice(0, top.length));
    const orth = dirs.map((dv) => [...dv, ...low.map(() => Rational.ZERO)]);
    const sol = solveLinear([...a, ...orth], [...rhs, ...orth.map(() => Rational.ZERO)], cols.length);
    if (sol === null) throw new Error('reference: inconsistent');
    top.forEach((S, i) => {
      c[S] = sol.particular[i]!;
    });
    points.forEach((u, r) => {
      for (const S of top) rhs[r] = rhs[r]!.sub(c[S]!.mul(Rational.fromInt(chi(S, u))));
    });
  }
  return c;
}

function range(k: number): number[] {
  return Array.from({ length: k }, (_, i) => i);
}
