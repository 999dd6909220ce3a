/**
 * The blocked schedule of the SIMD FWHT (src/core/wasm/fwhtWasm.ts: in-register first 32 values,
 * radix-8/4/2 passes inside blocks of 2^BLOCK_LOG values, then column chunks of the rows) against
 * the plain JS transform, on sizes around every boundary of the schedule, random values at the
 * overflow bound, fixed seeds; ordinary and resident (wasmInt32Array) arrays.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { int32Limit } from '../../src/core/cubeFunction.js';
import { fwhtInt32InPlace, fwhtInt32JsInPlace, wasmInt32Array } from '../../src/core/fwht.js';
import { BLOCK_LOG, CHUNK_LOG, fwhtInt32WasmInPlace, wasmFwhtAvailable } from '../../src/core/wasm/fwhtWasm.js';
import { boundedValues, firstDifference } from './helpers.js';

const values = boundedValues;

// Sizes where the schedule changes: 16 (first16 only), 32 (first32), the radix-8/4/2 mixes
// inside a block, one block, one block plus one / two / three row stages, and the sizes where
// the column chunk shrinks below a block (rows * block > 2^CHUNK_LOG).
const BOUNDARIES = [
  ...new Set([4, 5, 6, 7, 8, 9, 10, 11, BLOCK_LOG - 1, BLOCK_LOG, BLOCK_LOG + 1, BLOCK_LOG + 2, BLOCK_LOG + 3,
    CHUNK_LOG - 1, CHUNK_LOG, CHUNK_LOG + 1, CHUNK_LOG + 2, 21]),
].sort((a, b) => a - b);

describe.skipIf(!wasmFwhtAvailable())('FWHT blocked schedule', () => {
  it(`equals the JS transform at the overflow bound on n = ${BOUNDARIES.join(', ')}`, () => {
    for (const n of BOUNDARIES) {
      const a = values(n, 7919 * n, int32Limit(n));
      const want = a.slice();
      fwhtInt32JsInPlace(want);
      const got = a.slice();
      expect(fwhtInt32WasmInPlace(got)).toBe(true);
      expect(firstDifference(got, want), `n = ${n}`).toBe(-1);
    }
  });

  it('a resident array equals the JS transform on random sizes and seeds (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 4, max: CHUNK_LOG + 1 }), fc.integer({ min: 1, max: 2 ** 31 - 1 }), (n, seed) => {
        const bound = Math.min(1000, int32Limit(n));
        const a = wasmInt32Array(2 ** n)!;
        a.set(values(n, seed, bound));
        const want = Int32Array.from(a);
        fwhtInt32JsInPlace(want);
        fwhtInt32InPlace(a);
        expect(firstDifference(a, want), `n = ${n}, seed = ${seed}`).toBe(-1);
      }),
      { seed: 4242, numRuns: 30 },
    );
  });
});
