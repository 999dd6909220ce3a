/**
 * The verifier counting minimisers by orbits (docs/math.md, "Counting minimisers by orbits in the
 * verifier"): its plain group code against the known orders (signed permutations 2^d d!,
 * |AGL(d, 2)|); its symmetry checks refusing maps that do not keep the cost; the d = 5 head-gf2
 * certificate with |AGL(5, 2)| = 319,979,520 minimisers and a d = 4, m = 5 hier-max certificate
 * with 8,457,216 accepted, their counts +-1 and crafted counts rejected; and the orbit counts
 * against plain leaf counting (no symmetry) on instances small enough for both at d = 5 and d = 4.
 */
import { describe, expect, it } from 'vitest';
import { orderOf, compose, type Perm } from '../../src/verifier/orbitGroup.js';
import { d5Symmetry, keepsCost } from '../../src/verifier/recoveryD5Group.js';
import { checkRecoveryD5 } from '../../src/verifier/recoveryD5.js';
import { characterCode, costOf5, d5Candidates, ones32, type D5Measure } from '../../src/verifier/recoveryD5Candidates.js';
import { type D5Group, searchD5 } from '../../src/verifier/recoveryD5Search.js';
import { checkRecoveryRepCertificate } from '../../src/verifier/recoveryRepCertificate.js';
import { countRepMinimisers } from '../../src/verifier/recoveryRepSearch.js';
import { coordinateCost, fourierDegrees } from '../../src/verifier/recoveryRepCosts.js';
import { latentSymmetry, signedPermutations } from '../../src/verifier/recoveryRepLatentSymmetry.js';

/** Adjacent swaps and the flip of bit 0 (signed permutations), with the transvection x1 <- x1 xor x2 for AGL(d, 2). */
function generators(d: number, affine: boolean): number[][] {
  const n = 1 << d;
  const out: number[][] = [];
  for (let i = 0; i + 1 < d; i++) out.push(Array.from({ length: n }, (_, x) => (((x >>> i) ^ (x >>> (i + 1))) & 1 ? x ^ (3 << i) : x)));
  out.push(Array.from({ length: n }, (_, x) => x ^ 1));
  if (affine) out.push(Array.from({ length: n }, (_, x) => x ^ ((x >>> 1) & 1)));
  return out;
}

const factorial = (n: number): bigint => (n <= 1 ? 1n : BigInt(n) * factorial(n - 1));

describe('the verifier\'s group code: orders', () => {
  it('signed permutations 2^d d!, AGL(d, 2) = 24, 1344, 322,560, 319,979,520', () => {
    for (const d of [2, 3, 4, 5]) expect(orderOf(generators(d, false))).toBe(2n ** BigInt(d) * factorial(d));
    expect([2, 3, 4, 5].map((d) => orderOf(generators(d, true)))).toEqual([24n, 1344n, 322560n, 319979520n]);
    expect(orderOf(d5Symmetry('gf2', 'gf2-affine'))).toBe(319979520n);
    expect(orderOf(d5Symmetry('gf2', 'signed-permutation'))).toBe(3840n);
    expect(orderOf(d5Symmetry('fourier', 'gf2-affine'))).toBe(3840n);
    expect(signedPermutations(4).length).toBe(384);
    expect(new Set(signedPermutations(3).map((p) => p.join(','))).size).toBe(48);
  });
});

