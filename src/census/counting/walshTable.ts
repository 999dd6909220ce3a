/**
 * The Walsh sums of every Boolean function on m <= 4 variables: row t holds
 * W_t(S) = sum_x f_t(x) chi_S(x) for the function f_t whose truth-table bit x is set where
 * f_t(x) = -1 (docs/math.md conventions). The counting census builds everything from these rows.
 */
import { registerMemo } from './memo.js';

export const MAX_TABLE_M = 4;

export interface WalshTable {
  readonly m: number;
  /** 2^m: points and subsets. */
  readonly size: number;
  /** 2^(2^m): functions (rows). */
  readonly count: number;
  /** Row t at [t * size, (t + 1) * size). */
  readonly sums: Int32Array;
}

const cache = registerMemo(new Map<number, WalshTable>());

export function popcount(v: number): number {
  let c = 0;
  for (let x = v; x !== 0; x &= x - 1) c++;
  return c;
}

/** Subsets of [m] of size k, ascending by mask. */
export function levelSets(m: number, k: number): number[] {
  const out: number[] = [];
  if (k < 0) return out;
  for (let s = 0; s < 1 << m; s++) if (popcount(s) === k) out.push(s);
  return out;
}

export function walshTable(m: number): WalshTable {
  if (!Number.isInteger(m) || m < 0 || m > MAX_TABLE_M) throw new RangeError(`walshTable needs 0 <= m <= ${MAX_TABLE_M}, got ${m}`);
  const hit = cache.get(m);
  if (hit) return hit;
  const size = 1 << m;
  const count = 2 ** size;
  const sums = new Int32Array(count * size);
  for (let t = 0; t < count; t++) {
    const base = t * size;
    for (let x = 0; x < size; x++) sums[base + x] = (t >>> x) & 1 ? -1 : 1;
    for (let h = 1; h < size; h <<= 1) {
      for (let i = 0; i < size; i += 2 * h) {
        for (let j = base + i; j < base + i + h; j++) {
          const a = sums[j]!;
          const b = sums[j + h]!;
          sums[j] = a + b;
          sums[j + h] = a - b;
        }
      }
    }
  }
  const table = { m, size, count, sums };
  cache.set(m, table);
  return table;
}
