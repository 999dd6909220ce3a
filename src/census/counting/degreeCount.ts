/**
 * #{f on n variables : deg f <= k} and #{... and f balanced}, for every k, by counting instead of
 * enumerating (docs/census-counting.md).
 *
 * Split f on its last variable into halves f0, f1 (f0 where that bit is 0). With W the Walsh sums,
 * W_f(S) = W_f0(S) + W_f1(S) and W_f(S + {n}) = W_f0(S) - W_f1(S) for S inside [n - 1]. So
 * deg f <= k exactly when both halves have degree <= k and equal level-k vectors L_k, and then
 * L_k(f) = (2 L_k(f0) ; L_{k-1}(f0) - L_{k-1}(f1)) and W_f({}) = W_f0({}) + W_f1({}).
 * Two such steps from m = n - 2 variables: group the m-variable functions of degree <= k by
 * w = L_k; in group w, N(d, s) counts pairs (g0, g1) with L_{k-1}(g0) - L_{k-1}(g1) = d and
 * W_g0({}) + W_g1({}) = s, which is the number of (n-1)-variable functions h of degree <= k with
 * L_k(h) = (2w ; d) and W_h({}) = s. Then
 *   #{deg <= k} = sum over w, d of (sum_s N(d, s))^2,  #{deg <= k, balanced} = sum N(d, s) N(d, -s).
 */
import { registerMemo } from './memo.js';
import { levelSets, popcount, walshTable } from './walshTable.js';

export interface DegreeCounts {
  readonly n: number;
  /** atMost[k] = #{deg <= k}, k = 0..n. */
  readonly atMost: readonly bigint[];
  /** balancedAtMost[k] = #{deg <= k and W({}) = 0}. */
  readonly balancedAtMost: readonly bigint[];
}

export const MAX_DEGREE_COUNT_N = 6;

/** n <= 1: every function directly. */
function direct(n: number): DegreeCounts {
  const t = walshTable(n);
  const atMost = Array.from({ length: n + 1 }, () => 0n);
  const balancedAtMost = Array.from({ length: n + 1 }, () => 0n);
  for (let f = 0; f < t.count; f++) {
    let deg = 0;
    for (let s = 0; s < t.size; s++) if (t.sums[f * t.size + s] !== 0) deg = Math.max(deg, popcount(s));
    const balanced = t.sums[f * t.size] === 0;
    for (let k = deg; k <= n; k++) {
      atMost[k]! += 1n;
      if (balanced) balancedAtMost[k]! += 1n;
    }
  }
  return { n, atMost, balancedAtMost };
}

/** Both counts for one k, by the two steps above. */
function countAtMost(n: number, k: number): [bigint, bigint] {
  const m = n - 2;
  const t = walshTable(m);
  const high = [...Array(t.size).keys()].filter((s) => popcount(s) > k);
  const top = levelSets(m, k);
  const next = levelSets(m, k - 1);
  // Group by L_k; within a group, the multiset of (L_{k-1}, W({})) as a linear key.
  const B = 2 ** (m + 2) + 1; // digits hold d + 2^(m+1) and s + 2^(m+1), both in [0, 2^(m+2)]
  const J = next.length;
  const sPlace = B ** J;
  const groups = new Map<string, Map<number, { p: number; q: number; count: number }>>();
  for (let f = 0; f < t.count; f++) {
    const row = f * t.size;
    if (high.some((s) => t.sums[row + s] !== 0)) continue;
    const w = top.map((s) => t.sums[row + s]).join(',');
    let p = 0; // sum_c B^c u_c + B^J s: the g0 side of the key
    let q = 0; // - sum_c B^c u_c + B^J s: the g1 side
    for (let c = 0, place = 1; c < J; c++, place *= B) {
      p += place * t.sums[row + next[c]!]!;
      q -= place * t.sums[row + next[c]!]!;
    }
    p += sPlace * t.sums[row]!;
    q += sPlace * t.sums[row]!;
    let g = groups.get(w);
    if (!g) groups.set(w, (g = new Map()));
    const e = g.get(p);
    if (e) e.count++;
    else g.set(p, { p, q, count: 1 });
  }
  let offset = 0;
  for (let c = 0, place = 1; c <= J; c++, place *= B) offset += place * 2 ** (m + 1);
  let all = 0n;
  let balanced = 0n;
  for (const g of groups.values()) {
    const entries = [...g.values()];
    const N = new Map<number, number>();
    for (const a of entries) {
      for (const b of entries) {
        const key = a.p + b.q + offset;
        N.set(key, (N.get(key) ?? 0) + a.count * b.count);
      }
    }
    const bySum = new Map<number, number>();
    for (const [key, v] of N) {
      const sDigit = Math.floor(key / sPlace);
      const dPart = key - sDigit * sPlace;
      bySum.set(dPart, (bySum.get(dPart) ?? 0) + v);
      const s = sDigit - 2 ** (m + 1);
      const partner = N.get(key - 2 * s * sPlace);
      if (partner !== undefined) balanced += BigInt(v) * BigInt(partner);
    }
    for (const v of bySum.values()) all += BigInt(v) * BigInt(v);
  }
  return [all, balanced];
}

const memo = registerMemo(new Map<number, DegreeCounts>());

export function degreeCounts(n: number): DegreeCounts {
  if (!Number.isInteger(n) || n < 0 || n > MAX_DEGREE_COUNT_N) throw new RangeError(`degree counting needs 0 <= n <= ${MAX_DEGREE_COUNT_N}, got ${n}`);
  const hit = memo.get(n);
  if (hit) return hit;
  let out: DegreeCounts;
  if (n <= 1) out = direct(n);
  else {
    const pairs = Array.from({ length: n + 1 }, (_, k) => countAtMost(n, k));
    out = { n, atMost: pairs.map((p) => p[0]), balancedAtMost: pairs.map((p) => p[1]) };
  }
  memo.set(n, out);
  return out;
}
