/**
 * Class censuses (src/equivalence/burnside.ts, classCensus.ts, glClasses.ts) against the
 * literature and against each other: orbit enumeration (n <= 4) and Burnside's lemma (n <= 5).
 *   np   (hyperoctahedral: permute and negate inputs)  OEIS A000616: 2, 3, 6, 22, 402, 1228158
 *   npn  (also negate the output)                       OEIS A000370: 1, 2, 4, 14, 222, 616126
 *   agl  (x -> Ax + b on the inputs)                    OEIS A000214: (2,) 3, 5, 10, 32, 382
 *   ea   (agl and adding affine functions)              1, 1, 2, 3, 8, 48 (n = 5: Berlekamp and Welch 1972)
 *   negations of inputs alone                           OEIS A000231: 2, 3, 7, 46, 4336 (not the hyperoctahedral group)
 */
import { describe, expect, it } from 'vitest';
import { affineCanonicalForm } from '../../src/equivalence/affineCanonical.js';
import { applyMatrix, glOrder, isInvertible, valuesOf } from '../../src/equivalence/affineElement.js';
import { burnsideCount, type CensusGroup } from '../../src/equivalence/burnside.js';
import { canonicalForm } from '../../src/equivalence/canonical.js';
import { classTable } from '../../src/equivalence/classCensus.js';
import { glClasses } from '../../src/equivalence/glClasses.js';
import { tableOf } from '../../src/equivalence/affineElement.js';

const LITERATURE: Record<CensusGroup, readonly number[]> = {
  np: [2, 3, 6, 22, 402, 1228158],
  npn: [1, 2, 4, 14, 222, 616126],
  agl: [2, 3, 5, 10, 32, 382],
  affine: [1, 2, 3, 6, 18, 206], // our count (Burnside, and orbit enumeration for n <= 4); no OEIS entry confirmed
  ea: [1, 1, 2, 3, 8, 48],
};
const GROUPS = Object.keys(LITERATURE) as CensusGroup[];

describe('class counts', () => {
  it('Burnside over the group (conjugacy classes of GL(n,2) for the affine groups) gives the literature counts, n <= 5', () => {
    for (const g of GROUPS) expect([0, 1, 2, 3, 4, 5].map((n) => Number(burnsideCount(n, g))), g).toEqual(LITERATURE[g]);
  });
  it('orbit enumeration over all 2^(2^n) functions agrees, n <= 4, and the class sizes add up to 2^(2^n)', () => {
    for (const g of GROUPS) {
      for (let n = 0; n <= 4; n++) {
        const rows = classTable(n, g);
        expect(rows.length, `${g} n = ${n}`).toBe(LITERATURE[g][n]);
        expect(rows.reduce((acc, r) => acc + r.size, 0)).toBe(2 ** 2 ** n);
      }
    }
  });
  it('A000231 counts the classes under input negations alone: (2^(2^n) + (2^n - 1) 2^(2^(n-1))) / 2^n, by orbits', () => {
    for (let n = 1; n <= 4; n++) {
      const seen = new Set<number>();
      let classes = 0;
      for (let t = 0; t < 2 ** 2 ** n; t++) {
        if (seen.has(t)) continue;
        classes++;
        for (let s = 0; s < 2 ** n; s++) {
          let u = 0;
          for (let x = 0; x < 2 ** n; x++) u += (Math.floor(t / 2 ** (x ^ s)) % 2) * 2 ** x;
          seen.add(u);
        }
      }
      expect(classes).toBe([2, 3, 7, 46, 4336][n]);
      expect(classes).toBe((2 ** 2 ** n + (2 ** n - 1) * 2 ** 2 ** (n - 1)) / 2 ** n);
    }
  });
});

describe('class tables', () => {
  it('each representative is the canonical form of its class, and the class size is |G| / |Stab|', () => {
    for (const g of ['agl', 'affine', 'ea'] as const) {
      for (const row of classTable(4, g)) {
        const c = affineCanonicalForm(row.representative, 4, g);
        expect(c.representative, `${g} ${row.representative}`).toBe(row.representative);
        expect(c.classSize).toBe(BigInt(row.size));
      }
    }
    for (const g of ['np', 'npn'] as const) {
      for (const row of classTable(3, g)) expect(tableOf(canonicalForm(valuesOf(row.representative, 3), 3, g).representative)).toBe(row.representative);
    }
  });
  it('n = 4 under ea: 8 classes; the bent class has 896 functions of nonlinearity 6, the affine functions 32', () => {
    const rows = classTable(4, 'ea');
    expect(rows.map((r) => r.nonlinearity).sort()).toEqual([0, 1, 2, 3, 4, 4, 5, 6]);
    expect(rows.find((r) => r.nonlinearity === 6)!.size).toBe(896);
    expect(rows.find((r) => r.nonlinearity === 0)!.size).toBe(32);
    // the Fourier degree is an np invariant, not an affine one
    for (const r of classTable(4, 'npn')) expect(r.degree.min).toBe(r.degree.max);
    expect(rows.some((r) => r.degree.min !== r.degree.max)).toBe(true);
  });
});

describe('conjugacy classes of GL(n, 2)', () => {
  it('1, 1, 3, 6, 14, 27 classes (OEIS A006951); sizes add up to |GL(n,2)|; n <= 3 sizes match brute-force centralizers', () => {
    expect([0, 1, 2, 3, 4, 5].map((n) => glClasses(n).length)).toEqual([1, 1, 3, 6, 14, 27]);
    for (let n = 1; n <= 3; n++) {
      const all: number[][] = [];
      for (let code = 0; code < 2 ** (n * n); code++) {
        const cols = Array.from({ length: n }, (_, j) => Math.floor(code / 2 ** (n * j)) % 2 ** n);
        if (isInvertible(cols)) all.push(cols);
      }
      expect(BigInt(all.length)).toBe(glOrder(n));
      for (const { cols, size } of glClasses(n)) {
        const commuting = all.filter((x) => Array.from({ length: 2 ** n }, (_, v) => v).every((v) => applyMatrix(cols, applyMatrix(x, v)) === applyMatrix(x, applyMatrix(cols, v)))).length;
        expect(BigInt(all.length / commuting)).toBe(size);
      }
    }
  });
});
