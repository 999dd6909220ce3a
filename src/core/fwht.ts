/**
 * The fast Walsh-Hadamard transform on integers: after it, a[S] = sum_x a_orig[x] chi_S(x).
 * Applying it twice multiplies by 2^n, which is the inverse up to that factor.
 */
import { big, type BigInteger } from './rational.js';

/**
 * In place on an Int32Array. The caller guarantees max|a| * 2^n < 2^31 (see int32Limit), so no
 * intermediate sum overflows.
 */
export function fwhtInt32InPlace(a: Int32Array): void {
  const size = a.length;
  for (let h = 1; h < size; h <<= 1) {
    for (let i = 0; i < size; i += h << 1) {
      for (let j = i; j < i + h; j++) {
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

export function toBigArray(a: ArrayLike<number> | readonly BigInteger[]): BigInteger[] {
  return Array.from(a as ArrayLike<number | BigInteger>, (x) => (typeof x === 'number' ? big(x) : x));
}
