/**
 * Algebraic normal form over GF(2) (MATH.md section 2) by the binary Moebius transform:
 * F(b) = XOR_T a_T prod_{i in T} b_i, where F(b) = (1 - f(x)) / 2. Its own inverse.
 */
import { type CubeFunction, fromInt32, signs } from './cubeFunction.js';

/** The binary Moebius transform in place; applying it twice gives back the input. */
export function moebiusInPlace(bits: Uint8Array): void {
  const size = bits.length;
  for (let h = 1; h < size; h <<= 1) {
    for (let i = 0; i < size; i += h << 1) {
      for (let j = i; j < i + h; j++) bits[j + h]! ^= bits[j]!;
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
