/**
 * The rules the d = 5 rep re-checks try (src/verifier/recoveryD5RepSearch.ts `repRules`): rule 1
 * (most unbalanced task first) is dropped when every task has the same skew, because it is then
 * rule 0's order in every profile. Asserted: there, both rules give the same counts, leaves and
 * step total (rule 1 would only repeat rule 0); elsewhere both rules are kept and still agree on
 * the counts (the order decides only the work). Fixed-seed fast-check, x6 = x1 x2 (m = 6) and
 * psi = the identity (m = 5).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareD5Observed } from '../../src/verifier/recoveryD5Observed.js';
import { prepareD5Rep } from '../../src/verifier/recoveryD5Rep.js';
import { type RepLists, repRules, searchRep } from '../../src/verifier/recoveryD5RepSearch.js';
import { tryOrders } from '../../src/verifier/recoveryD5Portfolio.js';
import { ID5, PSI6, parity } from '../helpers/d5RepSearch.js';

const SEED = 4506;

/** counts/inGroup/leaves/steps of one rule, or 'below' / 'too large'. */
function run(lists: RepLists, rule: number, maxWork = 2e7): string {
  try {
    const o = tryOrders([[rule]], maxWork, (_, steps) => searchRep(lists, rule, steps));
    return `${o.minimizers}/${o.inGroup}/${o.leaves}/${o.work}`;
  } catch (e) {
    const m = (e as Error).message;
    if (m.includes('less than the stated minimum')) return 'below';
    if (m.includes('more than')) return 'too large';
    throw e;
  }
}
const countsOf = (r: string): string => r.split('/').slice(0, 2).join('/');

describe('the rules of the d = 5 rep re-checks', () => {
  it('one rule when every task has the same skew, two otherwise', () => {
    expect(repRules([parity(7), parity(28)])).toEqual([[0]]);
    expect(repRules([parity(31)])).toEqual([[0]]);
    expect(repRules([parity(7), 0xffff0000 >>> 0, 0x0000ffff])).toEqual([[0]]); // all of weight 16
    expect(repRules([parity(7), 0x000000ff])).toEqual([[0], [1]]); // skew 16 and 8
    expect(repRules([0x0000000f, 0xfffffff0 >>> 0])).toEqual([[0]]); // weights 4 and 28: skew 4 both
  });

  it(`equal skews: rule 1 repeats rule 0 exactly (counts, leaves, steps); unequal: the counts agree (fast-check, seed ${SEED})`, () => {
    const decided = { equal: 0, differentWork: 0 };
    const balanced = fc.integer({ min: 1, max: 31 }).map(parity);
    const unbalanced = fc.constantFrom(0x000000ff, 0x00000f0f, 0x00003333); // weight 8: skew 8, floor 2
    fc.assert(
      fc.property(fc.oneof(unbalanced.map((h) => [h]), balanced.map((h) => [h]), fc.tuple(balanced, unbalanced), fc.tuple(unbalanced, balanced), fc.tuple(balanced, balanced)), fc.integer({ min: 0, max: 2 }), fc.boolean(), (tasks, s, m6) => {
        // Balanced parities have a head of Fourier degree 1, the weight-8 codes one of degree 2.
        const floors = tasks.reduce((a, h) => a + (h === 0x000000ff || h === 0x00000f0f || h === 0x00003333 ? 2 : 1), 0);
        const minimum = floors + 5 + s;
        const { lists } = m6 ? prepareD5Observed(tasks, PSI6, 6, false, minimum, 'signed-permutation') : prepareD5Rep(tasks, ID5, false, minimum, 'signed-permutation');
        const a = run(lists, 0);
        const b = run(lists, 1);
        if (a === 'too large' || b === 'too large') return;

        if (repRules(tasks).length === 1) {
          expect(b).toBe(a);
          if (countsOf(a) !== '0/0') decided.equal++;
        } else {
          expect(countsOf(b)).toBe(countsOf(a));
          if (b !== a) decided.differentWork++;
        }
      }),
      { seed: SEED, numRuns: 16 },
    );
    // Not vacuous: some equal-skew runs count minimisers, and with unequal skews the rules' work differs.
    expect(decided.equal).toBeGreaterThan(0);
    expect(decided.differentWork).toBeGreaterThan(0);
  });
});
