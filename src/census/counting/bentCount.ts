/**
 * The number of bent functions on n <= 6 variables (n even; none for odd n), counted from pairs.
 *
 * With A = 2^(n/2), f on n variables is bent when every |W_f| = A. Split f into halves h0, h1 on
 * n - 1 variables: W_f(a, 0) = W_h0(a) + W_h1(a) and W_f(a, 1) = W_h0(a) - W_h1(a) are both +-A
 * exactly when one of W_h0(a), W_h1(a) is 0 and the other +-A. So the halves are plateaued
 * (values in {0, +-A}) with complementary supports: #bent = sum over supports S of P(S) P(~S).
 * Split h again into g0, g1 on m = n - 2 variables: W_h = V0 +- V1 lies in {0, +-A} exactly when
 * (|V0(a)|, |V1(a)|) is (0, 0), (A/2, A/2), (A, 0) or (0, A) at every a. Write F(g) for the points
 * with |V| = A/2, E(g) for those with |V| = A, sigma(g) for the sign of V on F(g): h is plateaued
 * exactly when F(g0) = F(g1) and E(g0), E(g1) are disjoint, and then its support is
 * {(a, 0), (a, 1) : a in E(g0) or E(g1)} together with (a, 0) where sigma(g0) = sigma(g1) at a in F,
 * (a, 1) where they differ.
 */
import { registerMemo } from './memo.js';
import { walshTable } from './walshTable.js';

export const MAX_BENT_COUNT_N = 6;

const memo = registerMemo(new Map<number, bigint>());

export function bentCount(n: number): bigint {
  if (!Number.isInteger(n) || n < 0 || n > MAX_BENT_COUNT_N) throw new RangeError(`bent counting needs 0 <= n <= ${MAX_BENT_COUNT_N}, got ${n}`);
  if (n % 2 === 1) return 0n;
  if (n === 0) return 2n; // f = +-1: |W({})| = 1 = 2^0
  const hit = memo.get(n);
  if (hit !== undefined) return hit;
  const m = n - 2;
  const t = walshTable(m);
  const A = 2 ** (n / 2);
  // F -> (E, sigma) -> count, for every g whose Walsh values lie in {0, +-A/2, +-A}.
  const groups = new Map<number, Map<number, number>>();
  for (let f = 0; f < t.count; f++) {
    let F = 0;
    let E = 0;
    let sigma = 0;
    let ok = true;
    for (let a = 0; a < t.size && ok; a++) {
      const v = t.sums[f * t.size + a]!;
      if (v === A / 2 || v === -A / 2) {
        F |= 1 << a;
        if (v < 0) sigma |= 1 << a;
      } else if (v === A || v === -A) E |= 1 << a;
      else ok = v === 0;
    }
    if (!ok) continue;
    let g = groups.get(F);
    if (!g) groups.set(F, (g = new Map()));
    const key = E * 2 ** t.size + sigma;
    g.set(key, (g.get(key) ?? 0) + 1);
  }
  // P(S): plateaued halves by support; a support is a set of 2^(m+1) points, bit a + 2^m b for (a, b).
  const full = 2 ** (2 * t.size) - 1;
  const P = new Map<number, number>();
  const lowBits = 2 ** t.size;
  for (const [F, g] of groups) {
    const entries = [...g].map(([key, count]) => ({ E: Math.floor(key / lowBits), sigma: key % lowBits, count }));
    for (const x of entries) {
      for (const y of entries) {
        if ((x.E & y.E) !== 0) continue;
        const both = x.E | y.E;
        const differ = (x.sigma ^ y.sigma) & F;
        const agree = F & ~differ;
        const support = (both | agree) + lowBits * (both | differ);
        P.set(support, (P.get(support) ?? 0) + x.count * y.count);
      }
    }
  }
  let total = 0n;
  for (const [S, count] of P) {
    const partner = P.get(full - S);
    if (partner !== undefined) total += BigInt(count) * BigInt(partner);
  }
  memo.set(n, total);
  return total;
}
