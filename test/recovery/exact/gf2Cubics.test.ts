import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cubicsOfWeight } from '../../../src/recovery/exact/gf2Cubics.js';
import { costOfCode } from '../../../src/recovery/exact/costs.js';
import { GF2_CUBICS, candidateStore } from '../../../src/recovery/exact/candidates.js';
import { recoverByTuples } from '../../../src/recovery/exact/exactRecovery.js';
import { identityMap } from '../../../src/maps/boolMap.js';
import type { RecoveryProblem } from '../../../src/recovery/types.js';
import { parseFunction } from '../../../src/expr/parseFunction.js';

const tasksOf = (text: string) =>
  text.split(';').map((e) => {
    const f = parseFunction(e.trim(), { n: 5 });
    if (!f.ok) throw new Error(`bad task ${e}`);
    return f.value;
  });

// The monomials of degree <= 3 on C_5 (bit x set where prod_{i in S} b_i = 1), a plain build.
function monomial(S: number): number {
  let c = 0;
  for (let x = 0; x < 32; x++) if ((x & S) === S) c |= 1 << x;
  return c >>> 0;
}
function bits(v: number): number {
  let n = 0;
  for (; v; v &= v - 1) n++;
  return n;
}

describe('gf2Cubics: RM(3,5) by weight', () => {
  const w4 = cubicsOfWeight(4);
  it('weight 4: the 1240 affine 2-flats of AG(5,2) (2^3 * [5 choose 2]_2), all of degree 3, sorted', () => {
    expect(w4.codes.length).toBe(1240);
    for (let i = 0; i < w4.codes.length; i++) {
      expect(w4.degrees[i]).toBe(costOfCode(5, 'gf2', w4.codes[i]!));
      expect(bits(w4.codes[i]!)).toBe(4);
      if (i > 0) expect(w4.codes[i - 1]! < w4.codes[i]!).toBe(true);
    }
  });
  it('weight 8: no affine, the 620 quadratic words of RM(2,5), the rest cubic, every degree as costOfCode says; a random RM(3,5) word of weight 8 is listed', () => {
    const w16 = cubicsOfWeight(8);
    const count = (e: number) => w16.degrees.filter((x) => x === e).length;
    expect([count(0), count(1), count(2)]).toEqual([0, 0, 620]);
    for (let i = 0; i < w16.codes.length; i++) if (w16.degrees[i] !== costOfCode(5, 'gf2', w16.codes[i]!)) throw new Error(`degree of ${w16.codes[i]}`);
    const listed = new Map<number, number>();
    for (let i = 0; i < w16.codes.length; i++) listed.set(w16.codes[i]!, w16.degrees[i]!);
    for (let i = 0; i < w4.codes.length; i++) listed.set(w4.codes[i]!, w4.degrees[i]!);
    // A sum of two products of three affine functions has GF(2) degree <= 3: when its weight is 4
    // or 8 it must be listed, with its degree.
    const affine = (m: number): number => {
      let c = m & 1 ? 0xffffffff : 0;
      for (let i = 0; i < 5; i++) if ((m >>> (i + 1)) & 1) c ^= monomial(1 << i);
      return c >>> 0;
    };
    const seed = 1305;
    const six = fc.integer({ min: 0, max: 63 });
    fc.assert(
      fc.property(fc.tuple(six, six, six, six, six, six), ([a, b, c, e, f, g]) => {
        const code = ((affine(a) & affine(b) & affine(c)) ^ (affine(e) & affine(f) & affine(g))) >>> 0;
        const w = bits(code);
        if (w !== 4 && w !== 8) return !listed.has(code);
        return listed.get(code) === costOfCode(5, 'gf2', code);
      }),
      { seed, numRuns: 3000, verbose: true },
    );
  });
  it('the GF2_CUBICS store is complete to degree 3 and contains the RM(2,5) list of each weight', () => {
    GF2_CUBICS.on = true;
    const cub = candidateStore(5, 'gf2');
    GF2_CUBICS.on = false;
    const rm2 = candidateStore(5, 'gf2');
    expect([cub.completeUpTo, rm2.completeUpTo]).toEqual([3, 2]);
    const a = cub.byWeight(4);
    const b = rm2.byWeight(4);
    expect(b.codes.length).toBe(0); // RM(2,5) has minimum distance 8
    expect(a.codes.length).toBe(1240);
  });
});

describe('head-gf2 at d = 5 with the RM(3,5) lists agrees with the RM(2,5) path where that one decides', () => {
  for (const text of ['x1*x2; x3*x4*x5', 'x1*x2; x1*x3; x2*x3*x4', 'x1*x2*x3; x1*x4*x5']) {
    it(text, () => {
      const p: RecoveryProblem = { d: 5, psi: identityMap(5), tasks: tasksOf(text), bias: 'head-gf2', group: 'signed-permutation', support: null };
      const run = (on: boolean) => {
        GF2_CUBICS.on = on;
        try {
          const r = recoverByTuples(p);
          return r === null ? null : [r.minimum, String(r.minimizers), r.recovers];
        } finally {
          GF2_CUBICS.on = false;
        }
      };
      const old = run(false);
      expect(old).not.toBeNull();
      expect(run(true)).toEqual(old);
    }, 120_000);
  }
});
