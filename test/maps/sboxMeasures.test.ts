/**
 * Known values of the vectorial measures (docs/math.md "Maps as S-boxes"): the PRESENT and AES
 * S-boxes and an APN permutation of F_2^3, against the literature (Bogdanov et al. 2007 for
 * PRESENT; Daemen-Rijmen and Nyberg 1993 for AES; Cid et al. 2018 and Boura-Canteaut 2018 for the
 * BCT and boomerang uniformity), plus identities between the tables.
 */
import { describe, expect, it } from 'vitest';
import { fastKernel } from '../../src/check/kernel/index.js';
import { verifierKernel } from '../../src/verifier/kernel.js';
import { MAP_MEASURES } from '../../src/vocabulary/maps/index.js';
import { mapSubjectOf } from '../../src/vocabulary/mapSubject.js';
import { APN3, PRESENT, aesSbox, asMap } from './sboxes.js';

const k = fastKernel;

describe('the PRESENT S-box', () => {
  const t = asMap(PRESENT);
  it('has differential uniformity 4, linearity 8, nonlinearity 4, boomerang uniformity 16', () => {
    for (const kernel of [fastKernel, verifierKernel]) {
      expect(kernel.measure('differentialUniformity', t)).toBe(4);
      expect(kernel.measure('mapLinearity', t)).toBe(8);
      expect(kernel.measure('mapNonlinearity', t)).toBe(4);
      expect(kernel.measure('boomerangUniformity', t)).toBe(16);
      expect(kernel.measure('apn', t)).toBe(false);
    }
  });
  it('has algebraic degree 3 (every component at least 2), differential branch number 3, no fixed point', () => {
    expect(k.measure('maxComponentGf2Degree', t)).toBe(3);
    expect(k.measure('minComponentGf2Degree', t)).toBe(2);
    expect(k.measure('differentialBranchNumber', t)).toBe(3);
    expect(k.measure('fixedPoints', t)).toBe(0);
  });
  it('has the DDT row of the specification for input difference 1', () => {
    const ddt = MAP_MEASURES.ddt.json(MAP_MEASURES.ddt.compute(mapSubjectOf(t)));
    // Delta = 1: S(x) xor S(x xor 1) over x, counted by hand from the table
    const row = new Array(16).fill(0);
    for (let x = 0; x < 16; x++) row[PRESENT[x]! ^ PRESENT[x ^ 1]!]++;
    expect(ddt[1]).toEqual(row);
    expect(ddt[0]).toEqual([16, ...new Array(15).fill(0)]);
  });
});

describe('the AES S-box, built from its definition', () => {
  const sbox = aesSbox();
  const t = asMap(sbox);
  it('is the table of FIPS 197 (first entries 63 7c 77 7b, S(0x53) = 0xed)', () => {
    expect(sbox.slice(0, 4)).toEqual([0x63, 0x7c, 0x77, 0x7b]);
    expect(sbox[0x53]).toBe(0xed);
    expect(k.isBijection(t)).toBe(true);
  });
  it('has differential uniformity 4, nonlinearity 112 (linearity 32), boomerang uniformity 6, algebraic degree 7', () => {
    expect(k.measure('differentialUniformity', t)).toBe(4);
    expect(k.measure('mapNonlinearity', t)).toBe(112);
    expect(k.measure('mapLinearity', t)).toBe(32);
    expect(k.measure('boomerangUniformity', t)).toBe(6);
    expect(k.measure('maxComponentGf2Degree', t)).toBe(7);
    expect(k.measure('minComponentGf2Degree', t)).toBe(7);
    expect(k.measure('inverseGf2Degree', t)).toBe(7);
  });
  it('has the cycle type 2, 27, 59, 81, 87 and no fixed point', () => {
    const v = MAP_MEASURES.cycleType.compute(mapSubjectOf(t));
    expect(v).toEqual([[2, 1], [27, 1], [59, 1], [81, 1], [87, 1]]);
    expect(k.measure('fixedPoints', t)).toBe(0);
  });
});

