/**
 * The shifts of the d = 5 rep re-checks (src/verifier/recoveryD5RepFlips.ts): K (the shifts
 * fixing the heads) equals the brute-force set and its leading bits pick one member per coset;
 * the later-head orbits partition the codes; the search with the shifts on equals it with them off
 * (fixed-seed fast-check, x6 = x1 x2 at m = 6 and psi = the identity at m = 5); a planted wrong
 * weight (|K| doubled) and a planted wrong K (a shift claimed that fixes nothing) change the count.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareD5Observed } from '../../src/verifier/recoveryD5Observed.js';
import { prepareD5Rep } from '../../src/verifier/recoveryD5Rep.js';
import type { RepLists } from '../../src/verifier/recoveryD5RepSearch.js';
import { type Flips, fixingShifts, headFlips, headOrbit, shifted } from '../../src/verifier/recoveryD5RepFlips.js';
import { ID5, PSI6, parity, repCounts } from '../helpers/d5RepSearch.js';

const SEED = 7117;
const ones = (v: number): number => (v === 0 ? 0 : (v & 1) + ones(v >>> 1));

const counts = (lists: RepLists, maxWork = 4e6): string => repCounts(lists, maxWork);

const code = fc.integer({ min: 0, max: 0xffffffff }).map((v) => v >>> 0);
/** Codes with symmetry: functions of a few parities (so K is often large). */
const structured = fc.tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 31 }), fc.integer({ min: 0, max: 15 })).map(([a, b, t]) => {
  let c = 0;
  for (let x = 0; x < 32; x++) if ((t >>> ((ones(x & a) & 1) * 2 + (ones(x & b) & 1))) & 1) c |= 1 << x;
  return c >>> 0;
});

describe('the shifts fixing the heads (d = 5 rep re-checks)', () => {
  it(`K is every shift fixing the codes; its leading bits pick one member of each coset; the orbits partition (fast-check, seed ${SEED})`, () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(structured, code), { minLength: 0, maxLength: 3 }), (heads) => {
        const K = fixingShifts(heads);
        expect(K).toEqual(Array.from({ length: 32 }, (_, s) => s).filter((s) => heads.every((g) => shifted(g, s) === g)));
        const f = headFlips(heads);
        expect(f.size).toBe(BigInt(K.length));
        for (let v = 0; v < 32; v++) expect(K.filter((s) => ((v ^ s) & f.pivots) === 0).length).toBe(1);
        // The orbits of a few codes under K: the least member stands for the orbit's size.
        for (const g of [0x0000ffff, 0x12345678, 0x96696996, ...heads]) {
          const orbit = new Set(K.map((s) => shifted(g, s)));
          const reps = [...orbit].map((h) => headOrbit(h, K));
          expect(reps.filter((o) => o !== null)).toEqual([orbit.size]);
        }
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it(`on = off: the counts with the shifts equal those without (fast-check, seed ${SEED})`, () => {
    const balanced = fc.integer({ min: 1, max: 31 }).map(parity);
    const eight = fc.constantFrom(0x000000ff, 0x00000f0f, 0x00003333);
    let decided = 0;
    fc.assert(
      fc.property(fc.oneof(balanced.map((h) => [h]), fc.tuple(balanced, balanced), fc.tuple(balanced, eight), fc.tuple(eight, balanced)), fc.integer({ min: 0, max: 1 }), fc.boolean(), (tasks, s, m6) => {
        const floors = tasks.reduce((a, h) => a + (ones(h) === 8 ? 2 : 1), 0);
        const minimum = floors + 5 + s;
        const { lists } = m6 ? prepareD5Observed(tasks, PSI6, 6, false, minimum, 'signed-permutation') : prepareD5Rep(tasks, ID5, false, minimum, 'signed-permutation');
        const on = counts(lists);
        const off = counts({ ...lists, flips: false });
        if (on === 'too large' || off === 'too large') return;
        expect(on).toBe(off);
        if (on !== '0/0' && on !== 'below') decided++;
      }),
      { seed: SEED, numRuns: 14 },
    );
    expect(decided).toBeGreaterThan(0);
  });

  it('on = off on fixed instances at their minimum (x6 = x1 x2): z1 z2 (6), z1 z2 z3 (7), z1 z2; z3 z4 (8)', () => {
    for (const [tasks, minimum, want] of [[[parity(3)], 6, '7680/0'], [[parity(7)], 7, '26880/0'], [[parity(3), parity(12)], 8, '23040/0']] as const) {
      const { lists } = prepareD5Observed(tasks, PSI6, 6, false, minimum, 'signed-permutation');
      expect(counts({ ...lists, flips: false })).toBe(want);
      expect(counts(lists)).toBe(want);
    }
  });

  it('a planted wrong weight or a wrong K changes the count (so a certificate stating the true count would be refused)', () => {
    const tasks = [parity(1), parity(2)];
    const { lists } = prepareD5Observed(tasks, PSI6, 6, false, 7, 'signed-permutation');
    const truth = counts({ ...lists, flips: false });
    expect(truth).toBe('3840/3840');
    expect(counts(lists)).toBe(truth);
    const doubled = (heads: readonly number[]): Flips => {
      const f = headFlips(heads);
      return { ...f, size: f.pivots === 0 ? 1n : f.size * 2n };
    };
    expect(counts({ ...lists, flips: doubled })).not.toBe(truth);
    // Claiming bit 0 always (weight 2) though no shift fixes the heads: loses or double counts V.
    expect(counts({ ...lists, flips: () => ({ pivots: 1, size: 2n }) })).not.toBe(truth);
  });
});
