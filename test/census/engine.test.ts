import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createKernel, kernelAvailable } from '../../src/census/kernelRunner.js';
import { createJsCounter } from '../../src/census/counter.js';
import { emptyHistogram } from '../../src/census/histogram.js';
import { IncrementalState } from '../../src/census/incrementalState.js';
import { freshState } from '../../src/census/freshState.js';
import { grayWord, laneLayout } from '../../src/census/layout.js';
import { bruteCell, bruteHistogram } from './bruteForce.js';

const brute = new Map<number, Float64Array>();
const bruteFor = (n: number): Float64Array => {
  if (!brute.has(n)) brute.set(n, bruteHistogram(n));
  return brute.get(n)!;
};

describe('census engines against brute force', () => {
  it('has WebAssembly SIMD here', () => {
    expect(kernelAvailable()).toBe(true);
  });

  for (const n of [0, 1, 2, 3, 4]) {
    it(`WebAssembly kernel equals brute force on all functions at n = ${n}`, () => {
      const h = emptyHistogram();
      expect(createKernel(n).runRange(0, 2 ** 2 ** n, h, { blockSteps: 1000 })).toBe(2 ** 2 ** n);
      expect(Array.from(h)).toEqual(Array.from(bruteFor(n)));
    });

    it(`TypeScript incremental engine equals brute force at n = ${n}`, () => {
      const h = emptyHistogram();
      createJsCounter(n).runRange(0, 2 ** 2 ** n, h);
      expect(Array.from(h)).toEqual(Array.from(bruteFor(n)));
    });
  }

  it('Gray code: consecutive indices differ in exactly the point ctz(t)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 32 - 1 }), (t) => {
        const diff = (grayWord(t) ^ grayWord(t - 1)) >>> 0;
        expect(diff).toBe(2 ** (31 - Math.clz32(t & -t)));
      }),
      { seed: 1234, numRuns: 500 },
    );
  });

  it('at n = 5, kernel and TypeScript engine agree on random slices, and the kernel state stays exact', () => {
    const kernel = createKernel(5);
    const js = createJsCounter(5);
    const layout = laneLayout(5);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 3000 }), fc.integer({ min: 1, max: 3000 }), (start, len) => {
        const a = emptyHistogram();
        const b = emptyHistogram();
        kernel.runRange(start, start + len, a, { blockSteps: 257 });
        js.runRange(start, start + len, b);
        expect(Array.from(a)).toEqual(Array.from(b));
        const last = start + len - 1;
        const want = freshState(layout, grayWord(last));
        const got = kernel.state();
        expect(got.index).toBe(last);
        expect(got.word).toBe(grayWord(last));
        expect(Array.from(got.coefficients)).toEqual(Array.from(want.coefficients));
        expect(got.anfLanes).toBe(want.anfLanes);
      }),
      { seed: 1234, numRuns: 40 },
    );
  });

  it('the incremental state matches the brute-force measures function by function at n = 5 (a slice)', () => {
    const s = new IncrementalState(5, 123_456_789);
    for (let k = 0; k < 300; k++) {
      expect(s.cell()).toEqual(bruteCell(5, s.word));
      s.advanceInPlace();
    }
    expect(Array.from(s.coefficients)).toEqual(Array.from(freshState(laneLayout(5), s.word).coefficients));
  });

  it('the last slice of n = 5 ends exactly at index 2^32 - 1', () => {
    const h = emptyHistogram();
    const end = 2 ** 32;
    expect(createKernel(5).runRange(end - 100, end, h)).toBe(end);
    const b = emptyHistogram();
    createJsCounter(5).runRange(end - 100, end, b);
    expect(Array.from(h)).toEqual(Array.from(b));
  });
});
