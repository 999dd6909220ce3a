/**
 * Degrees (docs/math.md section 3): the Fourier degree max{|S| : fhat(S) != 0} and the GF(2) degree of
 * the algebraic normal form. Both are null for the functions docs/math.md says they are undefined on.
 */
import { popcount } from './cube.js';
import type { CubeFunction } from './cubeFunction.js';
import { fwhtInt32InPlace } from './fwht.js';
import { anf } from './anf.js';
import { type Spectrum, isNonZero, spectrum } from './spectrum.js';

/** Fourier degree of a spectrum; null for the zero function. */
export function spectrumDegree(s: Spectrum): number | null {
  // Levels n and n - 1 first (n + 1 lookups): a dense function almost always stops there.
  const full = s.coefficients.length - 1;
  if (isNonZero(s, full)) return s.n;
  for (let i = 0; i < s.n; i++) if (isNonZero(s, full ^ (1 << i))) return s.n - 1;
  let d: number | null = null;
  for (let S = 0; S < s.coefficients.length; S++) {
    if (isNonZero(s, S)) {
      const k = popcount(S);
      if (d === null || k > d) d = k;
    }
  }
  return d;
}

export function degree(f: CubeFunction): number | null {
  return spectrumDegree(spectrum(f));
}

/**
 * Fourier degree of a +-1 table given as a plain Int32Array, which is transformed in place
 * (a fast path for search code; the caller gives up the array).
 */
export function degreeOfSignsInPlace(values: Int32Array): number | null {
  fwhtInt32InPlace(values);
  let d: number | null = null;
  for (let S = 0; S < values.length; S++) {
    if (values[S] !== 0) {
      const k = popcount(S);
      if (d === null || k > d) d = k;
    }
  }
  return d;
}

/** GF(2) degree of a Boolean function (F = (1 - f)/2); null for f = +1 (F = 0). */
export function gf2Degree(f: CubeFunction): number | null {
  const a = anf(f);
  let d: number | null = null;
  for (let T = 0; T < a.length; T++) {
    if (a[T]) {
      const k = popcount(T);
      if (d === null || k > d) d = k;
    }
  }
  return d;
}
