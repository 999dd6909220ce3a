/**
 * The slow obvious census, for cross-checks: every function built afresh as a CubeFunction and
 * measured with src/core (spectrum.ts, degree.ts, anf.ts); relevant variables and balance read
 * straight off the truth table (independently of the Fourier side).
 */
import { fromSignBits } from '../../src/core/cubeFunction.js';
import { spectrum } from '../../src/core/spectrum.js';
import { gf2Degree, spectrumDegree } from '../../src/core/degree.js';
import { type Cell, cellIndex, emptyHistogram, type Histogram } from '../../src/census/histogram.js';

export function bit(word: number, x: number): number {
  return Math.floor(word / 2 ** x) % 2;
}

export function bruteCell(n: number, word: number): Cell {
  const size = 1 << n;
  const f = fromSignBits(n, (x) => bit(word, x) === 1);
  const s = spectrum(f);
  const c = s.coefficients as Int32Array;
  let relevant = 0;
  for (let v = 0; v < n; v++) {
    let depends = false;
    for (let x = 0; x < size; x++) if (bit(word, x) !== bit(word, x ^ (1 << v))) depends = true;
    if (depends) relevant++;
  }
  let ones = 0;
  for (let x = 0; x < size; x++) ones += bit(word, x);
  const root = 2 ** (n / 2);
  return {
    degree: spectrumDegree(s),
    gf2Degree: gf2Degree(f),
    relevant,
    balanced: 2 * ones === size,
    bent: Array.from(c).every((v) => Math.abs(v) === root),
  };
}

/** Histogram of all n-variable Boolean functions, by brute force. */
export function bruteHistogram(n: number): Histogram {
  const h = emptyHistogram();
  for (let w = 0; w < 2 ** 2 ** n; w++) h[cellIndex(bruteCell(n, w))]!++;
  return h;
}

export function binomialBig(n: number, k: number): bigint {
  let r = 1n;
  for (let i = 1; i <= k; i++) r = (r * BigInt(n - k + i)) / BigInt(i);
  return r;
}
