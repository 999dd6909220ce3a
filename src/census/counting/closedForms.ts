/**
 * Closed forms of the counting census (docs/census-counting.md): binomials, GF(2) degree (Reed-Muller code
 * sizes), balancedness, and exactly-j-relevant counts by Moebius inversion over variable subsets.
 */

export function binomial(n: number, k: number): bigint {
  if (k < 0 || k > n) return 0n;
  let r = 1n;
  for (let i = 0; i < k; i++) r = (r * BigInt(n - i)) / BigInt(i + 1);
  return r;
}

/**
 * #{F on n variables : deg2 F <= r} = |RM(r, n)| = 2^(sum_{i <= r} C(n, i)): the ANF coefficients
 * of the monomials of degree <= r are free, the others 0. r = -1 (only F = 0) gives 1.
 */
export function reedMullerSize(n: number, r: number): bigint {
  let dim = 0n;
  for (let i = 0; i <= Math.min(r, n); i++) dim += binomial(n, i);
  return 2n ** dim;
}

/** Key null (F = 0, i.e. f = +1) then 0..n: #{deg2 F = r}. */
export function gf2DegreeCounts(n: number): Map<number | null, bigint> {
  const out = new Map<number | null, bigint>([[null, 1n]]);
  for (let r = 0; r <= n; r++) out.set(r, reedMullerSize(n, r) - reedMullerSize(n, r - 1));
  return out;
}

/** C(2^n, 2^(n-1)) balanced functions (n >= 1); none at n = 0. */
export function balancedCount(n: number): bigint {
  return n === 0 ? 0n : binomial(2 ** n, 2 ** (n - 1));
}

/**
 * From c(i) = a count of functions on i variables (i = 0..j) of a property that does not change
 * when dummy variables are added or removed, the number on j variables that depend on all j:
 * e(j) = sum_i (-1)^(j-i) C(j, i) c(i) (Moebius inversion of c(j) = sum_i C(j, i) e(i)).
 */
export function allRelevant(c: readonly bigint[], j: number): bigint {
  let e = 0n;
  for (let i = 0; i <= j; i++) e += ((j - i) % 2 === 0 ? 1n : -1n) * binomial(j, i) * c[i]!;
  return e;
}

/** #{functions on n variables with exactly j relevant} = C(n, j) e(j) with c(i) = 2^(2^i) (OEIS A000371 for e). */
export function relevantCounts(n: number): bigint[] {
  const c = Array.from({ length: n + 1 }, (_, i) => 2n ** (2n ** BigInt(i)));
  return Array.from({ length: n + 1 }, (_, j) => binomial(n, j) * allRelevant(c, j));
}
