/**
 * Affine equivalence of bijections (src/equivalence/affineBijection*.ts) against slow
 * definitions: the lex-least A o T o B over all of AGL(3, 2)^2 (1344^2 pairs), random A, B at
 * n = 4 and 5, the witness reproducing the representative, and the self-equivalence count.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { affineCanonicalForm, affineCanonicalFormWithin, affineEquivalence } from '../../src/equivalence/affineBijectionCanon.js';
import { affineParts, affineTable, aglOrder, aglTables, composePerm, invertibleColumns } from '../../src/equivalence/affineGroup.js';
import { AFFINE_INVARIANTS, differingInvariant } from '../../src/equivalence/affineInvariants.js';

const SEED = 20261201;
const PRESENT = [12, 5, 6, 11, 9, 0, 10, 13, 3, 14, 15, 8, 4, 7, 1, 2];
const GL = new Map<number, number[][]>();
const gl = (n: number): number[][] => GL.get(n) ?? (GL.set(n, invertibleColumns(n)), GL.get(n)!);

const arbPerm = (n: number) => fc.noBias(fc.shuffledSubarray([...Array(2 ** n).keys()], { minLength: 2 ** n, maxLength: 2 ** n }));
/** A random element of AGL(n, 2): random columns, kept when independent. */
const arbAffine = (n: number) =>
  fc.noBias(fc.tuple(fc.array(fc.nat({ max: 2 ** n - 1 }), { minLength: n, maxLength: n }), fc.nat({ max: 2 ** n - 1 })))
    .map(([cols, c]) => affineTable(n, cols, c))
    .filter((t) => affineParts(t) !== null);
const same = (a: ArrayLike<number>, b: ArrayLike<number>): boolean => Array.from(a).join() === Array.from(b).join();

/** The least A o T o B over every pair, and how many pairs reach it: the definition, n = 3. */
function bruteForce(t: readonly number[]): { least: number[]; pairs: number } {
  const size = t.length;
  const all = aglTables(Math.log2(size));
  const count = all.length / size;
  let least: number[] | null = null;
  let pairs = 0;
  const r = new Array<number>(size);
  for (let a = 0; a < count; a++) {
    for (let b = 0; b < count; b++) {
      for (let x = 0; x < size; x++) r[x] = all[a * size + t[all[b * size + x]!]!]!;
      let cmp = least === null ? -1 : 0;
      for (let x = 0; cmp === 0 && x < size; x++) if (r[x] !== least![x]) cmp = r[x]! < least![x]! ? -1 : 1;
      if (cmp < 0) [least, pairs] = [[...r], 1];
      else if (cmp === 0) pairs++;
    }
  }
  return { least: least!, pairs };
}

describe('the affine group', () => {
  it('|GL(n, 2)| = 1, 6, 168, 20160 and every listed table is a distinct affine bijection', () => {
    expect([1, 2, 3, 4].map((n) => gl(n).length)).toEqual([1, 6, 168, 20160]);
    expect([0, 1, 2, 3, 4, 5].map((n) => aglOrder(n))).toEqual([1n, 2n, 24n, 1344n, 322560n, 319979520n]);
    const tables = aglTables(3);
    const seen = new Set<string>();
    for (let k = 0; k < 1344; k++) {
      const t = tables.subarray(k * 8, k * 8 + 8);
      expect(affineParts(t)).not.toBeNull();
      seen.add(t.join());
    }
    expect(seen.size).toBe(1344);
    expect(affineParts([0, 1, 2, 3, 4, 5, 7, 6])).toBeNull();
  });
});

describe('canonical form against the definition at n = 3 (all of AGL(3, 2)^2)', () => {
  it('random bijections and the four class representatives', () => {
    const samples = [[0, 1, 2, 3, 4, 5, 6, 7], [0, 1, 2, 3, 4, 5, 7, 6], [0, 1, 2, 4, 3, 6, 7, 5], [5, 3, 1, 6, 0, 2, 7, 4], [7, 6, 5, 4, 3, 2, 0, 1]];
    fc.assert(fc.property(arbPerm(3), (t) => { samples.push(t); }), { seed: SEED, numRuns: 3 });
    for (const t of samples) {
      const slow = bruteForce(t);
      const fast = affineCanonicalForm(t);
      expect(Array.from(fast.representative)).toEqual(slow.least);
      expect(fast.stabilizerOrder).toBe(slow.pairs);
    }
  });
});