describe('APN and almost bent', () => {
  const t = asMap(APN3);
  it('[0,1,3,6,7,4,5,2] is APN (differential uniformity 2) and almost bent (n = 3 odd), plateaued', () => {
    for (const kernel of [fastKernel, verifierKernel]) {
      expect(kernel.measure('differentialUniformity', t)).toBe(2);
      expect(kernel.measure('apn', t)).toBe(true);
      expect(kernel.measure('almostBent', t)).toBe(true);
      expect(kernel.measure('mapPlateaued', t)).toBe(true);
      expect(kernel.measure('boomerangUniformity', t)).toBe(2);
    }
  });
  it('x -> x^3 on GF(2^5) is APN and AB; the identity is neither', () => {
    const mul = (a: number, b: number): number => {
      let p = 0;
      for (let i = 0; i < 5; i++) if ((b >> i) & 1) p ^= a << i;
      for (let i = 8; i >= 5; i--) if ((p >> i) & 1) p ^= 0b100101 << (i - 5); // x^5 + x^2 + 1
      return p;
    };
    const cube = asMap(Array.from({ length: 32 }, (_, x) => mul(mul(x, x), x)));
    expect(k.measure('apn', cube)).toBe(true);
    expect(k.measure('almostBent', cube)).toBe(true);
    expect(k.measure('mapNonlinearity', cube)).toBe(12); // 2^(n-1) - 2^((n-1)/2)
    const id = asMap(Array.from({ length: 32 }, (_, x) => x));
    expect(k.measure('apn', id)).toBe(false);
    expect(k.measure('differentialUniformity', id)).toBe(32);
    expect(k.measure('involution', id)).toBe(true);
    expect(k.measure('fixedPoints', id)).toBe(32);
  });
});

describe('identities between the tables (n = 4: PRESENT and a non-bijective map)', () => {
  for (const [image, m] of [[PRESENT, 4], [[0, 3, 3, 1, 2, 2, 7, 0, 5, 5, 1, 4, 6, 6, 0, 2], 3]] as const) {
    const s = mapSubjectOf(asMap(image, m));
    it(`rows of the DDT sum to 2^n; ACT(a, b) = sum_c DDT(a, c)(-1)^(b.c) computed directly; Parseval on the LAT (${image.slice(0, 4).join(',')}...)`, () => {
      const cols = 2 ** s.m;
      const ddt = s.ddt();
      const w = s.walsh();
      const act = MAP_MEASURES.act.compute(s).cells;
      for (let a = 0; a < 16; a++) {
        expect(ddt.slice(a * cols, (a + 1) * cols).reduce((x, y) => x + y, 0)).toBe(16);
        for (let b = 0; b < cols; b++) {
          let direct = 0;
          for (let x = 0; x < 16; x++) direct += (((s.image[x]! ^ s.image[x ^ a]!) & b).toString(2).split('1').length - 1) % 2 ? -1 : 1;
          expect(act[a * cols + b]).toBe(direct);
        }
      }
      for (let b = 0; b < cols; b++) {
        let sum = 0;
        for (let a = 0; a < 16; a++) sum += w[a * cols + b]! ** 2;
        expect(sum).toBe(256);
      }
    });
  }
});

describe('the generic kernel path', () => {
  const t = asMap(PRESENT);
  it('refuses a map id on a function and a function id on a map; bijection-only measures are null on other maps', () => {
    expect(() => k.measure('ddt', { n: 1, values: Int32Array.of(1, -1) })).toThrow(/unknown measure/);
    expect(() => k.measure('degree', t)).toThrow(/unknown map measure/);
    expect(() => verifierKernel.measure('degree', t)).toThrow(/unknown map measure/);
    const collapse = asMap([0, 0, 1, 2], 2);
    expect(k.measure('boomerangUniformity', collapse)).toBeNull();
    expect(verifierKernel.measure('cycleType', collapse)).toBeNull();
    expect(k.measure('differentialUniformity', collapse)).toBe(2); // a = 1: differences 0, 0, 3, 3
  });
  it('refuses a malformed map and a map above the measure\'s size limit', () => {
    expect(() => k.measure('ddt', { n: 2, m: 1, image: Uint32Array.of(0, 1, 2, 0) })).toThrow(/2\^n image points/);
    expect(() => verifierKernel.measure('ddt', { n: 2, m: 2, image: Uint32Array.of(0, 1, 2) })).toThrow(/2\^n image points/);
    const big = { n: 11, m: 11, image: Uint32Array.from({ length: 2048 }, (_, x) => x) };
    expect(() => k.measure('ddt', big)).toThrow(/n, m <= 10/);
    expect(k.measure('cycleType', big)).toBe(2048);
  });
});
