/**
 * Counting the dear coordinates (observedD5Count.ts, observedD5CountPass.ts, observedD5CountOrbit.ts)
 * against slow obvious answers: the inclusion-exclusion count against every bijection of C_3 and
 * against a per-class enumeration at d = 4; the witness search; the whole search with the list cut
 * at level 1 where every code costs <= 2 (the counting route) against the full list (the d <= 4
 * route over every balanced code) at d = 3 with m = 4, 5, with and without the symmetry and the
 * inclusion-exclusion; (d = 4 analogues take minutes with the full list: bench observedd5count); a planted
 * fault (the prefixes' orbit weights dropped) must be caught. fast-check, fixed seeds.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { popcount } from '../../../src/core/cube.js';
import { fromSignBits } from '../../../src/core/cubeFunction.js';
import type { BoolMap } from '../../../src/maps/boolMap.js';
import { recoverByTuples } from '../../../src/recovery/exact/exactRecovery.js';
import { OBSERVED_SMALL_LEVEL, coordinateCandidates } from '../../../src/recovery/exact/observedCoordinates.js';
import { dearCompletions, findCompletion } from '../../../src/recovery/exact/observedD5Count.js';
import { COUNT_DEAR } from '../../../src/recovery/exact/observedD5CountPass.js';
import { DEAR_SPLIT } from '../../../src/recovery/exact/observedD5Split.js';
import { classCaps, gf2Rank, vectorFits } from '../../../src/recovery/exact/observedD5Rank.js';
import type { RecoveryProblem } from '../../../src/recovery/types.js';
import { SEED } from '../helpers.js';
import { arbPsi } from './repHelpers.js';

const task = (d: number, code: number) => fromSignBits(d, (z) => ((code >>> z) & 1) === 1);
const problem = (psi: BoolMap, codes: readonly number[]): RecoveryProblem => ({ d: psi.n, psi, tasks: codes.map((c) => task(psi.n, c)), bias: 'head+rep', group: 'signed-permutation', support: null });
const answer = (r: ReturnType<typeof recoverByTuples>) => (r === null ? null : [r.minimum, r.minimizers, r.recovers, r.infeasible]);

afterEach(() => {
  OBSERVED_SMALL_LEVEL.level = null;
  Object.assign(DEAR_SPLIT, { on: true, always: false, profile: true, lookahead: true, symmetry: true, headLevel: null, plant: false, rank: true });
  Object.assign(COUNT_DEAR, { on: true, plant: false, exclusion: false });
});

const coordCode = (d: number, v: ArrayLike<number>, j: number) => {
  let c = 0;
  for (let z = 0; z < 1 << d; z++) if ((v[z]! >>> j) & 1) c |= 1 << z;
  return c >>> 0;
};

/** Every completion of the paired classes by a per-class enumeration (the obvious way). */
function completions(d: number, xs: readonly number[], zs: readonly number[], visit: (v: Uint32Array) => void): void {
  const size = 1 << d;
  const v = new Uint32Array(size);
  const used = new Uint8Array(size);
  const zPts: number[] = [];
  const cls: number[] = [];
  zs.forEach((z, i) => {
    for (let q = 0; q < size; q++) if ((z >>> q) & 1) (zPts.push(q), cls.push(i));
  });
  const rec = (at: number) => {
    if (at === zPts.length) return visit(v);
    for (let r = 0; r < size; r++) {
      if (used[r] || !((xs[cls[at]!]! >>> r) & 1)) continue;
      used[r] = 1;
      v[zPts[at]!] = r;
      rec(at + 1);
      used[r] = 0;
    }
  };
  rec(0);
}

