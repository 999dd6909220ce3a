/**
 * Element-wise integer operations on numerator tables. Int32Array inputs are computed in doubles
 * and checked: a result outside the 32-bit range (detected exactly, see mul) falls back to bigint.
 */
import { type Nums, toBigNums } from './values.js';

// Module-local (not imported) so that transpiled imports add no getter call in the hot loops.
const INT32_MAX = 2147483647;
const INT32_MIN = -2147483648;
const BIG_MAX = 2147483647n;
const BIG_MIN = -2147483648n;

function fits(x: number): boolean {
  return x <= INT32_MAX && x >= INT32_MIN;
}

export function negNums(a: Nums): Nums {
  if (a instanceof Int32Array) {
    const out = new Int32Array(a.length);
    for (let i = 0; i < a.length; i++) {
      const x = a[i]!;
      if (x === INT32_MIN) return toBigNums(a).map((y) => -y);
      out[i] = -x;
    }
    return out;
  }
  return a.map((x) => -x);
}

/** a + b element-wise. */
export function addNums(a: Nums, b: Nums): Nums {
  if (a instanceof Int32Array && b instanceof Int32Array) {
    const out = new Int32Array(a.length);
    for (let i = 0; i < a.length; i++) {
      const s = a[i]! + b[i]!; // exact: |s| < 2^32
      if (!fits(s)) return addBig(a, b);
      out[i] = s;
    }
    return out;
  }
  return addBig(a, b);
}

function addBig(a: Nums, b: Nums): bigint[] {
  const x = toBigNums(a);
  const y = toBigNums(b);
  for (let i = 0; i < x.length; i++) x[i]! += y[i]!;
  return x;
}

/** a + s for a scalar s. */
export function addScalar(a: Nums, s: bigint): Nums {
  if (s === 0n) return a;
  if (a instanceof Int32Array && s <= BIG_MAX && s >= BIG_MIN) {
    const k = Number(s);
    const out = new Int32Array(a.length);
    for (let i = 0; i < a.length; i++) {
      const t = a[i]! + k;
      if (!fits(t)) return toBigNums(a).map((x) => x + s);
      out[i] = t;
    }
    return out;
  }
  return toBigNums(a).map((x) => x + s);
}

/** a * b element-wise. */
export function mulNums(a: Nums, b: Nums): Nums {
  if (a instanceof Int32Array && b instanceof Int32Array) {
    const out = new Int32Array(a.length);
    for (let i = 0; i < a.length; i++) {
      // |p| < 2^62: a product inside the 32-bit range is exact in a double, and one outside it
      // cannot round back inside (rounding is monotone and 2^31 is representable).
      const p = a[i]! * b[i]!;
      if (!fits(p)) return mulBig(a, b);
      out[i] = p;
    }
    return out;
  }
  return mulBig(a, b);
}

function mulBig(a: Nums, b: Nums): bigint[] {
  const x = toBigNums(a);
  const y = toBigNums(b);
  for (let i = 0; i < x.length; i++) x[i]! *= y[i]!;
  return x;
}

/** a * s for a scalar s. */
export function scaleNums(a: Nums, s: bigint): Nums {
  if (s === 1n) return a;
  if (s === -1n) return negNums(a);
  if (a instanceof Int32Array && s <= BIG_MAX && s >= BIG_MIN) {
    const k = Number(s);
    const out = new Int32Array(a.length);
    for (let i = 0; i < a.length; i++) {
      const p = a[i]! * k; // same exactness argument as mulNums
      if (!fits(p)) return toBigNums(a).map((x) => x * s);
      out[i] = p;
    }
    return out;
  }
  return toBigNums(a).map((x) => x * s);
}
