/**
 * The integer core of every weight measure: sums of squared spectrum numerators c_S (where
 * fhat(S) = c_S / scale), grouped by level |S| or by variable. Results are exact bigints; the
 * weights are these sums over scale^2.
 *
 * Fast path (Int32Array coefficients): accumulate c_S * c_S in doubles. Claim: a computed sum
 * of non-negative integers, in any bracketing, that comes out below 2^53 is exact. Proof: if
 * every true partial sum is below 2^53, every product and addition is exact. Otherwise take the
 * first operation whose true result reaches 2^53: its inputs are exact, and round-to-nearest is
 * monotone with 2^53 representable, so its computed result is >= 2^53; adding non-negative
 * numbers never decreases a computed value, so the final result is >= 2^53 too. (A product
 * c*c >= 2^53 likewise rounds to >= 2^53.) So each sum is checked against 2^53 and, if any is
 * not below, everything is recomputed with native bigints. A Boolean function's total is
 * 4^n <= 2^48 for n <= 24, so it never falls back.
 */
import { popcount } from '../cube.js';
import type { IntValues } from '../cubeFunction.js';
import type { BigInteger } from '../rational.js';
import type { Spectrum } from '../spectrum.js';

const EXACT_LIMIT = 2 ** 53;

/** A big-integer (or small number) as a native bigint, without a string round trip when possible. */
export function toNativeBigInt(x: number | BigInteger): bigint {
  if (typeof x === 'number') return BigInt(x);
  const v = (x as unknown as { value?: unknown }).value; // big-integer's native-BigInt wrapper
  return typeof v === 'bigint' ? v : BigInt(x.toString());
}

function nativeArray(c: IntValues): bigint[] {
  const out: bigint[] = new Array(c.length);
  for (let i = 0; i < c.length; i++) out[i] = toNativeBigInt(c[i]!);
  return out;
}

const allExact = (sums: Float64Array): boolean => sums.every((x) => x < EXACT_LIMIT);

/** popcount of every byte. */
const BYTE_POPCOUNT = Uint8Array.from({ length: 256 }, (_, b) => popcount(b));

/**
 * Kept per spectrum: the degree profile, the total influence and noise stability all read the
 * level sums, and at n = 24 each pass over the 2^24 coefficients costs about 60 ms.
 */
const levelCache = new WeakMap<Spectrum, readonly bigint[]>();

/** L[k] = sum_{|S| = k} c_S^2 for k = 0..n (a fresh array; computed once per spectrum). */
export function levelSquareSums(s: Spectrum): bigint[] {
  let sums = levelCache.get(s);
  if (sums === undefined) levelCache.set(s, (sums = computeLevelSquareSums(s)));
  return sums.slice();
}

function computeLevelSquareSums(s: Spectrum): bigint[] {
  const c = s.coefficients;
  if (c instanceof Int32Array) {
    const acc = new Float64Array(s.n + 1);
    // S = (high << 8) | low: |S| = popcount(high) + popcount(low), one table lookup per S.
    const lowSize = Math.min(c.length, 256);
    for (let base = 0; base < c.length; base += lowSize) {
      const high = popcount(base);
      for (let low = 0; low < lowSize; low++) {
        const v = c[base + low]!;
        acc[high + BYTE_POPCOUNT[low]!] += v * v;
      }
    }
    if (allExact(acc)) return Array.from(acc, (x) => BigInt(x));
  }
  const b = nativeArray(c);
  const out: bigint[] = new Array(s.n + 1).fill(0n);
  for (let S = 0; S < b.length; S++) {
    const v = b[S]!;
    if (v !== 0n) out[popcount(S)] += v * v;
  }
  return out;
}

/**
 * I[j] = sum_{S contains j+1} c_S^2 for j = 0..n-1 (0-based index of variable x_{j+1}).
 * Fast path: one pass filing c_S^2 by each byte of S (bytes[q][b] = sum over S whose byte q is
 * b); each of these sums is checked exact, and I[j] is then the bigint sum of the bytes[q][b]
 * with bit j - 8q of b set.
 */
export function variableSquareSums(s: Spectrum): bigint[] {
  const c = s.coefficients;
  const size = c.length;
  if (c instanceof Int32Array && size <= 256) {
    // Small n: file each c_S^2 under its variables directly (exact below 2^53, as above).
    const sums = new Float64Array(s.n);
    for (let S = 1; S < size; S++) {
      const v = c[S]!;
      if (v === 0) continue;
      for (let m = S; m !== 0; m &= m - 1) sums[31 - Math.clz32(m & -m)] += v * v;
    }
    if (allExact(sums)) return Array.from(sums, (x) => BigInt(x));
  }
  if (c instanceof Int32Array && s.n <= 32) {
    const b0 = new Float64Array(256);
    const b1 = new Float64Array(256);
    const b2 = new Float64Array(256);
    const b3 = new Float64Array(256);
    const lowSize = Math.min(size, 256);
    for (let base = 0; base < size; base += lowSize) {
      let block = 0;
      for (let low = 0; low < lowSize; low++) {
        const v = c[base + low]!;
        const sq = v * v;
        b0[low] += sq;
        block += sq;
      }
      b1[(base >>> 8) & 255] += block;
      b2[(base >>> 16) & 255] += block;
      b3[base >>> 24] += block;
    }
    const bytes = [b0, b1, b2, b3];
    if (bytes.every(allExact)) {
      // Sums of the exact byte sums, in doubles: exact while below 2^53 (the claim above).
      const sums = new Float64Array(s.n);
      for (let j = 0; j < s.n; j++) {
        const table = bytes[j >>> 3]!;
        const bit = 1 << (j & 7);
        for (let b = bit; b < 256; b++) if (b & bit) sums[j] += table[b]!;
      }
      if (allExact(sums)) return Array.from(sums, (x) => BigInt(x));
    }
  }
  const b = nativeArray(c);
  const out: bigint[] = new Array(s.n).fill(0n);
  for (let S = 1; S < size; S++) {
    const v = b[S]!;
    if (v === 0n) continue;
    const sq = v * v;
    for (let m = S; m !== 0; m &= m - 1) out[31 - Math.clz32(m & -m)] += sq;
  }
  return out;
}

/** scale^2 as a native bigint: the common denominator of every weight. */
export function scaleSquared(s: Spectrum): bigint {
  const q = toNativeBigInt(s.scale);
  return q * q;
}
