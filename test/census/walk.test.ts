import { describe, expect, it } from 'vitest';
import { findCounterexample, walkFunctions } from '../../src/census/walk.js';
import { popcount } from '../../src/core/cube.js';
import { bruteCell } from './bruteForce.js';

describe('exhaustive predicates on the live walk state', () => {
  it('T1 Parseval and T2 granularity hold on every function at n = 4', () => {
    const n = 4;
    const parseval = findCounterexample(n, (s) => s.coefficients.reduce((a, c) => a + c * c, 0) === 4 ** n);
    expect(parseval).toEqual({ checked: 65536, counterexample: null });
    const granular = findCounterexample(n, (s) => {
      const k = s.degree()!;
      return k === 0 || s.coefficients.every((c) => c % 2 ** (n + 1 - k) === 0);
    });
    expect(granular.counterexample).toBeNull();
  });

  it('the per-level and per-variable counts agree with the coefficients', () => {
    walkFunctions(3, (s) => {
      let levels = 0;
      for (let k = 0; k <= 3; k++) levels += s.nonZeroAtLevel(k);
      expect(levels).toBe(popcount(s.nonZeroMask));
      for (let v = 1; v <= 3; v++) {
        const direct = Array.from(s.coefficients).filter((c, S) => c !== 0 && (S >>> (v - 1)) & 1).length;
        expect(s.nonZeroWithVariable(v)).toBe(direct);
      }
    });
  });

  it('finds a counterexample to a false claim, and it really is one', () => {
    const out = findCounterexample(4, (s) => !s.balanced() || s.degree()! <= 3);
    expect(out.counterexample).not.toBeNull();
    const word = parseInt(out.counterexample!.hex.slice(4), 16);
    const cell = bruteCell(4, word);
    expect(cell.balanced).toBe(true);
    expect(cell.degree).toBe(4);
    expect(out.checked).toBe(out.counterexample!.index + 1);
  });

  it('visits exactly the functions of a slice', () => {
    const seen = new Set<number>();
    const out = walkFunctions(5, (s) => void seen.add(s.word), [1_000_000, 1_000_500]);
    expect(out).toEqual({ visited: 500, stoppedAt: null });
    expect(seen.size).toBe(500);
  });
});
