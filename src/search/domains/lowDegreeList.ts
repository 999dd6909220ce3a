/**
 * All Boolean functions on C_n of Fourier degree <= k (k < n), as truth tables sorted by table
 * number (the canonical order of low-degree-functions). Instead of filtering all 2^(2^n) tables,
 * the candidates are the functions of GF(2) degree <= k: deg2(f) <= deg(f) (docs/math.md T4), so every
 * member is among them. They are walked in Gray-code order of their ANF coefficients (one XOR of a
 * monomial table per step), kept when an exact integer Walsh transform has no weight above level
 * k, and sorted. (A certificate verifier re-enumerates by the plain filter, so nothing here is
 * trusted; test/check compares both for n <= 4.)
 */
import { binomial, popcount } from '../../core/cube.js';
import { fwhtInt32InPlace } from '../../core/fwht.js';

export interface TableList {
  readonly n: number;
  /** 32-bit words per table (least significant first). */
  readonly wordsPerTable: number;
  readonly count: number;
  /** Table t occupies words [t * wordsPerTable, (t + 1) * wordsPerTable). */
  readonly words: Uint32Array;
}

/** Candidates (2^M, M = number of monomials of degree <= k) times the work per candidate. */
export function lowDegreeListWork(n: number, k: number): number {
  let monomials = 0;
  for (let j = 0; j <= k; j++) monomials += binomial(n, j);
  return 2 ** monomials * 2 ** n * (n + 2);
}

/** Lists above this much work are not built (their size is then unknown to the checker). */
export const MAX_LIST_WORK = 2 ** 27;

const cache = new Map<string, TableList>();

/** The sorted list, or null when building it would take more than MAX_LIST_WORK. */
export function lowDegreeTables(n: number, k: number): TableList | null {
  if (k >= n) throw new RangeError('lowDegreeTables needs k < n (otherwise every function qualifies)');
  const key = `${n},${k}`;
  const hit = cache.get(key);
  if (hit) return hit;
  if (lowDegreeListWork(n, k) > MAX_LIST_WORK) return null;
  const list = build(n, k);
  cache.set(key, list);
  return list;
}

function build(n: number, k: number): TableList {
  const size = 2 ** n;
  const W = Math.max(1, size >>> 5);
  const monomials: Uint32Array[] = [];
  for (let t = 0; t < size; t++) {
    if (popcount(t) > k) continue;
    const table = new Uint32Array(W);
    for (let x = 0; x < size; x++) if ((x & t) === t) table[x >>> 5]! |= 1 << (x & 31);
    monomials.push(table);
  }
  const high: number[] = [];
  for (let s = 0; s < size; s++) if (popcount(s) > k) high.push(s);
  const table = new Uint32Array(W);
  const signs = new Int32Array(size);
  let out = new Uint32Array(W * 64);
  let count = 0;
  const total = 2 ** monomials.length;
  for (let g = 0; g < total; g++) {
    if (g > 0) {
      const flip = monomials[31 - Math.clz32(g & -g)]!;
      for (let w = 0; w < W; w++) table[w]! ^= flip[w]!;
    }
    for (let x = 0; x < size; x++) signs[x] = (table[x >>> 5]! >>> (x & 31)) & 1 ? -1 : 1;
    fwhtInt32InPlace(signs);
    if (high.some((s) => signs[s] !== 0)) continue;
    if ((count + 1) * W > out.length) {
      const grown = new Uint32Array(out.length * 2);
      grown.set(out);
      out = grown;
    }
    out.set(table, count * W);
    count++;
  }
  return { n, wordsPerTable: W, count, words: sortTables(out.subarray(0, count * W), W, count) };
}

function sortTables(words: Uint32Array, W: number, count: number): Uint32Array {
  if (W === 1) return Uint32Array.from(words).sort();
  const order = Array.from({ length: count }, (_, i) => i).sort((a, b) => {
    for (let w = W - 1; w >= 0; w--) {
      const d = words[a * W + w]! - words[b * W + w]!;
      if (d !== 0) return d;
    }
    return 0;
  });
  const sorted = new Uint32Array(count * W);
  order.forEach((src, dst) => sorted.set(words.subarray(src * W, (src + 1) * W), dst * W));
  return sorted;
}
