/**
 * The world-model kernel operations, twice: the checker's (src/recovery, src/core/interpolate) and
 * the verifier's brute force must agree on every input, throw on the same misuse, and give the
 * known numbers of docs/math.md (48 signed permutations, 1344 GF(2)-affine maps, ...).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CubeMap, Fn, Kernel, PointSet, RecoveryBias, RecoveryGroup, RecoveryQuery } from '../../src/claim/index.js';
import { fastKernel as F } from '../../src/check/kernel/index.js';
import { verifierKernel as V } from '../../src/verifier/index.js';
import { SEED } from './helpers.js';

const BIASES: readonly RecoveryBias[] = ['head-degree', 'head-gf2', 'head-max', 'head+rep', 'head-profile'];
const GROUPS: readonly RecoveryGroup[] = ['signed-permutation', 'gf2-affine'];

const fnOf = (n: number, values: readonly number[]): Fn => ({ n, values: Int32Array.from(values) });
const tableArb = (n: number, lo: number, hi: number): fc.Arbitrary<Fn> =>
  fc.array(fc.integer({ min: lo, max: hi }), { minLength: 2 ** n, maxLength: 2 ** n }).map((v) => fnOf(n, v));
const booleanArb = (n: number): fc.Arbitrary<Fn> => tableArb(n, 0, 1).map((f) => fnOf(n, Array.from(f.values, (b) => 1 - 2 * b)));
const subsetArb = (n: number, minLength = 0): fc.Arbitrary<PointSet> =>
  fc.subarray([...Array(2 ** n).keys()], { minLength }).map((p) => ({ n, points: Uint32Array.from(p) }));
const bijectionArb = (n: number): fc.Arbitrary<CubeMap> =>
  fc.shuffledSubarray([...Array(2 ** n).keys()], { minLength: 2 ** n, maxLength: 2 ** n }).map((p) => ({ n, m: n, image: Uint32Array.from(p) }));

const queryArb = (d: number, maxTasks: number): fc.Arbitrary<RecoveryQuery> =>
  fc.record({
    tasks: fc.array(fc.oneof(booleanArb(d), booleanArb(d), tableArb(d, -2, 2)), { minLength: 1, maxLength: maxTasks }),
    bias: fc.constantFrom(...BIASES),
    group: fc.constantFrom(...GROUPS),
    psi: fc.option(bijectionArb(d), { nil: undefined }),
    support: fc.option(subsetArb(d, 1), { nil: undefined }),
  });

/** The summary, or the kind of the error thrown. */
function outcome(k: Kernel, q: RecoveryQuery): unknown {
  try {
    return k.recoverySummary(q);
  } catch {
    return 'throws';
  }
}

const dictators = (d: number): Fn[] => Array.from({ length: d }, (_, j) => F.chi(d, 1 << j));
const parities = (d: number): Fn[] => Array.from({ length: 2 ** d - 1 }, (_, s) => F.chi(d, s + 1));
const interpolant = (n: number, numerators: readonly number[], denominator = 1) => ({ n, numerators: numerators.map(BigInt), denominator: BigInt(denominator) });

