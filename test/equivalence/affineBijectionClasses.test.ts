/**
 * The affine classes of bijections: 4 at n = 3 and 302 at n = 4 (Leander and Poschmann 2007; De
 * Canniere 2007), by three independent routes: the Burnside double-coset count, the orbit
 * enumeration (n <= 3 here; n = 4 in scripts/affineBijectionClasses.ts, minutes), and the
 * checked-in n = 4 table re-derived row by row by the branch-and-bound canonical form.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { affineBijectionClassTable } from '../../src/census/affineBijectionClassTable.js';
import { affineCanonicalForm } from '../../src/equivalence/affineBijectionCanon.js';
import { enumerateAffineBijectionClasses } from '../../src/equivalence/affineBijectionClasses.js';
import { AFFINE_BIJECTION_CLASSES_4 } from '../../src/equivalence/affineBijectionClasses4.js';
import { centralizerOrder, countAffineBijectionClasses, cycleTypeKey } from '../../src/equivalence/affineClassCount.js';
import { aglOrder } from '../../src/equivalence/affineGroup.js';
import { normalFormCount, normalFormRank, normalFormWorkspace, unrankNormalForm } from '../../src/equivalence/affineNormalForm.js';

const SEED = 20261202;
const factorial = (k: number): bigint => (k <= 1 ? 1n : BigInt(k) * factorial(k - 1));

describe('class counts by Burnside (double cosets of AGL(n, 2) in S_(2^n))', () => {
  it('1, 1, 1, 4, 302 for n = 0..4', () => {
    expect([0, 1, 2, 3, 4].map(countAffineBijectionClasses)).toEqual([1n, 1n, 1n, 4n, 302n]);
  });
  it('cycle types and centralizer orders', () => {
    expect(cycleTypeKey([1, 0, 3, 4, 2, 5])).toBe('3 2 1');
    expect(centralizerOrder('3 2 1')).toBe(6n);
    expect(centralizerOrder('2 2 2 2 2 2 2 2')).toBe(2n ** 8n * factorial(8));
  });
});

describe('left-coset normal forms', () => {
  it('there are (2^n)! / |AGL(n, 2)| of them, ranked in lexicographic order', () => {
    for (const n of [1, 2, 3, 4]) expect(BigInt(normalFormCount(n))).toBe(factorial(2 ** n) / aglOrder(n));
    const w = normalFormWorkspace(3);
    const forms = Array.from({ length: 30 }, (_, r) => Array.from(unrankNormalForm(r, w)).join(','));
    expect([...forms].sort()).toEqual(forms);
    forms.forEach((f, r) => expect(normalFormRank(f.split(',').map(Number), w)).toBe(r));
  });
  it('rank and unrank are inverse at n = 4, and a table and its normal form share the rank', () => {
    const w = normalFormWorkspace(4);
    const total = normalFormCount(4, w.counts);
    fc.assert(fc.property(fc.noBias(fc.nat({ max: total - 1 })), (r) => {
      const f = unrankNormalForm(r, w);
      expect(normalFormRank(f, w)).toBe(r);
      expect(Array.from(w.out)).toEqual(Array.from(f));
    }), { seed: SEED, numRuns: 200 });
  });
});

describe('orbit enumeration, n <= 3', () => {
  it('4 classes of 3-bit bijections, sizes summing to 8!, each first element its canonical form', () => {
    const e = enumerateAffineBijectionClasses(3);
    expect(e.complete).toBe(true);
    expect(e.classes.map((c) => Array.from(c.representative).join(''))).toEqual(['01234567', '01234576', '01234675', '01243675']);
    expect(e.classes.map((c) => c.stabilizerOrder)).toEqual([1344, 192, 96, 168]);
    expect(e.classes.reduce((a, c) => a + BigInt(c.size), 0n)).toBe(factorial(8));
    for (const c of e.classes) {
      const canon = affineCanonicalForm(c.representative);
      expect(Array.from(canon.representative)).toEqual(Array.from(c.representative));
      expect(canon.stabilizerOrder).toBe(c.stabilizerOrder);
    }
    expect([1, 2].map((n) => enumerateAffineBijectionClasses(n).classes.length)).toEqual([1, 1]);
  });
  it('stops at an aborted signal, saying so', () => {
    const ac = new AbortController();
    ac.abort();
    expect(enumerateAffineBijectionClasses(3, { signal: ac.signal }).complete).toBe(false);
    expect(() => enumerateAffineBijectionClasses(5)).toThrow(/n <= 4/);
  });
});

describe('the checked-in table of the 302 classes of 4-bit bijections', () => {
  it('every row is its own canonical form with the stated self-equivalences; rows distinct; sizes sum to 16!', () => {
    expect(AFFINE_BIJECTION_CLASSES_4).toHaveLength(302);
    const h = aglOrder(4);
    let total = 0n;
    const seen = new Set<string>();
    for (const [hex, stab] of AFFINE_BIJECTION_CLASSES_4) {
      const t = Uint8Array.from(hex, (c) => parseInt(c, 16));
      const canon = affineCanonicalForm(t);
      expect(Array.from(canon.representative).map((v) => v.toString(16)).join('')).toBe(hex);
      expect(canon.stabilizerOrder).toBe(stab);
      seen.add(hex);
      total += (h * h) / BigInt(stab);
    }
    expect(seen.size).toBe(302);
    expect(total).toBe(factorial(16));
    expect(BigInt(AFFINE_BIJECTION_CLASSES_4.length)).toBe(countAffineBijectionClasses(4));
  });
  it('per-class measures: 16 optimal classes, 1 affine, 6 quadratic and 295 cubic classes (Leander-Poschmann; Bilgin et al. 2012)', () => {
    const rows = affineBijectionClassTable(4);
    expect(rows.filter((r) => r.optimal)).toHaveLength(16);
    expect([1, 2, 3].map((d) => rows.filter((r) => r.degree === d).length)).toEqual([1, 6, 295]);
    expect(Math.min(...rows.map((r) => r.differentialUniformity!))).toBe(4);
    expect(Math.min(...rows.map((r) => r.linearity!))).toBe(8);
    // The inversion x -> x^-1 of GF(16): 60 self-equivalences, DU 4, linearity 8, boomerang uniformity 6.
    const inversion = rows.find((r) => r.stabilizerOrder === 60)!;
    expect([inversion.differentialUniformity, inversion.linearity, inversion.boomerangUniformity, inversion.optimal]).toEqual([4, 8, 6, true]);
    expect(affineBijectionClassTable(3).map((r) => [r.degree, r.differentialUniformity, r.linearity])).toEqual([[1, 8, 8], [2, 8, 8], [2, 4, 8], [2, 2, 4]]);
  });
});
