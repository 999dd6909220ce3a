/**
 * The census kernel generated for a subset of the measures (degree only, ...) skips the others'
 * work; its histogram, read through a spec of those measures, must equal the full kernel's and
 * the census by counting.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createKernel } from '../../src/census/kernelRunner.js';
import { kernelBytes } from '../../src/census/wasm/kernel.js';
import { emptyHistogram } from '../../src/census/histogram.js';
import { type CensusSpec, countsEqual, countsFromHistogram } from '../../src/census/counts.js';
import { MEASURES, type Measure } from '../../src/census/measures.js';
import { countCensus } from '../../src/census/counting/countingCensus.js';

const subsets: Measure[][] = MEASURES.reduce<Measure[][]>((acc, m) => [...acc, ...acc.map((a) => [...a, m])], [[]]).filter(
  (a) => a.length > 0,
);

function counted(n: number, measures: readonly Measure[], start: number, end: number, blockSteps?: number) {
  const h = emptyHistogram();
  expect(createKernel(n, measures).runRange(start, end, h, blockSteps ? { blockSteps } : {})).toBe(end);
  return h;
}

const spec = (n: number, measures: readonly Measure[], joint: boolean): CensusSpec => ({ n, measures, joint });

describe('census kernel for a subset of the measures', () => {
  it('has 31 subsets to check', () => expect(subsets.length).toBe(31));

  it('every subset, n = 0..4, all functions: joint counts equal the full kernel, marginals equal counting', () => {
    for (let n = 0; n <= 4; n++) {
      const total = 2 ** 2 ** n;
      const full = counted(n, MEASURES, 0, total);
      for (const ms of subsets) {
        const h = counted(n, ms, 0, total, 999);
        const label = `n = ${n}, ${ms.join(',')}`;
        expect(countsEqual(countsFromHistogram(spec(n, ms, true), h), countsFromHistogram(spec(n, ms, true), full)), label).toBe(true);
        expect(countsEqual(countsFromHistogram(spec(n, ms, false), h), countCensus(spec(n, ms, false)).counts), label).toBe(true);
      }
    }
  });

  it('degree only at n = 5 equals the full kernel on sampled slices (and so do two other subsets)', () => {
    const picks: Measure[][] = [['degree'], ['degree', 'balanced'], ['gf2Degree', 'relevant']];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 40_000 }), fc.integer({ min: 1, max: 40_000 }), (start, len) => {
        const full = counted(5, MEASURES, start, start + len, 4097);
        for (const ms of picks) {
          const h = counted(5, ms, start, start + len, 1 + (len % 5000));
          const s = spec(5, ms, true);
          expect(countsEqual(countsFromHistogram(s, h), countsFromHistogram(s, full)), ms.join(',')).toBe(true);
        }
      }),
      { seed: 20261201, numRuns: 15 },
    );
  });

  it('the degree-only module leaves the other measures\' code out (smaller than the full one)', () => {
    expect(kernelBytes(false, new Set<Measure>(['degree'])).length).toBeLessThan(kernelBytes(false).length);
    expect(kernelBytes(true, new Set<Measure>(['degree', 'bent'])).length).toBeLessThan(kernelBytes(true).length);
  });
});
