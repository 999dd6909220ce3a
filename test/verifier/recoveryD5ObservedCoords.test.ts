/**
 * The verifier's coordinates on psi(C_5) in C_6 (src/verifier/recoveryD5ObservedCoords.ts) against
 * independent routes: the m = 5 list (psi = identity padded: psi's image is a subcube, so the
 * extension degree is the Fourier degree on C_5), the plain 2^dim enumeration of sign patterns
 * (against the meet in the middle), and membership by the verifier's rational solver.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { balancedInSpace, characterSpace, observedCoordinates5 } from '../../src/verifier/recoveryD5ObservedCoords.js';
import { lowCoordinates5 } from '../../src/verifier/recoveryD5GeneralRepCoords.js';
import { rat, solve } from '../../src/verifier/rational.js';

const ID = Array.from({ length: 32 }, (_, z) => z);
/** x6 = x1 x2 (as +-1 values: bit 5 = bit 0 xor bit 1). */
const X12 = ID.map((z) => z | (((z ^ (z >> 1)) & 1) << 5));
const ones = (v: number): number => v.toString(2).split('').filter((c) => c === '1').length;

/** Whether the +-1 vector of b is a real combination of the characters of degree <= L restricted to psi's image (rational solve). */
function extendsAt(psi: readonly number[], L: number, b: number): boolean {
  const chars = Array.from({ length: 64 }, (_, s) => s).filter((s) => ones(s) <= L);
  const a = psi.map((x) => chars.map((s) => rat(ones(x & s) & 1 ? -1n : 1n)));
  try {
    solve(a, psi.map((_, z) => rat((b >>> z) & 1 ? -1n : 1n)), chars.length);
    return true;
  } catch {
    return false;
  }
}

/** Every balanced +-1 vector of V_L by the plain 2^dim sign patterns on the pivots (a Gray code: one pivot flips per step). */
function plainBalanced(psi: readonly number[], L: number): number[] {
  const sp = characterSpace(psi, 6, L);
  const r = sp.pivots.length;
  const sums = sp.others.map((c) => sp.rows.reduce((acc, row) => acc + row[c]!, 0)); // all pivots +1
  const out: number[] = [];
  let s = 0;
  for (let i = 0; i < 2 ** r; i++) {
    if (i > 0) {
      const k = 31 - Math.clz32(i & -i);
      s ^= 1 << k;
      const sign = (s >>> k) & 1 ? -2 : 2;
      sp.others.forEach((c, j) => (sums[j]! += sign * sp.rows[k]![c]!));
    }
    if (!sums.every((v) => v === sp.denominator || v === -sp.denominator)) continue;
    let b = 0;
    sp.pivots.forEach((p, k) => ((s >>> k) & 1 ? (b |= 1 << p) : 0));
    sp.others.forEach((c, j) => (sums[j] === -sp.denominator ? (b |= 1 << c) : 0));
    if (ones(b >>> 0) === 16) out.push(b >>> 0);
  }
  return out.sort((x, y) => x - y);
}

describe('coordinates on psi(C_5) in C_6', () => {
  it('psi = identity padded: the same 407,690 codes and costs as the m = 5 list', () => {
    const o = observedCoordinates5(ID, 6);
    const low = lowCoordinates5();
    expect(o.upTo).toBe(3);
    expect(o.codes.length).toBe(407_690);
    const pairs = (codes: Uint32Array, costs: Uint8Array): string => Array.from(codes, (b, i) => `${b}:${costs[i]}`).sort().join(',');
    expect(pairs(o.codes, o.costs) === pairs(low.codes, low.costs)).toBe(true);
  });

  it('x6 = x1 x2: dim V_3 = 29 so the list stops at 2; meet in the middle = the plain 2^dim enumeration', () => {
    expect(characterSpace(X12, 6, 3).pivots.length).toBe(29);
    const o = observedCoordinates5(X12, 6);
    expect(o.upTo).toBe(2);
    expect(o.least).toBe(1);
    expect(characterSpace(X12, 6, 2).pivots.length).toBeGreaterThan(16); // both halves of the meet in the middle are used
    const plain = plainBalanced(X12, 2);
    expect([...o.codes].sort((x, y) => x - y)).toEqual(plain);
    expect(balancedInSpace(characterSpace(X12, 6, 1)).sort((x, y) => x - y)).toEqual(plainBalanced(X12, 1));
    // x1 x2 is a coordinate of cost 1 here (it is x6), not at m = 5.
    const x1x2 = ID.reduce((acc, z) => (((z ^ (z >> 1)) & 1 ? acc | (1 << z) : acc)), 0) >>> 0;
    expect(o.costOf(x1x2)).toBe(1);
  });

  it('costOf agrees with the rational solver on random balanced codes and listed ones (seed 5)', () => {
    const o = observedCoordinates5(X12, 6);
    const least = (b: number): number => [1, 2, 3, 4, 5, 6].find((L) => extendsAt(X12, L, b))!;
    for (let i = 0; i < o.codes.length; i += 97) expect(o.costOf(o.codes[i]!)).toBe(least(o.codes[i]!));
    const balanced = fc.shuffledSubarray(ID, { minLength: 16, maxLength: 16 }).map((zs) => zs.reduce((acc, z) => (acc | (1 << z)) >>> 0, 0));
    fc.assert(fc.property(balanced, (b) => o.costOf(b) === least(b)), { seed: 5, numRuns: 40 });
  });
});
