import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rational } from '../../src/core/rational.js';
import { addVectors, matVec, matMul, matrixFromInts, identityMatrix, squaredNorm, transpose, zeroVector } from '../../src/core/linalg/matrix.js';
import { rank, rref, nullspace } from '../../src/core/linalg/rref.js';
import { leastSquares, solveLinear } from '../../src/core/linalg/solve.js';
import { gf2Solve, popcountBig } from '../../src/core/linalg/gf2Solve.js';
import { SEED, arbRational } from './helpers.js';

const arbMatrix = fc
  .record({ r: fc.integer({ min: 0, max: 4 }), c: fc.integer({ min: 1, max: 4 }) })
  .chain(({ r, c }) => fc.array(fc.array(fc.integer({ min: -2, max: 2 }), { minLength: c, maxLength: c }), { minLength: r, maxLength: r }).map((rows) => ({ rows: matrixFromInts(rows), c })));

describe('rational linear algebra', () => {
  it('rref: pivots are unit columns and the row space is kept (rank of the stack does not grow)', () => {
    fc.assert(
      fc.property(arbMatrix, ({ rows, c }) => {
        const e = rref(rows, c);
        e.pivots.forEach((p, i) => e.rows.forEach((row, k) => expect(row[p]!.equals(k === i ? Rational.ONE : Rational.ZERO)).toBe(true)));
        expect(rank([...rows, ...e.rows], c)).toBe(e.pivots.length);
        // rank + nullity = number of columns, and the null space is killed by the matrix
        const ns = nullspace(rows, c);
        expect(ns.length + e.pivots.length).toBe(c);
        for (const v of ns) expect(matVec(rows, v).every((x) => x.isZero())).toBe(true);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('solveLinear finds a solution of every consistent system and reports inconsistent ones', () => {
    fc.assert(
      fc.property(arbMatrix, fc.array(arbRational, { minLength: 4, maxLength: 4 }), fc.array(arbRational, { minLength: 4, maxLength: 4 }), ({ rows, c }, x, junk) => {
        const b = matVec(rows, x.slice(0, c));
        const s = solveLinear(rows, b, c);
        expect(s).not.toBeNull();
        expect(matVec(rows, s!.particular).every((v, i) => v.equals(b[i]!))).toBe(true);
        const other = junk.slice(0, rows.length);
        const t = solveLinear(rows, other, c);
        // consistent iff appending the right-hand side does not raise the rank
        const consistent = rank(rows.map((r, i) => [...r, other[i]!]), c + 1) === rank(rows, c);
        expect(t !== null).toBe(consistent);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('leastSquares: the residual is orthogonal to the columns and no random t does better', () => {
    fc.assert(
      fc.property(arbMatrix, fc.array(arbRational, { minLength: 4, maxLength: 4 }), fc.array(arbRational, { minLength: 4, maxLength: 4 }), ({ rows, c }, a0, t0) => {
        const a = a0.slice(0, rows.length);
        const s = leastSquares(rows, a, c);
        const res = addVectors(a, matVec(rows, s.particular));
        expect(matVec(transpose(rows, c), res).every((v) => v.isZero())).toBe(true);
        const other = addVectors(a, matVec(rows, t0.slice(0, c)));
        expect(squaredNorm(res).compare(squaredNorm(other))).toBeLessThanOrEqual(0);
        for (const v of s.nullspace) expect(matVec(rows, v).every((x) => x.isZero())).toBe(true);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('small helpers', () => {
    const i3 = identityMatrix(3);
    const m = matrixFromInts([[1, 2, 0], [0, 1, -1]]);
    expect(matMul(m, i3).map((r) => r.map(String))).toEqual(m.map((r) => r.map(String)));
    expect(zeroVector(2).every((x) => x.isZero())).toBe(true);
    expect(solveLinear(matrixFromInts([[1, 1], [1, 1]]), [Rational.ONE, Rational.ZERO], 2)).toBeNull();
  });
});

describe('GF(2) solving', () => {
  it('solutions satisfy the system; null exactly when brute force finds none', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((c) =>
          fc.record({
            c: fc.constant(c),
            rows: fc.array(fc.integer({ min: 0, max: 2 ** c - 1 }), { maxLength: 6 }),
            rhsSeed: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
          }),
        ),
        ({ c, rows, rhsSeed }) => {
          const big = rows.map((r) => BigInt(r));
          const rhs = rows.map((_, i) => (rhsSeed[i] ? 1 : 0) as 0 | 1);
          const x = gf2Solve(big, rhs);
          let exists = false;
          for (let v = 0; v < 2 ** c; v++) if (big.every((r, i) => (popcountBig(r & BigInt(v)) & 1) === rhs[i])) exists = true;
          expect(x !== null).toBe(exists);
          if (x !== null) big.forEach((r, i) => expect(popcountBig(r & x) & 1).toBe(rhs[i]));
        },
      ),
      { seed: SEED, numRuns: 200 },
    );
  });
});
