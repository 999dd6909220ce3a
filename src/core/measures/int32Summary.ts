/**
 * One pass over an Int32Array transform (a spectrum's numerators, a Walsh spectrum) for the
 * statistics several measures read: the number of non-zero entries, the OR of their indices (the
 * relevant variables), max |c| and sum |c|. Kept per array (the measures share the subject's one
 * transform, which they never write): at n = 24 each pass costs about 60 ms, and sparsity,
 * relevance, linearity, nonlinearity, the spectral norm and analyze's text each made one.
 *
 * sum |c| is exact: with |c| <= 2^31, a chunk of 2^21 entries sums below 2^52 (an exact integer
 * in a double), and the chunks are added as bigints.
 */
export interface Int32Summary {
  readonly nonZero: number;
  /** OR of the indices S with c[S] != 0 (unsigned). */
  readonly support: number;
  readonly maxAbs: number;
  readonly sumAbs: bigint;
}

const cache = new WeakMap<Int32Array, Int32Summary>();
const CHUNK = 1 << 21;

export function int32Summary(c: Int32Array): Int32Summary {
  let s = cache.get(c);
  if (s === undefined) cache.set(c, (s = summarize(c)));
  return s;
}

function summarize(c: Int32Array): Int32Summary {
  let nonZero = 0;
  let support = 0;
  let maxAbs = 0;
  let sumAbs = 0n;
  for (let start = 0; start < c.length; start += CHUNK) {
    let chunk = 0; // < 2^21 * 2^31 = 2^52: an exact integer in a double
    for (let i = start, end = Math.min(c.length, start + CHUNK); i < end; i++) {
      const v = c[i]!;
      if (v === 0) continue;
      nonZero++;
      support |= i;
      const a = v < 0 ? -v : v;
      if (a > maxAbs) maxAbs = a;
      chunk += a;
    }
    sumAbs += BigInt(chunk);
  }
  return { nonZero, support: support >>> 0, maxAbs, sumAbs };
}
