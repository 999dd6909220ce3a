/**
 * Whole-node counting in the verifier's representation-bias search (src/verifier/recoveryRepWhole.ts,
 * docs/math.md "Counting a whole node of the rep search"): against a brute force over all 40,320
 * bijections of C_3 and against the search with whole nodes off (cost tables with few values, so
 * that nodes whose every bijection costs at most the minimum are common); the unit itself; and the
 * d = 4, m = 6 hier-max certificate with 13,005,620,736 minimisers that was rejected as too large.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fourierDegrees } from '../../src/verifier/recoveryRepCosts.js';
import { type RepBias, countRepMinimisers } from '../../src/verifier/recoveryRepSearch.js';
import { D, SIZE, brute } from './helpers/repBruteForce.js';
import { wholeNode } from '../../src/verifier/recoveryRepWhole.js';
import { checkRecoveryCertificate } from '../../src/verifier/recoveryCertificate.js';
import { SEED } from '../recovery/helpers.js';

const BIASES: readonly RepBias[] = ['head+rep', 'hier-sum', 'hier-max'];

describe('whole-node counting = brute force over all bijections of C_3', () => {
  it('head costs 0..1 or 0..2, coordinates mostly at their dearest (whole nodes common): the same count with whole nodes on and off, nothing below the minimum, a false minimum rejected', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 2 ** SIZE - 1 }), { minLength: 1, maxLength: 3 }),
        fc.constantFrom(...BIASES),
        fc.integer({ min: 1, max: 2 }),
        fc.uint8Array({ minLength: 2 ** SIZE, maxLength: 2 ** SIZE }),
        fc.uint8Array({ minLength: 2 ** SIZE, maxLength: 2 ** SIZE }),
        (tasks, bias, top, heads, coords) => {
          const head = (g: number): number => heads[g]! % (top + 1);
          // Few cheap coordinates (about 1 in 8), so that the minimum is usually met by the dearest ones.
          const coord = (b: number): number => (coords[b]! % 8 === 0 ? top - 1 : top);
          const { min, count } = brute(tasks, bias, head, coord);
          const search = { d: D, tasks, bias, headCost: head, coordinateCost: coord };
          expect(countRepMinimisers(search, min, 1e8, true, undefined, true)).toBe(count);
          expect(countRepMinimisers(search, min, 1e8, false, undefined, true)).toBe(count);
          expect(countRepMinimisers(search, min, 1e8, true, undefined, false)).toBe(count);
          expect(countRepMinimisers(search, min - 1, 1e8)).toBe(0n);
          expect(() => countRepMinimisers(search, min + 1, 1e8)).toThrow(`less than the stated minimum ${min + 1}`);
        },
      ),
      { seed: SEED + 7, numRuns: 30, verbose: 1 },
    );
  });

  it('Fourier degrees with constant-cost coordinates (every V ties on Phi): every task first', () => {
    const deg = fourierDegrees(D);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 ** SIZE - 1 }), { minLength: 1, maxLength: 3 }), fc.constantFrom(...BIASES), (tasks, bias) => {
        const search = { d: D, tasks, bias, headCost: (g: number) => deg[g]!, coordinateCost: () => 1 };
        const { min, count } = brute(tasks, bias, search.headCost, search.coordinateCost);
        for (const first of tasks.keys()) expect(countRepMinimisers(search, min, 1e8, true, first)).toBe(count);
      }),
      { seed: SEED + 8, numRuns: 15, verbose: 1 },
    );
  });
});

describe('half-integer coordinate costs (the hier-max verdict route of recoverySolveRep.ts)', () => {
  it('whole nodes stay off: a minimum one half above the true one rejects, as with whole nodes off, and is never counted as a whole node', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 ** SIZE - 1 }), { minLength: 1, maxLength: 2 }), fc.uint8Array({ minLength: 2 ** SIZE, maxLength: 2 ** SIZE }), (tasks, coords) => {
        const head = (): number => 0;
        const coord = (b: number): number => (coords[b]! % 8 === 0 ? 0.5 : 1.5);
        const { min } = brute(tasks, 'hier-max', head, coord);
        const search = { d: D, tasks, bias: 'hier-max' as const, headCost: head, coordinateCost: coord };
        expect(() => countRepMinimisers(search, min + 0.5, 1e8, true, undefined, true)).toThrow('less than the stated minimum');
        expect(() => countRepMinimisers(search, min + 0.5, 1e8, true, undefined, false)).toThrow('less than the stated minimum');
      }),
      { seed: SEED + 9, numRuns: 20, verbose: 1 },
    );
  });
});

describe('wholeNode', () => {
  const pairs = [{ z: 0b0011, x: 0b0101 }, { z: 0b1100, x: 0b1010 }];
  const step = (): void => {};
  it('fixed heads and U <= minimum: prod |Z|!; a head not fixed, or U above the minimum: null', () => {
    const w = wholeNode([0b0011], (g) => (g === 0b0101 ? 1 : 9), 2, 'hier-max', 4);
    expect(w(pairs, 1, 1, 1, step)).toBe(4n); // 1 + 1 + max(1, 2) = 4
    expect(w(pairs, 2, 1, 1, step)).toBeNull(); // 5 > 4
    expect(wholeNode([0b0001], () => 0, 2, 'hier-max', 9)(pairs, 0, 0, 1, step)).toBeNull(); // {0} splits Z = {0, 1}
    expect(wholeNode([], () => 0, 2, 'hier-sum', 5)(pairs, 0, 1, 2, step)).toBe(4n); // 0 + 1 + 2 * 2 = 5
    expect(wholeNode([], () => 0, 2, 'head+rep', 4)(pairs, 0, 1, 2, step)).toBeNull();
  });
});

describe('d = 4, m = 6, hier-max: psi = (x1, x2, x3, x4, x1 x2, x3 x4), the task x1 x2 x3', () => {
  // Every coordinate fits with degree <= 2 on psi's image (the degree-<= 2 monomials of C_6 span
  // all 16 functions there), so the total is deg(g) + max_j deg(Phi_j) >= 1 + 1; 2 needs a head of
  // degree 1 and coordinates of degree 1, impossible (tested: minimum 3). The heads of degree 1
  // (8 signed dictators, each with 8! 8! bijections V) all cost 1 + 2 = 3: 8 (8!)^2 =
  // 13,005,619,200 of the minimisers; the engine finds 1,536 more (heads of degree 2).
  const psi = [0, 17, 18, 3, 36, 53, 54, 39, 40, 57, 58, 43, 12, 29, 30, 15];
  const cert = {
    format: 'cubecheck-recovery-certificate',
    version: 1,
    problem: { latents: 4, observed: 6, psi: `map:${psi.join(',')}`, tasks: ['hex:9696'], bias: 'hier-max', group: 'signed-permutation', support: 'all' },
    result: { minimum: 3, minimizers: '13005620736', recovers: false, witness: 'perm:15,7,5,13,11,3,1,9,14,6,4,12,10,2,0,8' },
    produced: {},
    integrity: '',
  };
  it('verifies (13,005,620,736 minimisers, rejected as too large before whole nodes); a tampered count, a false minimum are rejected', () => {
    expect(BigInt(cert.result.minimizers) - 8n * 40320n ** 2n).toBe(1536n);
    expect(checkRecoveryCertificate(cert)).toContain('minimum 3 (every smaller total infeasible), 13005620736 minimisers, does not recover');
    expect(() => checkRecoveryCertificate({ ...cert, result: { ...cert.result, minimizers: '13005620737' } })).toThrow('the minimisers number 13005620736, not 13005620737');
    expect(() => checkRecoveryCertificate({ ...cert, result: { ...cert.result, minimizers: '13005619200' } })).toThrow('the minimisers number 13005620736, not 13005619200');
    expect(() => checkRecoveryCertificate({ ...cert, result: { ...cert.result, minimum: 2 } })).toThrow('no bijection attains the stated minimum 2');
  });
});
