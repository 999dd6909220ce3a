/**
 * The left-coset normal form of a bijection U of C_n under A o U (A in AGL(n, 2)): the least
 * table in {A o U}, found greedily (A sends U(0) to 0 and each value leaving the span of the
 * earlier ones to the next unit vector 2^k). Normal forms are ranked in lexicographic order by a
 * mixed-radix count, so a bit per normal form marks the 16!/|AGL(4, 2)| = 64864800 left cosets of
 * 4-bit bijections in 8 MB (docs/math.md, "Affine equivalence of bijections").
 */

/** completions[x * (n + 1) + k]: normal-form tails after x values with a span of dimension k. */
export function completionCounts(n: number): Float64Array {
  const size = 2 ** n;
  const c = new Float64Array((size + 1) * (n + 1));
  c[size * (n + 1) + n] = 1;
  for (let x = size - 1; x >= 1; x--) {
    for (let k = 0; k <= n; k++) {
      if (x > 2 ** k) continue;
      const inSpan = (2 ** k - x) * c[(x + 1) * (n + 1) + k]!;
      const grow = k < n ? c[(x + 1) * (n + 1) + k + 1]! : 0;
      c[x * (n + 1) + k] = inSpan + grow;
    }
  }
  return c;
}

/** The number of normal forms: (2^n)! / |AGL(n, 2)|. */
export const normalFormCount = (n: number, counts = completionCounts(n)): number => counts[1 * (n + 1) + 0]!;

export interface NormalFormWorkspace {
  readonly n: number;
  readonly counts: Float64Array;
  readonly lmap: Uint8Array;
  readonly list: Uint8Array;
  readonly out: Uint8Array;
}

export function normalFormWorkspace(n: number): NormalFormWorkspace {
  const size = 2 ** n;
  return { n, counts: completionCounts(n), lmap: new Uint8Array(size), list: new Uint8Array(size), out: new Uint8Array(size) };
}

/** The normal form of u (written to w.out) and its rank. */
export function normalFormRank(u: ArrayLike<number>, w: NormalFormWorkspace): number {
  const { n, counts, lmap, list, out } = w;
  const size = u.length;
  const stride = n + 1;
  lmap.fill(255);
  const u0 = u[0]!;
  lmap[0] = 0;
  list[0] = 0;
  out[0] = 0;
  let count = 1;
  let k = 0;
  let used = 1;
  let rank = 0;
  for (let x = 1; x < size; x++) {
    const d = u[x]! ^ u0;
    const block = counts[(x + 1) * stride + k]!;
    let v = lmap[d]!;
    if (v === 255) {
      const unit = 1 << k;
      for (let s = 0; s < count; s++) {
        const e = list[s]!;
        lmap[e ^ d] = lmap[e]! ^ unit;
        list[count + s] = e ^ d;
      }
      count *= 2;
      rank += (2 ** k - x) * block;
      k++;
      v = unit;
    } else {
      rank += (v - popcount(used & ((1 << v) - 1))) * block;
    }
    out[x] = v;
    used |= (1 << v);
  }
  return rank;
}

/** The normal form of the given rank (the inverse of normalFormRank on normal forms). */
export function unrankNormalForm(rank: number, w: NormalFormWorkspace): Uint8Array {
  const { n, counts } = w;
  const size = 2 ** n;
  const stride = n + 1;
  const form = new Uint8Array(size);
  let used = 1;
  let k = 0;
  let r = rank;
  for (let x = 1; x < size; x++) {
    const block = counts[(x + 1) * stride + k]!;
    const inSpan = 2 ** k - x;
    if (r < inSpan * block) {
      let j = Math.floor(r / block);
      r -= j * block;
      let v = 0;
      for (; ; v++) if (!((used >>> v) & 1) && j-- === 0) break;
      form[x] = v;
    } else {
      r -= inSpan * block;
      form[x] = 1 << k;
      k++;
    }
    used |= 1 << form[x]!;
  }
  return form;
}

function popcount(v: number): number {
  let c = 0;
  for (let x = v; x !== 0; x &= x - 1) c++;
  return c;
}
