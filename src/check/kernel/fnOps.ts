/**
 * The function half of the checker's Kernel (src/claim/kernel.ts) on plain Fn values: Walsh
 * coefficients, degrees, ANF, relevant variables. Exact: the 32-bit transform is used only when
 * max|f| * 2^n < 2^31 (no intermediate sum can overflow), native bigints otherwise. Scratch
 * buffers are reused between calls; nothing returned aliases them.
 */
import type { Fn } from '../../claim/values.js';
import { MAX_ANALYSIS_N, popcount } from '../../core/cube.js';
import { moebiusInPlace } from '../../core/anf.js';
import { fwhtInt32InPlace } from '../../core/fwht.js';

export function assertFn(f: Fn): void {
  if (!Number.isInteger(f.n) || f.n < 0 || f.n > MAX_ANALYSIS_N) throw new RangeError(`a function needs 0 <= n <= ${MAX_ANALYSIS_N}, got ${f.n}`);
  if (f.values.length !== 2 ** f.n) throw new RangeError(`a function on C_${f.n} needs ${2 ** f.n} values, got ${f.values.length}`);
}

const int32Scratch = new Map<number, Int32Array>();
const bitScratch = new Map<number, Uint8Array>();

function scratch<T>(cache: Map<number, T>, size: number, make: (size: number) => T): T {
  let s = cache.get(size);
  if (!s) cache.set(size, (s = make(size)));
  return s;
}

/** The 32-bit Walsh transform of f in a scratch buffer, or null when it might overflow. */
function walshInt32(f: Fn): Int32Array | null {
  assertFn(f);
  const v = f.values;
  let max = 0;
  for (let i = 0; i < v.length; i++) {
    const a = Math.abs(v[i]!);
    if (a > max) max = a;
  }
  if (max * v.length >= 2 ** 31) return null;
  const a = scratch(int32Scratch, v.length, (s) => new Int32Array(s));
  a.set(v);
  fwhtInt32InPlace(a);
  return a;
}

function walshBig(f: Fn): bigint[] {
  const a = Array.from(f.values, (x) => BigInt(x));
  for (let h = 1; h < a.length; h <<= 1) {
    for (let i = 0; i < a.length; i += h << 1) {
      for (let j = i; j < i + h; j++) {
        const x = a[j]!;
        const y = a[j + h]!;
        a[j] = x + y;
        a[j + h] = x - y;
      }
    }
  }
  return a;
}

export function walsh(f: Fn): bigint[] {
  const a = walshInt32(f);
  return a === null ? walshBig(f) : Array.from(a, (x) => BigInt(x));
}

/** Largest popcount of an index with a non-zero entry; null when all are zero. */
function topLevel(a: ArrayLike<number | bigint>): number | null {
  let d = -1;
  for (let s = 0; s < a.length; s++) {
    if (a[s] != 0) {
      const k = popcount(s);
      if (k > d) d = k;
    }
  }
  return d < 0 ? null : d;
}

export function degree(f: Fn): number | null {
  return topLevel(walshInt32(f) ?? walshBig(f));
}

export function isBoolean(f: Fn): boolean {
  assertFn(f);
  const v = f.values;
  for (let i = 0; i < v.length; i++) if (v[i] !== 1 && v[i] !== -1) return false;
  return true;
}

function anfInto(f: Fn, bits: Uint8Array): Uint8Array {
  if (!isBoolean(f)) throw new RangeError('the ANF is defined for Boolean (+-1 valued) functions only');
  const v = f.values;
  for (let i = 0; i < v.length; i++) bits[i] = v[i] === -1 ? 1 : 0;
  moebiusInPlace(bits);
  return bits;
}

export function anf(f: Fn): Uint8Array {
  return anfInto(f, new Uint8Array(f.values.length));
}

export function gf2Degree(f: Fn): number | null {
  return topLevel(anfInto(f, scratch(bitScratch, f.values.length, (s) => new Uint8Array(s))));
}

/** Variable i is relevant iff f(x) != f(x with bit i-1 flipped) for some x (same as the Fourier definition). */
export function relevantVariables(f: Fn): number[] {
  assertFn(f);
  const v = f.values;
  const out: number[] = [];
  for (let i = 0; i < f.n; i++) {
    const bit = 1 << i;
    for (let x = 0; x < v.length; x++) {
      if (!(x & bit) && v[x] !== v[x | bit]) {
        out.push(i + 1);
        break;
      }
    }
  }
  return out;
}

export function chi(n: number, set: number): Fn {
  if (!Number.isInteger(n) || n < 0 || n > MAX_ANALYSIS_N) throw new RangeError(`chi needs 0 <= n <= ${MAX_ANALYSIS_N}, got ${n}`);
  if (!Number.isInteger(set) || set < 0 || set >= 2 ** n) throw new RangeError(`${set} is not a subset mask of [${n}]`);
  const values = new Int32Array(2 ** n);
  for (let x = 0; x < values.length; x++) values[x] = popcount(x & set) & 1 ? -1 : 1;
  return { n, values };
}
