/**
 * The fast tables of a map T: C_n -> C_m (docs/math.md "## Measures", "Maps as S-boxes"), flat with
 * cell (a, b) at a * 2^m + b. Counts and Walsh values are at most 2^n <= 2^20: Int32 is exact.
 */
import { popcount } from '../../core/cube.js';
import { fwhtInt32InPlace } from '../../core/fwht.js';
import type { CubeMap } from '../../model/values.js';

/** DDT(a, b) = #{x : T(x) xor T(x xor a) = b}, by one pass over (a, x). */
export function differenceTable(t: CubeMap): Int32Array {
  const rows = 2 ** t.n;
  const cols = 2 ** t.m;
  const out = new Int32Array(rows * cols);
  for (let a = 0; a < rows; a++) {
    const base = a * cols;
    for (let x = 0; x < rows; x++) out[base + (t.image[x]! ^ t.image[x ^ a]!)]! += 1;
  }
  return out;
}

/** W_T(a, b) by one fast Walsh transform per output mask b. */
export function walshTable(t: CubeMap): Int32Array {
  const rows = 2 ** t.n;
  const cols = 2 ** t.m;
  const out = new Int32Array(rows * cols);
  const buf = new Int32Array(rows);
  for (let b = 0; b < cols; b++) {
    for (let x = 0; x < rows; x++) buf[x] = popcount(t.image[x]! & b) & 1 ? -1 : 1;
    fwhtInt32InPlace(buf);
    for (let a = 0; a < rows; a++) out[a * cols + b] = buf[a]!;
  }
  return out;
}

/** ACT(a, b) = sum_c DDT(a, c) (-1)^(b.c): one Walsh transform per DDT row. */
export function autocorrelationTable(t: CubeMap, ddt: Int32Array): Int32Array {
  const rows = 2 ** t.n;
  const cols = 2 ** t.m;
  const out = new Int32Array(rows * cols);
  for (let a = 0; a < rows; a++) {
    const row = ddt.slice(a * cols, (a + 1) * cols);
    fwhtInt32InPlace(row);
    out.set(row, a * cols);
  }
  return out;
}

/**
 * BCT(a, b) = #{x : T^-1(T(x) xor b) xor T^-1(T(x xor a) xor b) = a}. With d_b(x) = x xor
 * T^-1(T(x) xor b) that is #{x : d_b(x) = d_b(x xor a)}: bucket the points by d_b and count the
 * differences of the ordered pairs within each bucket.
 */
export function boomerangTable(t: CubeMap, inv: Uint32Array): Int32Array {
  const size = 2 ** t.n;
  const out = new Int32Array(size * size);
  const d = new Uint32Array(size);
  const order = new Uint32Array(size);
  for (let b = 0; b < size; b++) {
    for (let x = 0; x < size; x++) d[x] = x ^ inv[t.image[x]! ^ b]!;
    for (let x = 0; x < size; x++) order[x] = x;
    order.sort((p, q) => d[p]! - d[q]! || p - q);
    let start = 0;
    while (start < size) {
      let end = start;
      while (end < size && d[order[end]!] === d[order[start]!]) end++;
      for (let i = start; i < end; i++) for (let j = start; j < end; j++) out[(order[i]! ^ order[j]!) * size + b]! += 1;
      start = end;
    }
  }
  return out;
}

/** deg_2(b.T) for every output mask b by the binary Moebius transform; null where b.T = 0. */
export function componentGf2Degrees(t: CubeMap): (number | null)[] {
  const rows = 2 ** t.n;
  const buf = new Uint8Array(rows);
  const out: (number | null)[] = [];
  for (let b = 0; b < 2 ** t.m; b++) {
    for (let x = 0; x < rows; x++) buf[x] = popcount(t.image[x]! & b) & 1;
    for (let bit = 1; bit < rows; bit <<= 1) for (let x = 0; x < rows; x++) if (x & bit) buf[x]! ^= buf[x ^ bit]!;
    let deg: number | null = null;
    for (let x = 0; x < rows; x++) if (buf[x] && (deg === null || popcount(x) > deg)) deg = popcount(x);
    out.push(deg);
  }
  return out;
}

/** The real (Fourier) degree of b.T from the Walsh table: max |a| with W_T(a, b) != 0. */
export function componentDegreeFromWalsh(n: number, m: number, w: Int32Array, b: number): number {
  const cols = 2 ** m;
  let deg = 0;
  for (let a = 0; a < 2 ** n; a++) if (w[a * cols + b] !== 0 && popcount(a) > deg) deg = popcount(a);
  return deg;
}

/** Rows of a flat table, for JSON. */
export function tableRows(n: number, m: number, flat: Int32Array): number[][] {
  const cols = 2 ** m;
  return Array.from({ length: 2 ** n }, (_, a) => Array.from(flat.subarray(a * cols, (a + 1) * cols)));
}