/** Paired classes from a bijection V0 and a labelling of the latents; dear positions; a listed set. */
const arbInstance = (d: number, labels: number) =>
  fc.record({
    perm: fc.shuffledSubarray(Array.from({ length: 1 << d }, (_, i) => i), { minLength: 1 << d, maxLength: 1 << d }),
    label: fc.array(fc.integer({ min: 0, max: labels - 1 }), { minLength: 1 << d, maxLength: 1 << d }),
    dear: fc.subarray(Array.from({ length: d }, (_, j) => j), { minLength: 1 }),
    keep: fc.double({ min: 0, max: 1, noNaN: true }),
  }).map(({ perm, label, dear, keep }) => {
    const zs: number[] = [];
    const xs: number[] = [];
    for (let l = 0; l < labels; l++) {
      let z = 0;
      let x = 0;
      label.forEach((m, q) => m === l && ((z |= 1 << q), (x |= 1 << perm[q]!)));
      if (z !== 0) (zs.push(z >>> 0), xs.push(x >>> 0));
    }
    // The listed codes: a share of the coordinates some completion actually has, and random others.
    const listed = new Set<number>();
    let s = Math.floor(keep * 1e9);
    completions(d, xs, zs, (v) => {
      s = (s * 1103515245 + 12345) % 2147483648;
      if (s % 7 === 0) for (const j of dear) listed.add(coordCode(d, v, j));
    });
    return { xs, zs, dear, listed: Uint32Array.from([...listed].sort((a, b) => a - b)) };
  });

describe('the inclusion-exclusion count = the obvious count', () => {
  for (const [d, labels, runs] of [[3, 3, 60], [4, 9, 25]] as const) {
    it(`d = ${d}: random paired classes, dear positions, listed codes`, () => {
      let nonzero = 0;
      let cut = 0;
      fc.assert(
        fc.property(arbInstance(d, labels), ({ xs, zs, dear, listed }) => {
          const set = new Set(listed);
          let want = 0n;
          let all = 0n;
          completions(d, xs, zs, (v) => {
            all++;
            if (dear.every((j) => !set.has(coordCode(d, v, j)))) want++;
          });
          const got = dearCompletions(d, listed, xs, zs, dear);
          expect(got).toBe(want);
          if (want > 0n) nonzero++;
          if (want < all) cut++;
          const w = findCompletion(d, (c) => set.has(c), xs, zs, dear, () => true, Infinity);
          if (want === 0n) expect(w).toBe('none');
          else {
            expect(w).not.toBe('none');
            const v = (w as { v: Uint32Array }).v;
            for (const j of dear) expect(set.has(coordCode(d, v, j))).toBe(false);
            zs.forEach((z, i) => {
              for (let q = 0; q < 1 << d; q++) if ((z >>> q) & 1) expect((xs[i]! >>> v[q]!) & 1).toBe(1);
            });
          }
        }),
        { seed: SEED + 41 + d, numRuns: runs },
      );
      expect(nonzero).toBeGreaterThan(runs / 4);
      expect(cut).toBeGreaterThan(runs / 4);
    });
  }
});

/** psi with the cost ceiling 2 at level 1 (the counting route's condition at d <= 4). */
const ceilingTwo = (psi: BoolMap) => {
  OBSERVED_SMALL_LEVEL.level = 1;
  const c = coordinateCandidates(psi);
  OBSERVED_SMALL_LEVEL.level = null;
  return c !== null && c.costCeiling === 2;
};

