import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSupport } from '../../src/expr/supportSpec.js';
import { parsePsi, parseTasks, splitTopLevel } from '../../src/expr/taskList.js';
import { formatFunction } from '../../src/expr/index.js';
import { makeRng, randomPermutation } from '../../src/recovery/rng.js';
import { SEED } from './helpers.js';

describe('support specifications', () => {
  it('predicates select the points where they are -1 ("true")', () => {
    expect(parseSupport('x1', 2)).toEqual([1, 3]);
    expect(parseSupport('not(x1)', 2)).toEqual([0, 2]);
    expect(parseSupport('and(x1, x2)', 2)).toEqual([3]);
    expect(parseSupport('or(x1, x3)', 3)).toEqual([1, 3, 4, 5, 6, 7]);
    expect(parseSupport('all', 3)).toBeNull();
    expect(parseSupport('points: 5, 0,3', 3)).toEqual([0, 3, 5]);
    expect(parseSupport('hex:8', 2)).toEqual([3]);
  });

  it('points: round-trips any non-empty subset', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }).chain((n) => fc.tuple(fc.constant(n), fc.shuffledSubarray(Array.from({ length: 2 ** n }, (_, i) => i), { minLength: 1 }))), ([n, pts]) => {
        expect(parseSupport(`points:${pts.join(',')}`, n)).toEqual([...pts].sort((a, b) => a - b));
      }),
      { seed: SEED, numRuns: 50 },
    );
  });

  it('rejects empty, repeated, out-of-range and non-Boolean supports', () => {
    expect(() => parseSupport('points:', 2)).toThrow(/empty/);
    expect(() => parseSupport('and(x1, not(x1))', 2)).toThrow(/empty/);
    expect(() => parseSupport('points:1,1', 2)).toThrow(/twice/);
    expect(() => parseSupport('points:1,x', 2)).toThrow(/point indices/);
    expect(() => parseSupport('x3', 2)).toThrow(/x3/);
    expect(() => parseSupport('x1/2', 2)).toThrow(/\+-1-valued/);
  });
});

describe('tasks and psi', () => {
  it('splits at top-level ";" only', () => {
    expect(splitTopLevel('x1; thr(2; x1, x2, x3); x2')).toEqual(['x1', ' thr(2; x1, x2, x3)', ' x2']);
  });

  it('parses tasks over the latents, extending to d variables', () => {
    const t = parseTasks('x1; x1*x2; hex:8', 2);
    expect(t.map(formatFunction)).toEqual(['hex:a', 'hex:6', 'hex:8']);
    expect(parseTasks('x1', 3)[0]!.n).toBe(3);
    expect(() => parseTasks('x1;;x2', 2)).toThrow(/task 2 is empty/);
    expect(() => parseTasks('', 2)).toThrow(/no task/);
    expect(() => parseTasks('x1 +', 2)).toThrow(/task 1:/);
  });

  it('psi defaults to the identity and must be square', () => {
    expect(Array.from(parsePsi(undefined, 2).image)).toEqual([0, 1, 2, 3]);
    expect(Array.from(parsePsi('x2; x1', 2).image)).toEqual([0, 2, 1, 3]);
    expect(() => parsePsi('x1', 2)).toThrow(/2 coordinates/);
  });
});

describe('seeded generator', () => {
  it('is deterministic, in range, and permutations are permutations', () => {
    const a = makeRng(42);
    const b = makeRng(42);
    for (let i = 0; i < 100; i++) expect(a.next()).toBe(b.next());
    const r = makeRng(7);
    const counts = new Array<number>(5).fill(0);
    for (let i = 0; i < 5000; i++) counts[r.below(5)]!++;
    expect(counts.every((c) => c > 800 && c < 1200)).toBe(true);
    const p = randomPermutation(makeRng(3), 16);
    expect([...p].sort((x, y) => x - y)).toEqual(Array.from({ length: 16 }, (_, i) => i));
  });
});