describe('interpolate: fast kernel and verifier kernel agree', () => {
  it('on random integer data on random point sets, n <= 3; the result agrees with the data and is canonical', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 }).chain((n) => fc.tuple(tableArb(n, -3, 3), subsetArb(n))),
        ([f, on]) => {
          const g = V.interpolate(f, on);
          expect(F.interpolate(f, on)).toEqual(g);
          for (const p of on.points) expect(g.numerators[p]).toBe(BigInt(f.values[p]!) * g.denominator);
          expect(g.denominator > 0n).toBe(true);
          const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
          expect(g.numerators.reduce(gcd, g.denominator)).toBe(1n);
        },
      ),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('on random Boolean data at n = 4', () => {
    fc.assert(
      fc.property(booleanArb(4), subsetArb(4), (f, on) => {
        expect(F.interpolate(f, on)).toEqual(V.interpolate(f, on));
      }),
      { seed: SEED, numRuns: 15 },
    );
  });

  it('known interpolators: all points give f, no point gives 0, data +1 at (+,+) and -1 at (-,-) give x1/2 + x2/2', () => {
    const f = fnOf(2, [1, -1, 1, 3]);
    for (const K of [F, V]) {
      expect(K.interpolate(f, { n: 2, points: Uint32Array.from([0, 1, 2, 3]) })).toEqual(interpolant(2, [1, -1, 1, 3]));
      expect(K.interpolate(f, { n: 2, points: new Uint32Array(0) })).toEqual(interpolant(2, [0, 0, 0, 0]));
      expect(K.interpolate(fnOf(2, [1, 0, 0, -1]), { n: 2, points: Uint32Array.from([0, 3]) })).toEqual(interpolant(2, [1, 0, 0, -1]));
      // One point of C_2 seen, value 3: the interpolator is the constant 3.
      expect(K.interpolate(fnOf(2, [0, 0, 3, 0]), { n: 2, points: Uint32Array.from([2]) })).toEqual(interpolant(2, [3, 3, 3, 3]));
      // x1 x2 seen on {x1 = +1} (points 0, 2) is x2 there: the interpolator is x2 (T11).
      expect(K.interpolate(fnOf(2, [1, -1, -1, 1]), { n: 2, points: Uint32Array.from([0, 2]) })).toEqual(interpolant(2, [1, 1, -1, -1]));
      // and(x1, x2) = 1/2 + x1/2 + x2/2 - x1 x2/2 seen at (+,+), (-,+), (+,-): degree 1 fits, 1 + ... at (-,-) is -1.
      expect(K.interpolate(fnOf(2, [1, 1, 1, -1]), { n: 2, points: Uint32Array.from([0, 1, 2]) })).toEqual(interpolant(2, [1, 1, 1, 1]));
    }
  });

  it('a fraction: data 1 at point 0 of C_2 and 0 at point 3 (x1 x2 is the only level-2 term; it is avoided)', () => {
    // g = a + b x1 + c x2 + e x1 x2 with g(0) = 1, g(3) = 0: e = 0 forces a = 1/2, b + c = 1/2, least W^1 at b = c = 1/4.
    const expected = interpolant(2, [2, 1, 1, 0], 2);
    expect(F.interpolate(fnOf(2, [1, 9, 9, 0]), { n: 2, points: Uint32Array.from([0, 3]) })).toEqual(expected);
    expect(V.interpolate(fnOf(2, [1, 9, 9, 0]), { n: 2, points: Uint32Array.from([0, 3]) })).toEqual(expected);
  });

  it('both refuse a point set on another cube or out of order', () => {
    const f = fnOf(2, [1, 1, 1, 1]);
    for (const K of [F, V]) {
      expect(() => K.interpolate(f, { n: 3, points: Uint32Array.from([0]) })).toThrow();
      expect(() => K.interpolate(f, { n: 2, points: Uint32Array.from([2, 1]) })).toThrow();
      expect(() => K.interpolate(f, { n: 2, points: Uint32Array.from([4]) })).toThrow();
    }
  });
});

describe('recoverySummary: fast kernel and verifier kernel agree', () => {
  it('on random problems with d <= 2 (every bias and group, random psi, support, Boolean and integer tasks)', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 }).chain((d) => queryArb(d, 3)), (q) => {
        const got = outcome(F, q);
        expect(got).toEqual(outcome(V, q));
        seen.add(typeof got === 'string' ? got : `${(got as { recovers: boolean }).recovers} ${q.support === undefined ? 'full' : 'partial'}`);
      }),
      { seed: SEED, numRuns: 400 },
    );
    // Not vacuous: both answers, on full and partial supports, and some refusals.
    expect([...seen].sort()).toEqual(['false full', 'false partial', 'throws', 'true full', 'true partial']);
  });

  it('on random problems with d = 3', () => {
    fc.assert(
      fc.property(queryArb(3, 2), (q) => {
        expect(outcome(F, q)).toEqual(outcome(V, q));
      }),
      { seed: SEED, numRuns: 6 },
    );
  });

  it('on the task families of docs/math.md S2 and S3 at d = 3, every bias (the group only changes the final membership test)', () => {
    for (const tasks of [dictators(3), parities(3)]) {
      BIASES.forEach((bias, b) => {
        const group = GROUPS[b % 2]!;
        expect(V.recoverySummary({ tasks, bias, group }), `${bias} ${group}`).toEqual(F.recoverySummary({ tasks, bias, group }));
      });
    }
  });
});

