/**
 * The verifier's verdict without the count under the sums (head+rep, hier-sum) at d = 4
 * (src/verifier/recoverySolveRep.ts, recoveryVerdictRep; docs/math.md, "Verdicts without the count
 * under the sums"): against the full count (recoverySummaryRep, every minimiser counted and the group
 * scored) and the engine's verdict on small seeded sets, recovering and not, minimum at and below
 * the identity's total; and the shifted costs' claim that no total is whole, checked on every V of
 * a sampled family.
 */
import { describe, expect, it } from 'vitest';
import type { Fn } from '../../src/claim/index.js';
import { recoverySummaryRep, recoveryVerdictRep } from '../../src/verifier/recoverySolveRep.js';
import { verifierKernel as K } from '../../src/verifier/index.js';
import { recoveryVerdict as engineVerdict } from '../../src/check/kernel/worldModel.js';
import { countRepMinimisers } from '../../src/verifier/recoveryRepSearch.js';
import { fourierDegrees } from '../../src/verifier/recoveryRepCosts.js';

const fromCode = (c: number): Fn => ({ n: 4, values: Int32Array.from({ length: 16 }, (_, z) => ((c >>> z) & 1 ? -1 : 1)) });
const sp = 'signed-permutation' as const;

describe('recoveryVerdictRep under the sums (d = 4)', () => {
  // S4 d = 4 curve sets (properties/S4-identifiability-curve-d4.ts): 1:8 does not recover under head+rep (minimum 7,
  // the identity's total, with a minimiser outside the group), 1:2 does. (1:0, 1:1, 2:1 go through this route in
  // test/verifier/recoverySolveRep.test.ts, where K.recoveryVerdict is compared with the full count.)
  const sets: number[][] = [[0x5ac3], [0x2238]];

  it('gives the full count\'s minimum and verdict, and the engine\'s, under head+rep and hier-sum', () => {
    const seen = new Set<boolean>();
    for (const codes of sets) {
      for (const bias of codes[0] === 0x5ac3 ? (['head+rep', 'hier-sum'] as const) : (['head+rep'] as const)) {
        const q = { tasks: codes.map(fromCode), bias, group: sp };
        const mine = recoveryVerdictRep(q, K);
        const { minimum, recovers, outside } = recoverySummaryRep(q, K);
        expect(mine, `${codes.map((c) => c.toString(16))} ${bias}`).toEqual({ minimum, recovers, outside });
        expect(K.recoveryVerdict(q)).toEqual(mine);
        if (bias === 'head+rep') expect(mine).toEqual(engineVerdict(q));
        seen.add(recovers);
      }
    }
    expect(seen).toEqual(new Set([true, false]));
  });

  it('the four dictators recover with minimum 8', () => {
    const q = { tasks: [0xaaaa, 0xcccc, 0xf0f0, 0xff00].map(fromCode), bias: 'head+rep' as const, group: sp };
    expect(recoveryVerdictRep(q, K)).toEqual({ minimum: '8', recovers: true, outside: false });
  });

  it('the shifted costs: the search counts nothing at the bound and rejects below it exactly when a V costs <= b', () => {
    const deg = fourierDegrees(4);
    const tasks = [0xa1cd];
    const p = (cost: (c: number) => number) => ({ d: 4, tasks, bias: 'head+rep' as const, headCost: (g: number) => deg[g]!, coordinateCost: cost });
    // 1:1 ('a1cd') has minimum 7 under head+rep (the full count): nothing below 7, something at 7.
    expect(recoverySummaryRep({ tasks: tasks.map(fromCode), bias: 'head+rep', group: sp }, K).minimum).toBe('7');
    const lowered = (c: number): number => deg[c]! - 1 / 8;
    expect(countRepMinimisers(p(lowered), 6, 1e8)).toBe(0n);
    expect(() => countRepMinimisers(p(lowered), 7, 1e8)).toThrow(/^a bijection costs 6\.5, less than the stated minimum 7$/);
    // Outside the group: degree-1 coordinates cost 1/4 more, all 7/32 less; the group lands at I + 1/8, never below I.
    const outside = (c: number): number => deg[c]! + (deg[c] === 1 ? 1 / 4 : 0) - 7 / 32;
    const dictators = [0xaaaa, 0xcccc, 0xf0f0, 0xff00];
    expect(() => countRepMinimisers({ ...p(outside), tasks: dictators }, 8, 1e8)).not.toThrow();
    expect(countRepMinimisers({ ...p(outside), tasks: dictators }, 8, 1e8)).toBe(0n);
  });
});
