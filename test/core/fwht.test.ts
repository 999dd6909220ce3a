import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chi } from '../../src/core/cube.js';
import { int32Limit } from '../../src/core/cubeFunction.js';
import { fwhtBigInPlace, fwhtInt32InPlace, fwhtInt32JsInPlace, toBigArray } from '../../src/core/fwht.js';
import { fwhtInt32WasmInPlace, wasmFwhtAvailable } from '../../src/core/wasm/fwhtWasm.js';
import { buildFwhtModule } from '../../src/core/wasm/fwhtKernel.js';
import { FWHT_WASM_BASE64 } from '../../src/core/wasm/fwhtModuleBytes.js';
import { FC, boundedValues as xorshiftValues, firstDifference } from './helpers.js';

/** sum_x a[x] chi_S(x) for every S, by the definition. */
function slowTransform(a: Int32Array): number[] {
  return Array.from({ length: a.length }, (_, S) => {
    let s = 0;
    for (let x = 0; x < a.length; x++) s += chi(S, x) * a[x]!;
    return s;
  });
}

/** Pseudo-random integers in [-bound, bound] for 2^n points (within the caller's bound). */
const boundedValues = (n: number, seed: number, bound = Math.min(100, int32Limit(n))): Int32Array => xorshiftValues(n, seed, bound);

describe('FWHT', () => {
  it('the embedded WebAssembly bytes are the generator output, and they run here', () => {
    expect(Buffer.from(buildFwhtModule()).toString('base64')).toBe(FWHT_WASM_BASE64);
    expect(wasmFwhtAvailable()).toBe(true);
  });

  it('matches the definition for n <= 8 (both paths)', () => {
    for (let n = 0; n <= 8; n++) {
      const a = boundedValues(n, n + 1);
      const want = slowTransform(a);
      const js = a.slice();
      fwhtInt32JsInPlace(js);
      expect(Array.from(js)).toEqual(want);
      const any = a.slice();
      fwhtInt32InPlace(any);
      expect(Array.from(any)).toEqual(want);
      if (n >= 4) {
        const w = a.slice();
        expect(fwhtInt32WasmInPlace(w)).toBe(true);
        expect(Array.from(w)).toEqual(want);
      }
    }
  });

  it('the SIMD kernel equals the JS loop for every n in 4..20 (blocked and column passes)', () => {
    for (let n = 4; n <= 20; n++) {
      const a = boundedValues(n, 100 + n);
      const js = a.slice();
      fwhtInt32JsInPlace(js);
      const w = a.slice();
      expect(fwhtInt32WasmInPlace(w)).toBe(true);
      expect(firstDifference(w, js)).toBe(-1);
    }
  });

  it('is exact at the overflow bound max|a| * 2^n = 2^31 - 2^n (against big integers)', () => {
    for (const n of [5, 12, 16]) {
      const limit = int32Limit(n);
      const a = boundedValues(n, 7 * n, limit);
      a[0] = limit;
      a.fill(limit, 0, 16); // makes the constant-ish coefficients large
      const big = toBigArray(a);
      fwhtBigInPlace(big);
      const w = a.slice();
      fwhtInt32InPlace(w);
      expect(Array.from(w, String)).toEqual(big.map(String));
      const allMax = new Int32Array(2 ** n).fill(-limit);
      fwhtInt32InPlace(allMax);
      expect(allMax[0]).toBe(-limit * 2 ** n);
    }
  });

  it('applied twice multiplies by 2^n (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 14 }), fc.integer({ min: 1, max: 1 << 30 }), (n, seed) => {
        const a = boundedValues(n, seed);
        const b = a.slice();
        fwhtInt32InPlace(b);
        fwhtInt32InPlace(b);
        return b.every((v, i) => v === a[i]! * 2 ** n);
      }),
      { ...FC, numRuns: 60 },
    );
  });

  it('rejects a length that is not a power of two', () => {
    expect(() => fwhtInt32InPlace(new Int32Array(12))).toThrow(RangeError);
    expect(fwhtInt32WasmInPlace(new Int32Array(24))).toBe(false);
  });
});