describe('the counted passes = the full list', () => {
  const cases: [string, fc.Arbitrary<BoolMap>, fc.Arbitrary<number[]>, number][] = [
    ['d = 3, m = 4', arbPsi(3, 4).filter(ceilingTwo), fc.array(fc.integer({ min: 1, max: 254 }), { minLength: 1, maxLength: 3 }), 10],
    ['d = 3, m = 5', arbPsi(3, 5).filter(ceilingTwo), fc.array(fc.integer({ min: 1, max: 254 }), { minLength: 1, maxLength: 2 }), 6],
  ];
  for (const [name, arbP, arbCodes, runs] of cases) {
    it(`${name}: list at level 1 (cost ceiling 2), first head dear past level 1 or 2, symmetry on and off`, () => {
      let exact = 0;
      const counted0 = COUNT_DEAR.counted;
      fc.assert(
        fc.property(arbP, arbCodes, fc.integer({ min: 1, max: 2 }), (psi, codes, headLevel) => {
          const full = answer(recoverByTuples(problem(psi, codes)));
          expect(full).not.toBeNull();
          OBSERVED_SMALL_LEVEL.level = 1;
          Object.assign(DEAR_SPLIT, { always: true, headLevel });
          // Symmetry on / off; the inclusion-exclusion computed (its subtraction is zero below the minimum).
          // The pass profile off too: it alone would keep the dear levels' cost K within the bound.
          const got = [[true, false], [false, false], [true, true]].map(([on, exclusion]) => {
            Object.assign(DEAR_SPLIT, { symmetry: on, profile: on, rank: on });
            COUNT_DEAR.exclusion = exclusion!;
            return answer(recoverByTuples(problem(psi, codes)));
          });
          COUNT_DEAR.exclusion = false;
          Object.assign(DEAR_SPLIT, { profile: true, rank: true });
          expect(got[0]).toEqual(got[1]);
          expect(got[0]).toEqual(got[2]);
          if (got[0] !== null) (expect(got[0]).toEqual(full), exact++);
          OBSERVED_SMALL_LEVEL.level = null;
          DEAR_SPLIT.symmetry = true;
        }),
        { seed: SEED + 45 + name.length, numRuns: runs, verbose: true },
      );
      expect(exact).toBeGreaterThanOrEqual(runs - 2);
      expect(COUNT_DEAR.counted).toBeGreaterThan(counted0);
    });
  }
  it('a planted fault (the prefixes\' orbit weights dropped) is caught at d = 3, m = 4', () => {
    let caught = 0;
    fc.assert(
      fc.property(arbPsi(3, 4).filter(ceilingTwo), fc.array(fc.integer({ min: 1, max: 254 }), { minLength: 1, maxLength: 2 }), (psi, codes) => {
        const full = answer(recoverByTuples(problem(psi, codes)));
        OBSERVED_SMALL_LEVEL.level = 1;
        Object.assign(DEAR_SPLIT, { always: true, headLevel: 2 });
        COUNT_DEAR.plant = true;
        const bad = answer(recoverByTuples(problem(psi, codes)));
        Object.assign(COUNT_DEAR, { plant: false });
        OBSERVED_SMALL_LEVEL.level = null;
        if (bad !== null && String(bad) !== String(full)) caught++;
      }),
      { seed: SEED + 49, numRuns: 6 },
    );
    expect(caught).toBeGreaterThan(0);
  });
});

describe('the rank bound on the class vectors', () => {
  it('gf2Rank: small cases', () => {
    expect(gf2Rank([])).toBe(0);
    expect(gf2Rank([0b11, 0b01, 0b10])).toBe(2);
    expect(gf2Rank([0xffffffff, 0x0000ffff, 0xffff0000])).toBe(2);
  });
  it('d = 3, m = 4, list at level 1: every bijection of C_3 (one in 7) has a class vector that fits', () => {
    let reached = 0;
    fc.assert(
      fc.property(arbPsi(3, 4), (psi) => {
        OBSERVED_SMALL_LEVEL.level = 1;
        const c = coordinateCandidates(psi)!;
        OBSERVED_SMALL_LEVEL.level = null;
        if (!Number.isFinite(c.completeUpTo)) return;
        const caps = classCaps(c);
        let tight = false;
        const v = Array.from({ length: 8 }, (_, i) => i);
        let n = 0;
        const rec = (at: number) => {
          if (at === 8) {
            if (n++ % 7 !== 0) return;
            const values = [0, 1, 2].map((j) => Math.min(c.costOf(coordCode(3, v, j)), c.completeUpTo + 1));
            expect(vectorFits(c, values)).toBe(true);
            if (values.filter((x) => x === 1).length === caps[1]) tight = true;
            return;
          }
          for (let i = at; i < 8; i++) {
            [v[at], v[i]] = [v[i]!, v[at]!];
            rec(at + 1);
            [v[at], v[i]] = [v[i]!, v[at]!];
          }
        };
        rec(0);
        if (tight) reached++;
      }),
      { seed: SEED + 51, numRuns: 4 },
    );
    // Not vacuous: the cap on the cost-1 coordinates is met by some bijection on some psi.
    expect(reached).toBeGreaterThan(0);
  });
});
