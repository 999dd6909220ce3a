/**
 * Heads past the lists in the d = 5 re-check (src/verifier/recoveryD5RepSearch.ts: a head profile
 * cost above the head lists' level gives the task no candidates; its head's exact Fourier degree
 * is checked at each leaf): with the head lists cut to cost 2 the counts equal those of the full lists
 * (fixed-seed fast-check, m = 5, psi a signed permutation), and a broken variant (a cut list without the leaf
 * check's budget) is caught. The engine's hier-max answer with a degree-4 head (x1..x5 and
 * x1 x2 x3 x4: minimum 10) is accepted as a crafted certificate, and a smaller minimum refused.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRecoveryD5Rep, prepareD5Rep } from '../../src/verifier/recoveryD5Rep.js';
import type { RepLists } from '../../src/verifier/recoveryD5RepSearch.js';
import { ID5, parity, repCounts } from '../helpers/d5RepSearch.js';

const SEED = 2026;
const DICTATORS = [1, 2, 4, 8, 16].map(parity);

const counts = (lists: RepLists, maxWork = 5e7): string => repCounts(lists, maxWork);

/** The head lists cut to cost <= reach; with `budgets` false the broken variant (no head past the cut). */
function cutHeads(l: RepLists, reach: number, budgets = true): RepLists {
  const heads = l.heads.map((h) => ({ codes: h.codes.filter((_, i) => h.costs[i]! <= reach), costs: h.costs.filter((c) => c <= reach) }));
  const headBudgets = l.heads.map((h) => (h.costs.length > 0 ? h.costs[h.costs.length - 1]! : -1));
  return { ...l, heads, headReach: reach, ...(budgets ? { headBudgets } : { headBudgets: undefined }) };
}

describe('heads past the lists at d = 5 (checked at the leaves)', () => {
  it(`counts equal the full lists' with the head lists cut to cost 2 (psi a signed permutation, fast-check, seed ${SEED})`, () => {
    // psi a signed permutation of C_5 (bits permuted, then complemented by a mask): psi^-1 costs the truth.
    const psi = fc.tuple(fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 5, maxLength: 5 }), fc.integer({ min: 0, max: 31 })).map(([perm, mask]) =>
      ID5.map((z) => perm.reduce((acc, b, i) => acc | (((z >>> i) & 1) << b), 0) ^ mask),
    );
    const small = fc.integer({ min: 1, max: 31 }).filter((S) => S.toString(2).replace(/0/g, '').length <= 3);
    const seen = new Set<string>();
    fc.assert(
      fc.property(psi, small, fc.boolean(), fc.integer({ min: -1, max: 0 }), (p, S, max, s) => {
        const tasks = [...DICTATORS, parity(S)];
        // V = psi^-1 costs 5 + |S| for the heads and 5 (sums) or 1 (max) for Phi; one below it too.
        const minimum = 5 + S.toString(2).replace(/0/g, '').length + (max ? 1 : 5) + s;
        const { lists } = prepareD5Rep(tasks, p, max, minimum, 'signed-permutation');
        const full = counts(lists);
        const cut = counts(cutHeads(lists, 2), 4e6); // fewer head refinements: may run past its steps
        if (cut !== 'too large') {
          seen.add(full);
          expect(cut).toBe(full);
        }
      }),
      { seed: SEED, numRuns: 10 },
    );
    // Not only empty searches: some compared runs count minimisers or meet a cheaper V.
    expect([...seen].filter((c) => c !== '0/0').length).toBeGreaterThan(0);
  });

  it('a broken variant (heads cut to cost 1, none past it) loses the minimisers whose x1 x2 head costs 2', () => {
    const { lists } = prepareD5Rep([...DICTATORS, parity(3)], ID5, false, 12, 'signed-permutation');
    expect(counts(lists)).toBe('3840/3840');
    expect(counts(cutHeads(lists, 1))).toBe('3840/3840');
    expect(counts(cutHeads(lists, 1, false))).toBe('0/0');
  });

  it('x1..x5 and x1 x2 x3 x4 under hier-max: 10 with a head of Fourier degree 4, 3840 minimisers, recovers; 9 refused', () => {
    const cert = (minimum: number, minimizers: string) => ({
      format: 'cubecheck-recovery-certificate',
      version: 1,
      problem: { latents: 5, observed: 5, psi: `map:${ID5.join(',')}`, tasks: [...DICTATORS, parity(15)].map((t) => `hex:${t.toString(16)}`), bias: 'hier-max', group: 'signed-permutation', support: 'all' },
      result: { minimum, minimizers, recovers: true, witness: null },
      produced: {},
      integrity: '',
    });
    expect(checkRecoveryD5Rep(cert(10, '3840'))).toContain('hier-max: minimum 10 (every smaller total infeasible; heads and coordinates of Fourier degree <= 3 listed from the GF(2) polynomials of degree <= 3; heads of Fourier degree up to 4 past the lists');
    expect(() => checkRecoveryD5Rep(cert(9, '1'))).toThrow('no bijection attains the stated minimum 9');
    // A crafted minimum far past the lists: the latents (V = identity) are scored first and refute it at once.
    expect(() => checkRecoveryD5Rep(cert(40, '1'))).toThrow('a bijection costs 10, less than the stated minimum 40');
  });
});
