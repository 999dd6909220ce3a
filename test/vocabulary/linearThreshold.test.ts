/** Linear threshold functions: the count on 4 variables, witnesses, and classic non-examples. */
import { describe, expect, it } from 'vitest';
import { linearThreshold as twin } from '../../src/verifier/measures/linearThreshold.js';
import { computeLinearThreshold, linearThreshold } from '../../src/vocabulary/measures/linearThreshold.js';
import { variableDirections } from '../../src/vocabulary/measures/unate.js';
import { allFunctions, and, majority, parity, randomTable, tableOf } from './helpers.js';

function separates(f: { n: number; values: Int32Array }, w: readonly number[]): boolean {
  for (let x = 0; x < f.values.length; x++) {
    let s = w[0]!;
    for (let i = 0; i < f.n; i++) s += w[i + 1]! * (((x >>> i) & 1) === 1 ? -1 : 1);
    if (f.values[x]! * s <= 0) return false;
  }
  return true;
}

describe('linear threshold', () => {
  it('there are 2, 4, 14, 104, 1882 threshold functions on 0..4 variables (OEIS A000609), each with separating weights', () => {
    const counts: number[] = [];
    const bad: string[] = [];
    for (let n = 0; n <= 4; n++) {
      let c = 0;
      for (const f of allFunctions(n)) {
        const v = computeLinearThreshold(f);
        if (v.threshold) {
          c++;
          if (!separates(f, v.weights!)) bad.push(`${n}: ${f.values}`);
        }
      }
      counts.push(c);
    }
    expect(counts).toEqual([2, 4, 14, 104, 1882]);
    expect(bad).toEqual([]);
  });
  it('majority and AND are threshold functions; parity, x1x2 + x3x4 (unate) and random functions on 7 variables are not', () => {
    for (const f of [majority(5), majority(7), and(6)]) {
      const v = computeLinearThreshold(f);
      expect(v.threshold).toBe(true);
      expect(separates(f, v.weights!)).toBe(true);
    }
    expect(computeLinearThreshold(parity(3)).threshold).toBe(false);
    const twoAnds = tableOf(4, (_x, b) => (b(0) & b(1)) === 1 || (b(2) & b(3)) === 1);
    expect(computeLinearThreshold(twoAnds).threshold).toBe(false);
    expect(computeLinearThreshold(randomTable(7, 5)).threshold).toBe(false);
  });
  it('the verifier twin (its own simplex, Farkas vectors checked) agrees on every unate function of 4 variables', () => {
    const bad: string[] = [];
    let unate = 0;
    for (const f of allFunctions(4)) {
      if (variableDirections(f).includes('none')) continue;
      unate++;
      if (JSON.stringify(linearThreshold.json(computeLinearThreshold(f))) !== JSON.stringify(twin.compute(f))) bad.push(`${f.values}`);
    }
    expect(unate).toBe(2170);
    expect(bad).toEqual([]);
  });
  it('beyond n = 7 the value is null with a reason', () => {
    expect(computeLinearThreshold(majority(9))).toEqual({ threshold: null, weights: null, reason: 'the exact LP is run for n <= 7 only' });
  });
});
