/**
 * The d = 5 re-check's coordinates past the list (src/verifier/recoveryD5RepDear.ts) and its class
 * budgets (recoveryD5RepClass.ts): the cost-profile route agrees with the listed route where both
 * reach (fixed-seed fast-check, x6 = x1 x2), also with the list cut to cost 1 so that every
 * cost-2 coordinate is found as a dear one; a broken variant (claiming a reach the list does not
 * have) is caught by the same comparison.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareD5Observed } from '../../src/verifier/recoveryD5Observed.js';
import { costProfiles } from '../../src/verifier/recoveryD5RepDear.js';
import { d5RepPastLists } from '../../src/verifier/recoveryD5RepClass.js';
import type { RepLists } from '../../src/verifier/recoveryD5RepSearch.js';
import { PSI6, parity, repCounts } from '../helpers/d5RepSearch.js';

const SEED = 1305;

const counts = (lists: RepLists, maxWork = 5e7): string => repCounts(lists, maxWork);

/** The list cut to cost <= 1, claimed to reach `reach` (1: honest; 2: the broken variant). */
function cutToOne(l: RepLists, reach: number): RepLists {
  const keep = Array.from(l.coordinates.costs.keys()).filter((i) => l.coordinates.costs[i]! <= 1);
  return { ...l, coordinates: { codes: Uint32Array.from(keep, (i) => l.coordinates.codes[i]!), costs: Uint8Array.from(keep, (i) => l.coordinates.costs[i]!) }, coordinateReach: reach };
}

describe('coordinates past the list at d = 5 (cost profiles, dear ones last)', () => {
  it('the cost profiles are every 5-tuple of costs >= the floor with sum <= R, once each', () => {
    for (const [floor, R] of [[1, 5], [1, 7], [2, 13], [1, 4]] as const) {
      const ps = costProfiles(floor, R);
      const slack = R - 5 * floor;
      const binom = (n: number, k: number): number => (k < 0 ? 0 : Array.from({ length: k }, (_, i) => (n - i) / (i + 1)).reduce((a, b) => a * b, 1));
      expect(ps.length).toBe(slack < 0 ? 0 : Math.round(binom(slack + 5, 5)));
      expect(new Set(ps.map((p) => p.join(','))).size).toBe(ps.length);
      for (const p of ps) expect(p.every((c) => c >= floor) && p.reduce((a, b) => a + b, 0) <= R).toBe(true);
    }
    // Costs stop at 6 (no coordinate costs more): a crafted minimum gives at most 6^5 profiles.
    expect(costProfiles(1, 110).length).toBe(6 ** 5);
    expect(costProfiles(1, 110).every((p) => Math.max(...p) <= 6)).toBe(true);
  });

  it(`agrees with the listed route where both reach, and with the list cut to cost 1 (fast-check, seed ${SEED})`, () => {
    const task = fc.integer({ min: 1, max: 31 }).map(parity);
    fc.assert(
      fc.property(fc.array(task, { minLength: 1, maxLength: 2 }), fc.integer({ min: 0, max: 1 }), (tasks, s) => {
        const floors = 1 * tasks.length; // every balanced parity has a head of Fourier degree 1
        const minimum = floors + 5 + s;
        const { lists } = prepareD5Observed(tasks, PSI6, 6, false, minimum, 'signed-permutation');
        const profiled = counts(lists);
        expect(counts(cutToOne(lists, 1))).toBe(profiled);
        // The listed route (every cap <= 2, the list's reach: s <= 1) where it decides within the steps.
        const listed = counts({ ...lists, coordinateReach: undefined }, 2e6);
        if (listed !== 'too large') expect(listed).toBe(profiled);
      }),
      { seed: SEED, numRuns: 10 },
    );
  });

  it('a broken variant (a list cut to cost 1 claimed to reach 2) misses the V with a cost-2 coordinate, and the comparison says so', () => {
    const { lists } = prepareD5Observed([parity(12)], PSI6, 6, false, 7, 'signed-permutation');
    expect(counts(lists)).toBe('34560/3840');
    expect(counts(cutToOne(lists, 1))).toBe('34560/3840');
    expect(counts(cutToOne(lists, 2))).toBe('11520/3840');
  });

  it('past the lists: a head budget past the head lists or a coordinate budget past the reach, in words', () => {
    const base = { max: false, minimum: 9, headFloors: [1, 1], headReach: 3, coordinateFloor: 1, coordinateReach: 2 };
    expect(d5RepPastLists(base)).toBe('coordinates of degree up to 3 past the list (degree <= 2), searched last and costed by their definition');
    expect(d5RepPastLists({ ...base, minimum: 8 })).toBeNull();
    expect(d5RepPastLists({ ...base, minimum: 10 })).toBe('heads of Fourier degree up to 4 past the lists (degree <= 3), costed at the leaves; coordinates of degree up to 4 past the list (degree <= 2), searched last and costed by their definition');
    expect(d5RepPastLists({ ...base, max: true, minimum: 4 })).toBeNull();
    expect(d5RepPastLists({ ...base, max: true, minimum: 5 })).toBe('coordinates of degree up to 3 past the list (degree <= 2), searched last and costed by their definition');
  });
});