describe('recoverySummary: known numbers', () => {
  it('dictators at d = 3: head-degree minimisers are the 48 signed permutations; head-gf2 the 1344 affine maps', () => {
    for (const K of [F, V]) {
      expect(K.recoverySummary({ tasks: dictators(3), bias: 'head-degree', group: 'signed-permutation' })).toEqual({ minimum: '3', minimizers: 48, recovers: true, outside: false });
      expect(K.recoverySummary({ tasks: dictators(3), bias: 'head-gf2', group: 'gf2-affine' })).toEqual({ minimum: '3', minimizers: 1344, recovers: true, outside: false });
      expect(K.recoverySummary({ tasks: dictators(3), bias: 'head-gf2', group: 'signed-permutation' })).toMatchObject({ recovers: false, outside: true });
      expect(K.recoverySummary({ tasks: dictators(3), bias: 'head-profile', group: 'signed-permutation' }).minimum).toBe('0,3,0,0');
    }
  });

  it('all parities at d = 3: head-degree minimum 12 on the 1344 affine maps; head-max ties every one of 8! bijections', () => {
    for (const K of [F, V]) {
      expect(K.recoverySummary({ tasks: parities(3), bias: 'head-degree', group: 'gf2-affine' })).toEqual({ minimum: '12', minimizers: 1344, recovers: true, outside: false });
      expect(K.recoverySummary({ tasks: parities(3), bias: 'head-max', group: 'gf2-affine' })).toMatchObject({ minimum: '3', minimizers: 40320 });
    }
  });

  it('C3 at d = 2: psi = (x1 x2, x2) makes head+rep tie at 5 on 16 bijections, 8 of them not signed permutations', () => {
    const psi = { n: 2, m: 2, image: Uint32Array.from([0, 1, 3, 2]) };
    for (const K of [F, V]) {
      expect(K.recoverySummary({ tasks: dictators(2), bias: 'head+rep', group: 'signed-permutation', psi })).toEqual({ minimum: '5', minimizers: 16, recovers: false, outside: true });
      expect(K.recoverySummary({ tasks: dictators(2), bias: 'head+rep', group: 'signed-permutation' })).toEqual({ minimum: '4', minimizers: 8, recovers: true, outside: false });
    }
  });

  it('a partial support: the dictator x1 seen only on {x2 = +1} still costs degree 1 (its interpolator is x1)', () => {
    const support = { n: 2, points: Uint32Array.from([0, 1]) };
    for (const K of [F, V]) expect(K.recoverySummary({ tasks: [F.chi(2, 1)], bias: 'head-degree', group: 'signed-permutation', support }).minimum).toBe('1');
  });

  it('both refuse d > 4 (d = 4: test/verifier/recoverySolve.test.ts), no task, tasks on different cubes, a psi that is not a bijection, an empty support, head-gf2 on integers', () => {
    const bad: RecoveryQuery[] = [
      { tasks: [F.chi(5, 1)], bias: 'head-degree', group: 'signed-permutation' },
      { tasks: [], bias: 'head-degree', group: 'signed-permutation' },
      { tasks: [F.chi(2, 1), F.chi(1, 1)], bias: 'head-degree', group: 'signed-permutation' },
      { tasks: [F.chi(2, 1)], bias: 'head-degree', group: 'signed-permutation', psi: { n: 2, m: 2, image: Uint32Array.from([0, 0, 1, 2]) } },
      { tasks: [F.chi(2, 1)], bias: 'head-degree', group: 'signed-permutation', support: { n: 2, points: new Uint32Array(0) } },
      { tasks: [fnOf(2, [0, 1, 2, 3])], bias: 'head-gf2', group: 'signed-permutation' },
    ];
    for (const q of bad) {
      expect(() => F.recoverySummary(q)).toThrow();
      expect(() => V.recoverySummary(q)).toThrow();
    }
  });
});