describe('the verifier\'s symmetry checks', () => {
  const swap01: Perm = Array.from({ length: 32 }, (_, x) => (x === 0 ? 1 : x === 1 ? 0 : x)); // not affine
  const transvection: Perm = generators(5, true)[5]!;
  it('a map that raises a cost is refused, and with it all symmetry', () => {
    expect(keepsCost('gf2', transvection)).toBe(true);
    expect(keepsCost('fourier', transvection)).toBe(false); // chi_1 o a = chi_12
    expect(keepsCost('gf2', swap01)).toBe(false);
    expect(keepsCost('fourier', swap01)).toBe(false);
    expect(d5Symmetry('gf2', 'gf2-affine', [swap01])).toEqual([]);
    expect(d5Symmetry('fourier', 'signed-permutation', [transvection])).toEqual([]); // outside the group, raises the degree
  });
  it('the latent symmetry fixes every task, keeps every coordinate cost, and is closed under composition', () => {
    const degrees = fourierDegrees(4);
    const balanced = [...Array(1 << 16).keys()].filter((b) => ones32(b) === 8);
    const x1x2 = 0x6666;
    const R = latentSymmetry(4, [x1x2], (b) => degrees[b]!, balanced);
    expect(R.length).toBe(32); // swap x1, x2; flip both or neither... : 2 * 2 * 8
    const keys = new Set(R.map((p) => p.join(',')));
    for (const a of R) for (const b of R) expect(keys.has(compose(a, b).join(','))).toBe(true);
    // A coordinate cost that the flip of x4 does not keep: that flip and all its cosets drop out.
    const skewed = (b: number): number => degrees[b]! + ((b & 1) === 1 ? 1 : 0);
    expect(latentSymmetry(4, [x1x2], skewed, balanced).every((p) => p[0] === 0)).toBe(true);
  });
});

const DICT5 = [0xaaaaaaaa, 0xcccccccc, 0xf0f0f0f0, 0xff00ff00, 0xffff0000];
const hex = (c: number): string => `hex:${(c >>> 0).toString(16)}`;
const AGL_PROBLEM = { latents: 5, tasks: [...DICT5, characterCode(7)].map(hex), bias: 'head-gf2', support: 'all' };

describe('d = 5 head-gf2, 319,979,520 = |AGL(5, 2)| minimisers', () => {
  const top = (group: string, minimizers: string, recovers: boolean, witness: string | null) => ({ problem: { ...AGL_PROBLEM, group }, result: { minimum: 6, minimizers, recovers, witness } });
  const wit = 'perm:29,13,21,5,25,9,17,1,31,15,23,7,27,11,19,3,30,14,22,6,26,10,18,2,28,12,20,4,24,8,16,0';
  it('accepted up to GF(2)-affine maps (recovers) and up to signed permutations (closed under AGL, so not all in the group)', () => {
    expect(checkRecoveryD5(top('gf2-affine', '319979520', true, null))).toContain('319979520 minimisers, recovers up to gf2-affine (319979520 minimisers in the group)');
    expect(checkRecoveryD5(top('signed-permutation', '319979520', false, wit))).toContain('does not recover up to signed-permutation (closed under AGL(5, 2)');
    expect(() => checkRecoveryD5(top('signed-permutation', '319979520', true, null))).toThrow(/recovers is false: the 319979520 minimisers are closed under AGL/);
    expect(() => checkRecoveryD5(top('signed-permutation', '319979521', false, wit))).toThrow(/the minimisers number 319979520, not/);
  });
  it('the count +-1, a crafted count and a wrong verdict are rejected', () => {
    for (const n of ['319979519', '319979521', '3840', '639959040']) expect(() => checkRecoveryD5(top('gf2-affine', n, true, null))).toThrow(/the minimisers number 319979520, not/);
    expect(() => checkRecoveryD5(top('gf2-affine', '319979520', false, wit))).toThrow(/recovers is true/);
  });
});

describe('d = 4, m = 5 hier-max, 8,457,216 minimisers', () => {
  const top = (minimizers: string) => ({
    format: 'cubecheck-recovery-certificate',
    version: 1,
    problem: { latents: 4, observed: 5, psi: 'map:0,1,2,19,4,21,22,23,8,9,10,27,12,29,30,31', tasks: ['hex:6666'], bias: 'hier-max', group: 'signed-permutation', support: 'all' },
    result: { minimum: 3, minimizers, recovers: false, witness: 'perm:15,7,11,13,3,5,9,1,14,6,10,12,2,4,8,0' },
    produced: {},
    integrity: '',
  });
  it('accepted; the count + 1 and a crafted count rejected', () => {
    expect(checkRecoveryRepCertificate(top('8457216'))).toContain('8457216 minimisers');
    for (const n of ['8457217', '22023']) expect(() => checkRecoveryRepCertificate(top(n))).toThrow(/the minimisers number 8457216, not/);
  });
});

