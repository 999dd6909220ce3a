/** Structural predicates: counts over every function on n <= 4 against the OEIS, and known examples. */
import { describe, expect, it } from 'vitest';
import { juntaSize } from '../../src/vocabulary/measures/juntaSize.js';
import { computeMonotone } from '../../src/vocabulary/measures/monotone.js';
import { computeSelfDual, selfDual } from '../../src/vocabulary/measures/selfDual.js';
import { computeSymmetric, symmetric } from '../../src/vocabulary/measures/symmetric.js';
import { variableDirections } from '../../src/vocabulary/measures/unate.js';
import { allFunctions, and, dictator, majority, or, parity, tableOf } from './helpers.js';
import { jsonOf, run } from './measureHelpers.js';

function count(n: number, holds: (f: ReturnType<typeof parity>) => boolean): number {
  let c = 0;
  for (const f of allFunctions(n)) if (holds(f)) c++;
  return c;
}

describe('counts over every function on n = 1..4', () => {
  it('monotone: the Dedekind numbers 3, 6, 20, 168 (OEIS A000372)', () => {
    expect([1, 2, 3, 4].map((n) => count(n, (f) => computeMonotone(f).monotone))).toEqual([3, 6, 20, 168]);
  });
  it('unate: 4, 14, 104, 2170 (OEIS A003183)', () => {
    expect([1, 2, 3, 4].map((n) => count(n, (f) => !variableDirections(f).includes('none')))).toEqual([4, 14, 104, 2170]);
  });
  it('symmetric: 2^(n+1); self-dual: 2^(2^(n-1))', () => {
    expect([1, 2, 3, 4].map((n) => count(n, (f) => computeSymmetric(f).symmetric))).toEqual([4, 8, 16, 32]);
    expect([1, 2, 3, 4].map((n) => count(n, (f) => computeSelfDual(f)))).toEqual([2, 4, 16, 256]);
  });
});

describe('known examples', () => {
  it('monotone in the -1 = true reading: AND, OR, majority, x_i; not -x_1, not parity', () => {
    for (const f of [and(3), or(3), majority(5), dictator(3, 2)]) expect(computeMonotone(f).monotone).toBe(true);
    const notX1 = tableOf(2, (_x, b) => b(0) === 0);
    expect(computeMonotone(notX1)).toEqual({ monotone: false, violation: { point: 0, variable: 1 } });
    expect(computeMonotone(parity(2)).monotone).toBe(false);
  });
  it('unate directions: AND(x1, not x2) on 3 variables is + in x1, - in x2, 0 in x3; parity is neither', () => {
    const f = tableOf(3, (_x, b) => b(0) === 1 && b(1) === 0);
    expect(variableDirections(f)).toEqual(['+', '-', '0']);
    expect(variableDirections(parity(2))).toEqual(['none', 'none']);
  });
  it('majority of 3 is symmetric with value vector +1 +1 -1 -1, and self-dual; AND_2 is not self-dual', () => {
    expect(jsonOf(symmetric, majority(3))).toEqual({ symmetric: true, valueVector: ['1', '1', '-1', '-1'] });
    expect(run(selfDual, majority(3))).toBe(true);
    expect(run(selfDual, and(2))).toBe(false);
    expect(run(selfDual, { n: 2, values: Int32Array.of(2, 5, -5, -2) })).toBe(true);
  });
  it('junta size: parity of n is n, x1 AND x3 on 4 variables is 2', () => {
    expect(jsonOf(juntaSize, parity(4))).toEqual({ size: 4, variables: [1, 2, 3, 4] });
    expect(jsonOf(juntaSize, tableOf(4, (_x, b) => b(0) === 1 && b(2) === 1))).toEqual({ size: 2, variables: [1, 3] });
  });
});
