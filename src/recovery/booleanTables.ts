/**
 * Lookup tables over every Boolean function on C_d for d <= 4 (2^(2^d) <= 65536 of them), indexed
 * by the code sum_{x : f(x) = -1} 2^x (the hex: literal's number). Built once per d, on demand.
 */
import { popcount } from '../core/cube.js';
import { fwhtInt32InPlace } from '../core/fwht.js';
import { moebiusInPlace } from '../core/anf.js';

export const MAX_TABLE_D = 4;

export interface BooleanTables {
  readonly d: number;
  /** deg(f) (Fourier); a +-1 function is never 0, so always defined. */
  readonly degree: Int8Array;
  /** deg2(f), with 0 for f = +1 (where deg2 is null: no monomial costs nothing). */
  readonly gf2: Int8Array;
  /** 4^d W^k(f) at index code * (d + 1) + k: integers, since 2^d fhat(S) is an integer. */
  readonly profile: Int32Array;
}

const cache = new Map<number, BooleanTables>();

export function booleanTables(d: number): BooleanTables {
  if (!Number.isInteger(d) || d < 0 || d > MAX_TABLE_D) throw new RangeError(`Boolean tables are built for d <= ${MAX_TABLE_D}`);
  const hit = cache.get(d);
  if (hit) return hit;
  const size = 2 ** d;
  const count = 2 ** size;
  const degree = new Int8Array(count);
  const gf2 = new Int8Array(count);
  const profile = new Int32Array(count * (d + 1));
  const values = new Int32Array(size);
  const bits = new Uint8Array(size);
  for (let code = 0; code < count; code++) {
    for (let x = 0; x < size; x++) {
      const b = (code >>> x) & 1;
      values[x] = b ? -1 : 1;
      bits[x] = b;
    }
    fwhtInt32InPlace(values);
    moebiusInPlace(bits);
    let deg = 0;
    let deg2 = 0;
    for (let S = 0; S < size; S++) {
      const k = popcount(S);
      const c = values[S]!;
      if (c !== 0) {
        if (k > deg) deg = k;
        profile[code * (d + 1) + k]! += c * c;
      }
      if (bits[S] && k > deg2) deg2 = k;
    }
    degree[code] = deg;
    gf2[code] = deg2;
  }
  const tables = { d, degree, gf2, profile };
  cache.set(d, tables);
  return tables;
}
