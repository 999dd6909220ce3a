/**
 * The verifier's d = 4 recovery summary (src/verifier/recoverySolve.ts) against two others: the
 * verifier's own brute force (recovery.ts, every bijection up to checked cosets) when run at
 * d = 3, and the engine's exact tuple search (the checker's kernel, src/check/kernel) at d = 4.
 * Fixed-seed fast-check; fast-check prints the seed and the shrunk case on a failure.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Fn, RecoveryBias, RecoveryGroup } from '../../src/claim/index.js';
import { recoverySummary as bruteForce } from '../../src/verifier/recovery.js';
import { recoverySummaryByTuples, recoveryVerdictByTuples } from '../../src/verifier/recoverySolve.js';
import { verifierKernel as K } from '../../src/verifier/index.js';
import { recoverySummary as engine, recoveryVerdict as engineVerdict } from '../../src/check/kernel/worldModel.js';

const SEED = 20261201;
const BIASES: readonly RecoveryBias[] = ['head-degree', 'head-gf2', 'head-max', 'head-profile'];
const GROUPS: readonly RecoveryGroup[] = ['signed-permutation', 'gf2-affine'];
const boolArb = (d: number): fc.Arbitrary<Fn> =>
  fc.array(fc.boolean(), { minLength: 2 ** d, maxLength: 2 ** d }).map((b) => ({ n: d, values: Int32Array.from(b, (x) => (x ? -1 : 1)) }));
const fromCode = (d: number, c: number): Fn => ({ n: d, values: Int32Array.from({ length: 2 ** d }, (_, z) => ((c >>> z) & 1 ? -1 : 1)) });

describe('recoverySummaryByTuples', () => {
  it('d = 3: agrees with the brute force over every bijection (every bias, both groups)', () => {
    fc.assert(
      fc.property(fc.array(boolArb(3), { minLength: 1, maxLength: 4 }), fc.constantFrom(...BIASES), fc.constantFrom(...GROUPS), (tasks, bias, group) => {
        expect(recoverySummaryByTuples({ tasks, bias, group }, K)).toEqual(bruteForce({ tasks, bias, group }, K));
      }),
      { seed: SEED, numRuns: 12 },
    );
  });

  it('d = 4: agrees with the engine on random tasks (every bias), and on tasks that recover', () => {
    fc.assert(
      fc.property(fc.array(boolArb(4), { minLength: 1, maxLength: 2 }), fc.constantFrom(...BIASES), (tasks, bias) => {
        const q = { tasks, bias, group: 'signed-permutation' as const };
        expect(recoverySummaryByTuples(q, K)).toEqual(engine(q));
      }),
      { seed: SEED, numRuns: 4 },
    );
    // The four dictators: exactly the 384 signed permutations minimise head-degree, 4 x 1.
    const dictators = [0, 1, 2, 3].map((i) => fromCode(4, [...Array(16).keys()].reduce((c, z) => c | (((z >>> i) & 1) << z), 0)));
    const q = { tasks: dictators, bias: 'head-degree' as const, group: 'signed-permutation' as const };
    expect(recoverySummaryByTuples(q, K)).toEqual({ minimum: '4', minimizers: 384, recovers: true, outside: false });
    expect(engine(q)).toEqual(recoverySummaryByTuples(q, K));
  });

  it('d = 4: one task x1 AND x2 (weight 4) under head-degree: minimum 2, every minimiser counted from the definition', () => {
    // Every head of weight 4 and degree 2 comes from 4! 12! bijections (one fibre of 4 points, one
    // of 12); the heads are counted here from the kernel's degree over all 65536 codes.
    const and = [...Array(16).keys()].reduce((c, z) => c | ((z & 3) === 3 ? 1 << z : 0), 0);
    const r = recoverySummaryByTuples({ tasks: [fromCode(4, and)], bias: 'head-degree', group: 'signed-permutation' }, K);
    let heads = 0;
    for (let g = 0; g < 65536; g++) if (K.degree(fromCode(4, g)) === 2 && fromCode(4, g).values.filter((v) => v === -1).length === 4) heads++;
    expect(r).toEqual({ minimum: '2', minimizers: heads * 24 * 479001600, recovers: false, outside: true });
  });

  it('d = 4: tasks with symmetric heads (large stabilisers, searched up to them): the same counts as the engine', () => {
    // x1 AND x2, x1 XOR x2, x3: their cheap heads are fixed by many signed permutations, so the
    // later heads run over orbits of the stabiliser of the heads so far, weighted by orbit size.
    const tasks = [0x8888, 0x6666, 0xf0f0].map((c) => fromCode(4, c));
    for (const bias of BIASES) {
      const q = { tasks, bias, group: 'signed-permutation' as const };
      expect(recoverySummaryByTuples(q, K)).toEqual(engine(q));
    }
  });

  it('refuses what it does not cover, in one line, rather than answer', () => {
    const t = [fromCode(4, 0x00ff)];
    expect(() => recoverySummaryByTuples({ tasks: t, bias: 'head+rep', group: 'signed-permutation' }, K)).toThrow(/head-degree, head-gf2, head-max, head-profile only/);
    expect(() => recoverySummaryByTuples({ tasks: t, bias: 'head-degree', group: 'signed-permutation', support: { n: 4, points: Uint32Array.from([0, 1, 2]) } }, K)).toThrow(/full support/);
    expect(() => recoverySummaryByTuples({ tasks: [{ n: 4, values: new Int32Array(16).fill(2) }], bias: 'head-degree', group: 'signed-permutation' }, K)).toThrow(/Boolean/);
    // The kernel the isolate uses routes d = 4 here, and still refuses d = 5.
    expect(K.recoverySummary({ tasks: t, bias: 'head-degree', group: 'signed-permutation' }).minimum).toBe('1');
    expect(() => K.recoverySummary({ tasks: [fromCode(5, 1)], bias: 'head-degree', group: 'signed-permutation' })).toThrow(/d <= 3/);
  });

  it('the engine side at d = 4 answers the representation biases exactly too (hier-max, head+rep: the four dictators recover)', () => {
    const dictators = [0xaaaa, 0xcccc, 0xf0f0, 0xff00].map((c) => fromCode(4, c));
    for (const bias of ['hier-max', 'head+rep', 'hier-sum'] as const) {
      expect(engine({ tasks: dictators, bias, group: 'signed-permutation' })).toMatchObject({ minimizers: 384, recovers: true });
    }
    // x1 alone under hier-max: 1 + 1, every V with V_1 = +-x1 and the other coordinates dictators.
    expect(engine({ tasks: [fromCode(4, 0xaaaa)], bias: 'hier-max', group: 'signed-permutation' }).minimum).toBe('2');
  });
});

describe('recoveryVerdictByTuples (the verdict without the count: stops past the group\'s minimisers)', () => {
  const verdictOf = (s: { minimum: string; recovers: boolean; outside: boolean }) => ({ minimum: s.minimum, recovers: s.recovers, outside: s.outside });

  it('d = 3: agrees with the brute force over every bijection (every bias, both groups)', () => {
    fc.assert(
      fc.property(fc.array(boolArb(3), { minLength: 1, maxLength: 4 }), fc.constantFrom(...BIASES), fc.constantFrom(...GROUPS), (tasks, bias, group) => {
        expect(recoveryVerdictByTuples({ tasks, bias, group }, K)).toEqual(verdictOf(bruteForce({ tasks, bias, group }, K)));
      }),
      { seed: SEED, numRuns: 12 },
    );
  });

  it('d = 4: agrees with its own full count and with the engine (random tasks, every bias)', () => {
    fc.assert(
      fc.property(fc.array(boolArb(4), { minLength: 1, maxLength: 3 }), fc.constantFrom(...BIASES), (tasks, bias) => {
        const q = { tasks, bias, group: 'signed-permutation' as const };
        const v = recoveryVerdictByTuples(q, K);
        expect(v).toEqual(verdictOf(recoverySummaryByTuples(q, K)));
        expect(v).toEqual(engineVerdict(q));
        expect(K.recoveryVerdict(q)).toEqual(v);
      }),
      { seed: SEED + 1, numRuns: 6 },
    );
  });

  it('d = 4: all-even-weight tasks (head-max and head-degree drop no task there), against the engine', () => {
    const even = fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }).map((b) => {
      const values = Int32Array.from(b, (x) => (x ? -1 : 1));
      if (b.filter(Boolean).length % 2 === 1) values[0] = -values[0]!;
      return { n: 4, values } as Fn;
    });
    fc.assert(
      fc.property(fc.array(even, { minLength: 2, maxLength: 3 }), fc.constantFrom<RecoveryBias>('head-max', 'head-degree', 'head-gf2'), (tasks, bias) => {
        const q = { tasks, bias, group: 'signed-permutation' as const };
        expect(recoveryVerdictByTuples(q, K)).toEqual(engineVerdict(q));
      }),
      { seed: SEED + 2, numRuns: 6 },
    );
  });

  it('d = 4: a case that recovers is counted to the end (the four dictators: 384 minimisers, all in the group)', () => {
    const dictators = [0xaaaa, 0xcccc, 0xf0f0, 0xff00].map((c) => fromCode(4, c));
    for (const bias of ['head-degree', 'head-profile'] as const) {
      expect(recoveryVerdictByTuples({ tasks: dictators, bias, group: 'signed-permutation' }, K)).toMatchObject({ recovers: true, outside: false });
    }
    // x1 alone under head-gf2: a head of degree 1 constrains only one fibre of V, so most of the
    // minimisers are not signed permutations (the search stops past the 384 group elements).
    expect(recoveryVerdictByTuples({ tasks: [fromCode(4, 0xaaaa)], bias: 'head-gf2', group: 'signed-permutation' }, K)).toEqual({ minimum: '1', recovers: false, outside: true });
  });
});
