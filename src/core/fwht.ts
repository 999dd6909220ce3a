/**
 * The fast Walsh-Hadamard transform on integers: after it, a[S] = sum_x a_orig[x] chi_S(x).
 * Applying it twice multiplies by 2^n, which is the inverse up to that factor.
 */
import { big, type BigInteger } from './rational.js';
import { fwhtInt32WasmInPlace } from './wasm/fwhtWasm.js';

/** Below this length the plain JS loop beats copying into the WebAssembly kernel's memory. */
export const WASM_THRESHOLD = 1 << 8;

/**
 * In place on an Int32Array of power-of-two length 2^n. The caller guarantees
 * max|a| * 2^n < 2^31 (see int32Limit).
 *
 * Why nothing overflows, whatever the order of the butterflies (JS radix-4 loop or the SIMD
 * kernel's blocked order): the transform is n stages, and each stage maps a pair (u, v) to
 * (u + v, u - v). By induction, a value that has gone through s stages is a sum of 2^s of the
 * original entries, each with sign +-1, so its absolute value is at most 2^s max|a|
 * <= 2^n max|a| < 2^31. Every intermediate, including the radix-4 partial sums (which are
 * values after one stage), is such a value, so it is an exact int32: JS additions of int32s are
 * exact doubles, and the wrapping i32x4.add/sub never wrap.
 */
export function fwhtInt32InPlace(a: Int32Array): void {
  const size = a.length;
  if (size & (size - 1)) throw new RangeError(`FWHT needs a power-of-two length, got ${size}`);
  if (size >= WASM_THRESHOLD && fwhtInt32WasmInPlace(a)) return;
  fwhtInt32JsInPlace(a);
}

/** The same transform in plain JS (radix-4 stages): the fallback and the small-size path. */
export function fwhtInt32JsInPlace(a: Int32Array): void {
  const size = a.length;
  let h = 1;
  for (; 4 * h <= size; h <<= 2) {
    const h2 = 2 * h;
    const h3 = 3 * h;
    const step = 4 * h;
    for (let i = 0; i < size; i += step) {
      for (let j = i, end = i + h; j < end; j++) {
        const x0 = a[j]!;
        const x1 = a[j + h]!;
        const x2 = a[j + h2]!;
        const x3 = a[j + h3]!;
        const s = x0 + x1;
        const d = x0 - x1;
        const t = x2 + x3;
        const u = x2 - x3;
        a[j] = s + t;
        a[j + h] = d + u;
        a[j + h2] = s - t;
        a[j + h3] = d - u;
      }
    }
  }
  if (h < size) {
    for (let i = 0; i < size; i += 2 * h) {
      for (let j = i, end = i + h; j < end; j++) {
        const x = a[j]!;
        const y = a[j + h]!;
        a[j] = x + y;
        a[j + h] = x - y;
      }
    }
  }
}

/** In place on big integers: any size of value. */
export function fwhtBigInPlace(a: BigInteger[]): void {
  const size = a.length;
  if (size > 1 && fwhtSmallInPlace(a)) return;
  for (let h = 1; h < size; h <<= 1) {
    for (let i = 0; i < size; i += h << 1) {
      for (let j = i; j < i + h; j++) {
        const x = a[j]!;
        const y = a[j + h]!;
        a[j] = x.add(y);
        a[j + h] = x.subtract(y);
      }
    }
  }
}

/**
 * The small-number fast path of fwhtBigInPlace: when every |a_i| < 2^52 / size, every butterfly
 * value (a +-1 sum of at most size inputs) is an integer below 2^52 in magnitude, so doubles hold
 * it exactly. The test is sound: toJSNumber rounds monotonically, so a value at or above the
 * bound never converts to one below it. Returns false (a untouched) when the bound fails.
 */
function fwhtSmallInPlace(a: BigInteger[]): boolean {
  const size = a.length;
  const bound = 2 ** 52 / size;
  const x = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    const v = a[i]!.toJSNumber();
    if (!(Math.abs(v) < bound)) return false;
    x[i] = v;
  }
  for (let h = 1; h < size; h <<= 1) {
    for (let i = 0; i < size; i += h << 1) {
      for (let j = i; j < i + h; j++) {
        const u = x[j]!;
        const w = x[j + h]!;
        x[j] = u + w;
        x[j + h] = u - w;
      }
    }
  }
  for (let i = 0; i < size; i++) a[i] = big(x[i]!);
  return true;
}

export function toBigArray(a: ArrayLike<number> | readonly BigInteger[]): BigInteger[] {
  return Array.from(a as ArrayLike<number | BigInteger>, (x) => (typeof x === 'number' ? big(x) : x));
}

/** An Int32Array living in the WebAssembly kernel's memory: fwhtInt32InPlace then copies nothing (see fwhtWasm.ts). */
export { wasmInt32Array } from './wasm/fwhtWasm.js';