describe('canonical form at n = 4 and 5', () => {
  it('the witness is a pair of affine bijections and reproduces the representative exactly', () => {
    for (const n of [2, 3, 4, 5]) {
      fc.assert(fc.property(arbPerm(n), (t) => {
        const c = affineCanonicalForm(t);
        expect(affineParts(c.outer)).not.toBeNull();
        expect(affineParts(c.inner)).not.toBeNull();
        expect(same(composePerm(c.outer, composePerm(t, c.inner)), c.representative)).toBe(true);
      }), { seed: SEED + n, numRuns: n === 5 ? 3 : 25 });
    }
  });
  it('random A, B applied to a bijection give the same canonical form (and the same self-equivalence count)', () => {
    for (const n of [4, 5]) {
      fc.assert(fc.property(arbPerm(n), arbAffine(n), arbAffine(n), (t, a, b) => {
        const c = affineCanonicalForm(t);
        const d = affineCanonicalForm(composePerm(a, composePerm(t, b)));
        expect(same(d.representative, c.representative)).toBe(true);
        expect(d.stabilizerOrder).toBe(c.stabilizerOrder);
      }), { seed: SEED + 10 * n, numRuns: n === 5 ? 3 : 30 });
    }
  });
  it('affine bijections are the class of the identity, with |AGL(4, 2)| self-equivalences', () => {
    const c = affineCanonicalForm(affineTable(4, [3, 6, 12, 8], 5));
    expect(same(c.representative, [...Array(16).keys()])).toBe(true);
    expect(c.stabilizerOrder).toBe(322560);
  });
  it('the inversion class x -> x^-1 of GF(16) has 4 x 15 = 60 self-equivalences; PRESENT has 4', () => {
    // x^-1 = x^14 in GF(2)[x]/(x^4 + x + 1), points as polynomials (bit i: x^i).
    const mul = (a: number, b: number): number => { let r = 0; for (let i = 0; i < 4; i++) if ((b >> i) & 1) r ^= a << i; for (let i = 7; i >= 4; i--) if ((r >> i) & 1) r ^= 0b10011 << (i - 4); return r; };
    const inv = Array.from({ length: 16 }, (_, x) => { let r = 1; for (let k = 0; k < 14; k++) r = mul(r, x); return x === 0 ? 0 : r; });
    expect(affineCanonicalForm(inv).stabilizerOrder).toBe(60);
    expect(affineCanonicalForm(PRESENT).stabilizerOrder).toBe(4);
  });
  it('the bounded search gives up (null) on a 5-bit bijection with 645120 self-equivalences, not on a random one', () => {
    const t = [...Array(32).keys()];
    [t[30], t[31]] = [31, 30];
    expect(affineCanonicalFormWithin(t, 100_000)).toBeNull();
    fc.assert(fc.property(arbPerm(5), (u) => {
      expect(affineCanonicalFormWithin(u, 1_000_000)?.representative).toEqual(affineCanonicalForm(u).representative);
    }), { seed: SEED + 3, numRuns: 2 });
  });
  it('bad input is refused', () => {
    expect(() => affineCanonicalForm([0, 0, 1, 2])).toThrow(/bijection/);
    expect(() => affineCanonicalForm([0, 1, 2])).toThrow(/2\^n/);
  });
});

describe('equivalence decisions and invariants', () => {
  it('t = A o s o B is found, with a witness that reproduces t', () => {
    fc.assert(fc.property(arbAffine(4), arbAffine(4), (a, b) => {
      const t = composePerm(a, composePerm(PRESENT, b));
      const w = affineEquivalence(PRESENT, t)!;
      expect(w).not.toBeNull();
      expect(same(composePerm(w.outer, composePerm(PRESENT, w.inner)), t)).toBe(true);
      expect(differingInvariant(Uint8Array.from(PRESENT), t)).toBeNull();
    }), { seed: SEED + 1, numRuns: 20 });
  });
  it('every invariant is invariant under random A, B at n = 4', () => {
    fc.assert(fc.property(arbPerm(4), arbAffine(4), arbAffine(4), (t, a, b) => {
      const u = composePerm(a, composePerm(t, b));
      for (const inv of AFFINE_INVARIANTS) expect(inv.of(u)).toBe(inv.of(Uint8Array.from(t)));
    }), { seed: SEED + 2, numRuns: 15 });
  });
  it('non-equivalent bijections: none, and the first differing invariant is named', () => {
    const swap = [...Array(16).keys()];
    [swap[14], swap[15]] = [15, 14];
    expect(affineEquivalence(PRESENT, swap)).toBeNull();
    expect(differingInvariant(Uint8Array.from(PRESENT), Uint8Array.from(swap))?.id).toBe('degrees');
    expect(AFFINE_INVARIANTS.find((i) => i.id === 'ddtSpectrum')!.of(Uint8Array.from([0, 1, 2, 4, 3, 6, 7, 5]))).toBe('0^28 2^28');
  });
});
