/**
 * The verifier's d = 4 route under the representation biases (src/verifier/recoverySolveRep.ts,
 * behind the verifier kernel's recoverySummary / recoveryVerdict) against the engine's exact answer
 * (the checker's kernel, src/check/kernel) on a few small sets, and what it refuses.
 */
import { describe, expect, it } from 'vitest';
import type { Fn } from '../../src/claim/index.js';
import { recoverySummaryRep, recoveryVerdictRep, solvesRepAtD4 } from '../../src/verifier/recoverySolveRep.js';
import { verifierKernel as K } from '../../src/verifier/index.js';
import { recoverySummary as engine, recoveryVerdict as engineVerdict } from '../../src/check/kernel/worldModel.js';

const fromCode = (d: number, c: number): Fn => ({ n: d, values: Int32Array.from({ length: 2 ** d }, (_, z) => ((c >>> z) & 1 ? -1 : 1)) });
const sp = 'signed-permutation' as const;

describe('recoverySummaryRep (d = 4, head+rep / hier-sum / hier-max)', () => {
  it('the four dictators: minimum 8 under the sums, exactly the 384 signed permutations, as the engine says', () => {
    const dictators = [0xaaaa, 0xcccc, 0xf0f0, 0xff00].map((c) => fromCode(4, c));
    for (const bias of ['head+rep', 'hier-sum'] as const) {
      const q = { tasks: dictators, bias, group: sp };
      expect(K.recoverySummary(q)).toEqual({ minimum: '8', minimizers: 384, recovers: true, outside: false });
      expect(K.recoverySummary(q)).toEqual(engine(q));
    }
  });

  it('one or two seeded tasks (S4 d = 4 sets 1:1, 1:0, 2:1): the engine\'s minimum, count and verdict', () => {
    // 1:1 recovers under head+rep, 1:0 does not; 2:1 recovers (properties/S4-identifiability-curve-d4-rep.ts).
    const cases: [number[], boolean][] = [[[0xa1cd], true], [[0x17fc], false], [[0x573e, 0xcea7], true]];
    for (const [codes, recovers] of cases) {
      const q = { tasks: codes.map((c) => fromCode(4, c)), bias: 'head+rep' as const, group: sp };
      const mine = recoverySummaryRep(q, K);
      expect(mine.recovers).toBe(recovers);
      expect(mine).toEqual(engine(q));
      const { minimum, recovers: r, outside } = mine;
      expect(K.recoveryVerdict(q)).toEqual({ minimum, recovers: r, outside });
      expect(engineVerdict(q)).toEqual({ minimum, recovers: r, outside });
    }
  });

  it('hier-max on x1 AND x2 with x3, x4 (a small count): as the engine', () => {
    const q = { tasks: [0x8888, 0xf0f0, 0xff00].map((c) => fromCode(4, c)), bias: 'hier-max' as const, group: sp };
    expect(K.recoverySummary(q)).toEqual(engine(q));
  });

  it('hier-max verdict without the count (recoveryVerdictRep): as the full count where it fits, as the engine where it does not', () => {
    const verdict = (codes: number[], group: 'signed-permutation' | 'gf2-affine' = sp) => {
      const q = { tasks: codes.map((c) => fromCode(4, c)), bias: 'hier-max' as const, group };
      return { q, mine: recoveryVerdictRep(q, K) };
    };
    // small counts: the verdict-only route against the full count (recoverySummaryRep), both against the engine
    for (const codes of [[0x8888, 0xf0f0, 0xff00], [0xaaaa, 0xcccc, 0xf0f0, 0xff00], [0x6666, 0xf0f0, 0xff00]]) {
      const { q, mine } = verdict(codes);
      const { minimum, recovers, outside } = recoverySummaryRep(q, K);
      expect(mine).toEqual({ minimum, recovers, outside });
      expect(mine).toEqual(engineVerdict(q));
    }
    // S4 d = 4 set 1:1 ('a1cd') does not recover under hier-max: its full count passes the step limit (the kernel's
    // verdict threw before recoveryVerdictRep; not re-run here, it takes seconds), the verdict does not
    const { q: big, mine } = verdict([0xa1cd]);
    expect(mine).toEqual({ minimum: '4', recovers: false, outside: true });
    expect(mine).toEqual(engineVerdict(big));
    expect(K.recoveryVerdict(big)).toEqual(mine);
    // recovering and not, minimum below and at the identity's total (sets 1:2, 2:1, 2:0, 3:0 of the curve)
    for (const codes of [[0x2238], [0x573e, 0xcea7], [0x2c1c, 0x8214], [0xd990, 0x7a6e, 0xa068]]) {
      const { q, mine: v } = verdict(codes);
      expect(v).toEqual(engineVerdict(q));
    }
    // gf2-affine: the summary's verdict (the full count)
    const { q: affine, mine: a } = verdict([0x8888, 0xf0f0, 0xff00], 'gf2-affine');
    const s = recoverySummaryRep(affine, K);
    expect(a).toEqual({ minimum: s.minimum, recovers: s.recovers, outside: s.outside });
  });

  it('is chosen for d = 4 and the representation biases only, and refuses what it does not cover in one line', () => {
    const t = [fromCode(4, 0x00ff)];
    expect(solvesRepAtD4({ tasks: t, bias: 'head+rep', group: sp })).toBe(true);
    expect(solvesRepAtD4({ tasks: t, bias: 'head-degree', group: sp })).toBe(false);
    expect(solvesRepAtD4({ tasks: [fromCode(3, 0x0f)], bias: 'head+rep', group: sp })).toBe(false);
    expect(() => recoverySummaryRep({ tasks: [{ n: 4, values: new Int32Array(16).fill(2) }], bias: 'head+rep', group: sp }, K)).toThrow(/Boolean/);
    expect(() => recoverySummaryRep({ tasks: t, bias: 'head+rep', group: sp, support: { n: 4, points: Uint32Array.from([0, 1, 2]) } }, K)).toThrow(/full support/);
    const psi = { n: 4, m: 5, image: Uint32Array.from([...Array(16).keys()]) };
    expect(() => recoverySummaryRep({ tasks: t, bias: 'head+rep', group: sp, psi }, K)).toThrow(/bijection/);
  });
});
