/**
 * The d = 5 candidate heads of the verifier (src/verifier/recoveryD5Candidates.ts) against slow,
 * obvious computations and against the engine's independently built lists
 * (src/recovery/exact/candidates.ts joins two 4-variable halves by their level-3 Walsh
 * coefficients; the verifier enumerates GF(2) polynomials of degree <= 3).
 */
import { describe, expect, it } from 'vitest';
import { candidateStore } from '../../src/recovery/exact/candidates.js';
import { d5Candidates, fourierDegree5, gf2Degree5, ones32 } from '../../src/verifier/recoveryD5Candidates.js';

/** A fixed xorshift32 stream (seed printed in the test names). */
function words(seed: number, n: number): number[] {
  let s = seed >>> 0;
  return Array.from({ length: n }, () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>>= 0);
  });
}

const bit = (c: number, x: number): number => Math.floor(c / 2 ** x) % 2;
/** The Walsh sum at S from the definition: sum over x of g(x) prod_{i in S} x_i, values +-1. */
function slowWalsh(c: number, s: number): number {
  let sum = 0;
  for (let x = 0; x < 32; x++) {
    let v = bit(c, x) ? -1 : 1;
    for (let i = 0; i < 5; i++) if (bit(s, i) && bit(x, i)) v = -v;
    sum += v;
  }
  return sum;
}
const size = (s: number): number => [0, 1, 2, 3, 4].filter((i) => bit(s, i)).length;
function slowFourierDegree(c: number): number {
  let best = 0;
  for (let s = 0; s < 32; s++) if (slowWalsh(c, s) !== 0) best = Math.max(best, size(s));
  return best;
}
/** The GF(2) normal form's coefficient at S is the XOR of F over the points below S. */
function slowGf2Degree(c: number): number {
  let best = 0;
  for (let s = 0; s < 32; s++) {
    let a = 0;
    for (let x = 0; x < 32; x++) if ((x & s) === x) a ^= bit(c, x);
    if (a) best = Math.max(best, size(s));
  }
  return best;
}
/** A random function of the variables in `vars` only (a junta): degree <= vars.length. */
function junta(vars: readonly number[], table: number): number {
  let c = 0;
  for (let x = 0; x < 32; x++) {
    const idx = vars.reduce((a, v, j) => a | (bit(x, v) << j), 0);
    if (bit(table, idx)) c += 2 ** x;
  }
  return c;
}

describe('d = 5 candidate heads (seed 0x9e3779b9)', () => {
  const sample = [...words(0x9e3779b9, 300), 0, 0xffffffff, 0xaaaaaaaa, 0x96969696, 0x69969669, 0xff00ffaa];
  it('popcount, Fourier degree and GF(2) degree agree with the definitions; GF(2) degree <= Fourier degree', () => {
    for (const c of sample) {
      expect(ones32(c)).toBe([...c.toString(2)].filter((b) => b === '1').length);
      const f = slowFourierDegree(c);
      const g = slowGf2Degree(c);
      expect(fourierDegree5(c), `code ${c.toString(16)}`).toBe(f);
      expect(gf2Degree5(c), `code ${c.toString(16)}`).toBe(g);
      expect(g).toBeLessThanOrEqual(f);
    }
  });

  it('Fourier degree <= 3: the same 807,980 functions as the engine, by weight; juntas found, random codes absent', () => {
    const all = Array.from({ length: 33 }, (_, w) => w);
    const v = d5Candidates('fourier', 3, all);
    const engine = candidateStore(5, 'fourier');
    let total = 0;
    for (const w of all) {
      const mine = Array.from(v.lists.get(w)!.codes).sort((a, b) => a - b);
      const theirs = Array.from(engine.byWeight(w).codes).sort((a, b) => a - b);
      expect(mine, `weight ${w}`).toEqual(theirs);
      total += mine.length;
      if (mine.length > 0) expect(v.floor[w]).toBe(v.lists.get(w)!.costs.reduce((a, b) => Math.min(a, b), 9));
      else expect(v.floor[w]).toBe(4);
    }
    expect(total).toBe(807_980);
    expect(v.floor.slice(0, 17)).toEqual([0, 4, 4, 4, 3, 4, 4, 4, 2, 4, 4, 4, 3, 4, 4, 4, 1]);
    // Membership against the slow degree on 3-juntas (mostly in) and random words (mostly out).
    const sets = new Map(all.map((w) => [w, new Set(v.lists.get(w)!.codes)]));
    const tables = words(12345, 120);
    const probes = [...tables.map((t, i) => junta([i % 5, (i + 1 + (i % 3)) % 5, (i + 3) % 5], t & 0xff)), ...sample];
    let inside = 0;
    for (const c of probes) {
      const deg = slowFourierDegree(c);
      expect(sets.get(ones32(c))!.has(c >>> 0), `code ${c.toString(16)}`).toBe(deg <= 3);
      if (deg <= 3) {
        inside++;
        const l = v.lists.get(ones32(c))!;
        expect(l.costs[l.codes.indexOf(c >>> 0)]).toBe(deg);
      }
    }
    expect(inside).toBeGreaterThan(100);
  });

  it('k = 2 lists: Fourier degree <= 2 and GF(2) degree <= 2 (RM(2,5)), as the engine has them', () => {
    const all = Array.from({ length: 33 }, (_, w) => w);
    const f = d5Candidates('fourier', 2, all);
    const g = d5Candidates('gf2', 2, all);
    const store = candidateStore(5, 'gf2');
    let fTotal = 0;
    let gTotal = 0;
    for (const w of all) {
      const fl = f.lists.get(w)!;
      fTotal += fl.codes.length;
      fl.codes.forEach((c, i) => expect(fl.costs[i]).toBe(slowFourierDegree(c)));
      const mine = Array.from(g.lists.get(w)!.codes).sort((a, b) => a - b);
      expect(mine, `weight ${w}`).toEqual(Array.from(store.byWeight(w).codes).sort((a, b) => a - b));
      gTotal += mine.length;
      expect(f.floor[w]).toBe(fl.codes.length > 0 ? fl.costs.reduce((a, b) => Math.min(a, b), 9) : 3);
    }
    expect(fTotal).toBe(552);
    expect(gTotal).toBe(65536);
    const some = g.lists.get(12)!;
    for (let i = 0; i < some.codes.length; i += 997) expect(some.costs[i]).toBe(slowGf2Degree(some.codes[i]!));
  });
});