/** The d = 5 search as recoveryD5.ts sets it up (lists of cost <= 2), with or without symmetry. */
function count5(tasks: number[], measure: D5Measure, group: D5Group, minimum: number, max: boolean, symmetry: boolean) {
  const weights = tasks.map(ones32);
  const cand = d5Candidates(measure, 2, weights);
  const floors = weights.map((w) => cand.floor[w]!);
  const sum = floors.reduce((a, b) => a + b, 0);
  const budgets = floors.map((f) => Math.min(2, max ? minimum : minimum - (sum - f)));
  const lists = tasks.map((_, t) => {
    const l = cand.lists.get(weights[t]!)!;
    const keep = Array.from(l.codes.keys()).filter((i) => l.costs[i]! <= budgets[t]!);
    return { codes: Uint32Array.from(keep, (i) => l.codes[i]!), costs: Uint8Array.from(keep, (i) => l.costs[i]!) };
  });
  return searchD5({ tasks, lists, budgets, floors, max, minimum, group, cost: (c) => costOf5(measure, c), maxWork: 5e7, symmetry: symmetry ? d5Symmetry(measure, group) : [] });
}

describe('orbit counting = plain leaf counting', () => {
  it('d = 5: dictators and a product or an AND, both measures and groups (their least totals)', () => {
    const cases: [number[], D5Measure, D5Group, number][] = [
      [[...DICT5, characterCode(3)], 'fourier', 'signed-permutation', 7],
      [[...DICT5, (DICT5[0]! & DICT5[1]!) >>> 0], 'fourier', 'gf2-affine', 7],
      [[DICT5[0]!, DICT5[1]!, characterCode(7)], 'gf2', 'signed-permutation', 3],
    ];
    for (const [tasks, measure, group, minimum] of cases) {
      const plain = count5(tasks, measure, group, minimum, false, false);
      const orbits = count5(tasks, measure, group, minimum, false, true);
      expect(plain.minimizers).toBeGreaterThan(0n);
      expect([orbits.minimizers, orbits.inGroup]).toEqual([plain.minimizers, plain.inGroup]);
      expect(orbits.leaves * 20).toBeLessThan(plain.leaves);
      expect(() => count5(tasks, measure, group, minimum + 1, false, true)).toThrow(/less than the stated minimum/);
    }
  });
  it('d = 4 rep biases: the latent symmetry counts alike (m = 4 and m = 5)', () => {
    const degrees = fourierDegrees(4);
    const cases: [number[], number, number[], 'head+rep' | 'hier-max', number][] = [
      [[0x6666], 4, [...Array(16).keys()], 'head+rep', 6],
      [[0xaaaa, 0x6666], 4, [...Array(16).keys()], 'hier-max', 4],
      [[0x6666, 0xf0f0], 4, [...Array(16).keys()], 'head+rep', 7],
      [[0xaaaa], 5, [0, 17, 18, 3, 20, 5, 6, 23, 24, 9, 10, 27, 12, 29, 30, 15], 'hier-max', 2],
      [[0x6666, 0xf0f0], 5, [0, 1, 2, 19, 4, 21, 22, 23, 8, 9, 10, 27, 12, 29, 30, 31], 'head+rep', 7],
    ];
    for (const [tasks, m, psi, bias, minimum] of cases) {
      const search = { d: 4, tasks, bias, headCost: (g: number) => degrees[g]!, coordinateCost: coordinateCost(4, m, psi, degrees) };
      const on = countRepMinimisers(search, minimum, 1e9, true);
      expect(on).toBeGreaterThan(0n);
      expect(on).toBe(countRepMinimisers(search, minimum, 1e9, false));
    }
  });
});
