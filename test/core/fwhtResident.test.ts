import { describe, expect, it } from 'vitest';
import { fwhtInt32InPlace, fwhtInt32JsInPlace, wasmInt32Array } from '../../src/core/fwht.js';
import { wasmFwhtAvailable } from '../../src/core/wasm/fwhtWasm.js';

function signs(a: Int32Array, seed: number): void {
  let s = seed;
  for (let i = 0; i < a.length; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    a[i] = s >>> 31 ? -1 : 1;
  }
}

describe.skipIf(!wasmFwhtAvailable())('FWHT on arrays that live in WebAssembly memory', () => {
  it('transforms a resident array in place, equal to the JS transform, for 2^4..2^16', () => {
    for (let n = 4; n <= 16; n += 3) {
      const a = wasmInt32Array(2 ** n)!;
      signs(a, n);
      const plain = Int32Array.from(a);
      fwhtInt32InPlace(a);
      fwhtInt32JsInPlace(plain);
      expect(a.length).toBe(2 ** n);
      expect(Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(plain.buffer))).toBe(true);
    }
  });

  it('an ordinary array is copied after the resident one, never over it', () => {
    wasmInt32Array(2 ** 14); // grows the memory to at least 64 KiB
    const resident = wasmInt32Array(1024)!;
    signs(resident, 7);
    const before = Int32Array.from(resident);
    const other = new Int32Array(2 ** 12);
    signs(other, 9);
    const expected = Int32Array.from(other);
    fwhtInt32JsInPlace(expected);
    fwhtInt32InPlace(other);
    expect([...other]).toEqual([...expected]);
    expect(resident.length).toBe(1024);
    expect([...resident]).toEqual([...before]);
  });
});
