/** The verifier's counting and Walsh basics, shared by its kernel, interpolator and recovery. */

export function bitCount(v: number): number {
  let c = 0;
  for (; v !== 0; v >>>= 1) c += v & 1;
  return c;
}

/** chi_S at point x: (-1)^{|S & x|}. */
export function chiAt(set: number, x: number): 1 | -1 {
  return bitCount(set & x) % 2 === 0 ? 1 : -1;
}

/**
 * c_S = sum_x v(x) chi_S(x) for a table of 2^n integers, by the Walsh-Hadamard butterfly: the pass
 * for bit b maps each pair (c[x], c[x + b]), x without bit b, to (c[x] + c[x + b], c[x] - c[x + b]),
 * which sums out that one coordinate against chi_{} and chi_{{b}}.
 */
export function walshOf(values: readonly bigint[]): bigint[] {
  const c = [...values];
  for (let bit = 1; bit < c.length; bit <<= 1) {
    for (let x = 0; x < c.length; x++) {
      if (x & bit) continue;
      const [u, v] = [c[x]!, c[x | bit]!];
      c[x] = u + v;
      c[x | bit] = u - v;
    }
  }
  return c;
}

/** Largest |S| with coeffs[S] nonzero, or null when all are zero. */
export function topLevel(coeffs: ArrayLike<bigint | number>): number | null {
  let best: number | null = null;
  for (let s = 0; s < coeffs.length; s++) {
    if (coeffs[s] !== 0n && coeffs[s] !== 0 && (best === null || bitCount(s) > best)) best = bitCount(s);
  }
  return best;
}
