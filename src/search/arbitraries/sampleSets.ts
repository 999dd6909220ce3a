/**
 * The samplers of subsets of C_n and of integer-valued functions (cubecheck-mix/1,
 * docs/certificates.md "Sampled cases"): a uniform family reaching every member, and structured
 * ones (few points, their complements, subcubes, Hamming layers around a centre, the -1 set of a
 * sampled Boolean function; constants, two values on a sampled Boolean function).
 */
import type { RandomSource } from './random.js';
import { popcount, sampleBooleanTable, tabulate, uniformTable } from './sampleFunctions.js';

/** Membership of every point (1: in the set). */
export function sampleSubsetMask(src: RandomSource, n: number): Uint8Array {
  const size = 2 ** n;
  const c = src.below(8);
  if (c <= 2) return Uint8Array.from(uniformTable(src, size), (v) => (v === -1 ? 1 : 0));
  if (c === 3 || c === 4) {
    const mask = new Uint8Array(size).fill(c === 3 ? 0 : 1);
    for (let t = src.below(4); t > 0; t--) mask[src.below(size)] = c === 3 ? 1 : 0;
    return mask;
  }
  if (c === 5) {
    const fixed = Array.from({ length: n }, () => src.below(3));
    return Uint8Array.from({ length: size }, (_, x) => (fixed.every((f, i) => f === 0 || ((x >>> i) & 1) === f - 1) ? 1 : 0));
  }
  if (c === 6) {
    const layers = Array.from({ length: n + 1 }, () => src.below(2));
    const centre = src.below(size);
    return Uint8Array.from({ length: size }, (_, x) => layers[popcount(x ^ centre)]!);
  }
  return Uint8Array.from(sampleBooleanTable(src, n), (v) => (v === -1 ? 1 : 0));
}

/** Values in min..max (r = max - min + 1 <= 2^32 values). */
export function sampleIntegerTable(src: RandomSource, n: number, min: number, max: number): Int32Array {
  const size = 2 ** n;
  const r = max - min + 1;
  const c = src.below(4);
  if (c <= 1) return tabulate(size, () => min + src.below(r));
  if (c === 2) return new Int32Array(size).fill(min + src.below(r));
  const a = min + src.below(r);
  const b = min + src.below(r);
  return Int32Array.from(sampleBooleanTable(src, n), (v) => (v === -1 ? b : a));
}
