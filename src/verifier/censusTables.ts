/**
 * The verifier's own census tables for n <= 6, computed without the census engine: every function
 * directly for n <= 4, identities over quarters for n = 5 and 6 (docs/certificates.md).
 *
 * Quarters: f on n variables is four functions q_b on m = n - 2 variables, b the last two bits, and
 * W_f(S + A) = sum_b (-1)^(A.b) W_qb(S) for S inside [m], A inside {n - 1, n}. So deg f <= k exactly
 * when (|S| > k) every W_qb(S) = 0, (|S| = k) the four W_qb(S) are equal, and (|S| = k - 1)
 * W_q00(S) + W_q11(S) = W_q10(S) + W_q01(S). Grouping the q of degree <= k by w = their level-k
 * sums, with u = level-(k-1) sums and s = W({}), and T_w(x, y) = #{(a, b): u_a + u_b = x,
 * s_a + s_b = y}: #{deg <= k} = sum_w,x (sum_y T_w(x, y))^2 and, as f is balanced when the four s
 * add up to 0, #{deg <= k, balanced} = sum_w,x,y T_w(x, y) T_w(x, -y).
 */
import { bitCount } from './walsh.js';

/** Walsh sums of every function on m <= 4 variables, row by row (the verifier's own butterfly). */
export function allSpectra(m: number): Int32Array[] {
  const size = 1 << m;
  const rows: Int32Array[] = [];
  for (let t = 0; t < 2 ** size; t++) {
    const c = new Int32Array(size);
    for (let x = 0; x < size; x++) c[x] = (t >>> x) & 1 ? -1 : 1;
    for (let bit = 1; bit < size; bit <<= 1) {
      for (let x = 0; x < size; x++) {
        if (x & bit) continue;
        const u = c[x]!;
        const v = c[x | bit]!;
        c[x] = u + v;
        c[x | bit] = u - v;
      }
    }
    rows.push(c);
  }
  return rows;
}

export function degreeOf(c: Int32Array): number {
  let d = 0;
  c.forEach((v, s) => (d = v !== 0 ? Math.max(d, bitCount(s)) : d));
  return d;
}

/** [#{deg <= k}, #{deg <= k, balanced}] for n = 5 or 6 by quarters. */
export function quarterCounts(n: number, k: number): [bigint, bigint] {
  const m = n - 2;
  const spectra = allSpectra(m);
  const groups = new Map<string, Map<string, { u: number[]; s: number; count: number }>>();
  for (const c of spectra) {
    if (degreeOf(c) > k) continue;
    const w: number[] = [];
    const u: number[] = [];
    c.forEach((v, s) => {
      if (bitCount(s) === k) w.push(v);
      if (bitCount(s) === k - 1) u.push(v);
    });
    const wKey = w.join(' ');
    if (!groups.has(wKey)) groups.set(wKey, new Map());
    const g = groups.get(wKey)!;
    const key = `${u.join(' ')}|${c[0]}`;
    const e = g.get(key);
    if (e) e.count++;
    else g.set(key, { u, s: c[0]!, count: 1 });
  }
  // x and y as digits of one number: entry i of x + 2^(m+1) at place R^i, then y + 2^(m+1).
  const R = 2 ** (m + 2) + 1;
  const half = 2 ** m;
  let all = 0n;
  let balanced = 0n;
  for (const g of groups.values()) {
    const entries = [...g.values()].map((e) => ({ ...e, code: e.u.reduce((acc, v, i) => acc + (v + half) * R ** i, 0) }));
    const yPlace = R ** (entries[0]?.u.length ?? 0);
    const T = new Map<number, number>();
    for (const a of entries) {
      for (const b of entries) {
        const key = a.code + b.code + yPlace * (a.s + b.s + 2 * half);
        T.set(key, (T.get(key) ?? 0) + a.count * b.count);
      }
    }
    const rowSums = new Map<number, number>(); // at most |group|^2 <= 2^32 pairs: exact in a double
    for (const [key, v] of T) {
      const yDigit = Math.floor(key / yPlace);
      const x = key - yDigit * yPlace;
      rowSums.set(x, (rowSums.get(x) ?? 0) + v);
      const mirrored = T.get(x + yPlace * (4 * half - yDigit)); // y -> -y
      if (mirrored !== undefined) balanced += BigInt(v) * BigInt(mirrored);
    }
    for (const sum of rowSums.values()) all += BigInt(sum) * BigInt(sum);
  }
  return [all, balanced];
}

/**
 * Bent functions on n = 6 (A = 8): the halves h0, h1 on 5 variables have W in {0, +-A} on
 * complementary supports. The verifier builds each such h from halves g0, g1 on 4 variables whose
 * sums lie in {0, +-A/2, +-A}, testing V0 +- V1 point by point, and pairs the supports.
 */
export function bentBySupports(n: number): bigint {
  const m = n - 2;
  const A = 2 ** (n / 2);
  const size = 1 << m;
  // Only |V| and the sign where |V| = A/2 matter for which sums are 0: key on those.
  const shapes = new Map<string, { v: number[]; count: number }>();
  for (const c of allSpectra(m)) {
    if (![...c].every((v) => v === 0 || Math.abs(v) === A / 2 || Math.abs(v) === A)) continue;
    const v = [...c].map((x) => (Math.abs(x) === A ? A : x));
    const key = v.join(' ');
    const e = shapes.get(key);
    if (e) e.count++;
    else shapes.set(key, { v, count: 1 });
  }
  // A point where one side is A/2-sized and the other not fails V0 +- V1 in {0, +-A}: only shapes
  // with the same A/2-sized points can pair, so they are paired within those buckets.
  const buckets = new Map<string, { v: number[]; count: number }[]>();
  for (const e of shapes.values()) {
    const mask = e.v.map((x) => (Math.abs(x) === A / 2 ? 1 : 0)).join('');
    if (!buckets.has(mask)) buckets.set(mask, []);
    buckets.get(mask)!.push(e);
  }
  const bySupport = new Map<number, number>();
  for (const list of buckets.values()) {
    const vs = list.map((e) => Int32Array.from(e.v));
    for (let i = 0; i < list.length; i++) {
      for (let j = 0; j < list.length; j++) {
        const a = vs[i]!;
        const b = vs[j]!;
        let support = 0;
        let ok = true;
        for (let x = 0; x < size && ok; x++) {
          const plus = a[x]! + b[x]!;
          const minus = a[x]! - b[x]!;
          if (a[x] === A || b[x] === A) {
            // +-A against 0 gives +-A both ways; against anything else some sum is neither 0 nor +-A.
            ok = a[x] === 0 || b[x] === 0;
            support += 2 ** x + 2 ** (x + size);
          } else {
            ok = (plus === 0 || plus === A || plus === -A) && (minus === 0 || minus === A || minus === -A);
            if (plus !== 0) support += 2 ** x;
            if (minus !== 0) support += 2 ** (x + size);
          }
        }
        if (ok) bySupport.set(support, (bySupport.get(support) ?? 0) + list[i]!.count * list[j]!.count);
      }
    }
  }
  let total = 0n;
  const all = 2 ** (2 * size) - 1;
  for (const [S, c] of bySupport) total += BigInt(c) * BigInt(bySupport.get(all - S) ?? 0);
  return total;
}
