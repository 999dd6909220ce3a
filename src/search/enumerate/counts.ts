/**
 * Exact sizes of the map families (docs/math.md section 4) as bigints. Each count is computed exactly
 * for every n <= MAX_MAP_N; (2^n)! is by far the largest (about 2^(n 2^n) at n = 20, computed
 * by binary splitting).
 */
import { assertMapN } from '../../maps/boolMap.js';

/** prod_{k=lo}^{hi} k by binary splitting (1 for an empty range). */
function rangeProduct(lo: number, hi: number): bigint {
  if (lo > hi) return 1n;
  if (hi - lo < 16) {
    let p = 1n;
    for (let k = lo; k <= hi; k++) p *= BigInt(k);
    return p;
  }
  const mid = Math.floor((lo + hi) / 2);
  return rangeProduct(lo, mid) * rangeProduct(mid + 1, hi);
}

/** All maps C_n -> C_m: (2^m)^(2^n). */
export function countMaps(n: number, m: number): bigint {
  assertMapN(n, 'n');
  assertMapN(m, 'm');
  return 1n << BigInt(m * 2 ** n);
}

/** Bijections of C_n: (2^n)!. */
export function countBijections(n: number): bigint {
  assertMapN(n);
  return rangeProduct(1, 2 ** n);
}

/** Signed permutations of C_n: 2^n n!. */
export function countSignedPermutations(n: number): bigint {
  assertMapN(n);
  return (1n << BigInt(n)) * rangeProduct(1, n);
}

/** Invertible n x n matrices over GF(2): prod_{i<n} (2^n - 2^i). */
export function countInvertibleMatrices(n: number): bigint {
  assertMapN(n);
  let p = 1n;
  for (let i = 0; i < n; i++) p *= (1n << BigInt(n)) - (1n << BigInt(i));
  return p;
}

/** GF(2)-affine bijections of C_n: 2^n prod_{i<n} (2^n - 2^i) (n = 3: 1344). */
export function countAffineMaps(n: number): bigint {
  return (1n << BigInt(n)) * countInvertibleMatrices(n);
}

/** Whether (2^n)! > limit, without computing (2^n)! when it is far beyond the limit. */
export function bijectionCountExceeds(n: number, limit: bigint): boolean {
  assertMapN(n);
  let p = 1n;
  for (let k = 2; k <= 2 ** n; k++) {
    p *= BigInt(k);
    if (p > limit) return true;
  }
  return p > limit;
}
