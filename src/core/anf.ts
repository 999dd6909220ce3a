/**
 * Algebraic normal form over GF(2) (docs/math.md section 2) by the binary Moebius transform:
 * F(b) = XOR_T a_T prod_{i in T} b_i, where F(b) = (1 - f(x)) / 2. Its own inverse.
 */
import { type CubeFunction, fromInt32, signs } from './cubeFunction.js';

const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

/** The binary Moebius transform in place; applying it twice gives back the input. */
export function moebiusInPlace(bits: Uint8Array): void {
  const size = bits.length;
  if (LITTLE_ENDIAN && size >= 4 && bits.byteOffset % 4 === 0) {
    moebiusWordsInPlace(new Int32Array(bits.buffer, bits.byteOffset, size >>> 2));
    return;
  }
  for (let h = 1; h < size; h <<= 1) {
    for (let i = 0; i < size; i += h << 1) {
      for (let j = i; j < i + h; j++) bits[j + h]! ^= bits[j]!;
    }
  }
}

/**
 * The same butterflies (bits[j + h] ^= bits[j]) four bytes at a time. Byte k of word w is
 * bits[4w + k] (little-endian): stage h = 1 is b1 ^= b0, b3 ^= b2, i.e. x ^= (x << 8) masked to
 * bytes 1 and 3; stage h = 2 is b2 ^= b0, b3 ^= b1, i.e. x ^= x << 16; stages h >= 4 XOR whole
 * words h/4 apart.
 */
function moebiusWordsInPlace(w: Int32Array): void {
  const size = w.length;
  for (let i = 0; i < size; i++) {
    let x = w[i]!;
    x ^= (x << 8) & 0xff00ff00;
    x ^= x << 16;
    w[i] = x;
  }
  for (let h = 1; h < size; h <<= 1) {
    for (let i = 0; i < size; i += h << 1) {
      for (let j = i; j < i + h; j++) w[j + h]! ^= w[j]!;
    }
  }
}

/** ANF coefficients a_T (0/1) indexed by monomial mask T. Throws when f is not Boolean. */
export function anf(f: CubeFunction): Uint8Array {
  const s = signs(f);
  const bits = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bits[i] = s[i] === -1 ? 1 : 0;
  moebiusInPlace(bits);
  return bits;
}

/** The Boolean function with the given ANF coefficients (the inverse of anf). */
export function fromAnf(n: number, coefficients: Uint8Array): CubeFunction {
  if (coefficients.length !== 1 << n) throw new RangeError(`expected ${1 << n} ANF coefficients`);
  const bits = Uint8Array.from(coefficients, (c) => c & 1);
  moebiusInPlace(bits);
  const v = new Int32Array(bits.length);
  for (let i = 0; i < bits.length; i++) v[i] = bits[i] ? -1 : 1;
  return fromInt32(n, v);
}
