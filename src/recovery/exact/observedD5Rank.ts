/**
 * How many coordinates of a bijection can come from a set of codes (docs/math.md, "Counting the dear
 * coordinates when every code costs <= L + 1", the rank bound on the passes). For a bijection V of
 * C_d and a nonempty set S of its coordinates, the XOR of their codes is the code of chi_S o V,
 * balanced (V is a bijection and chi_S is balanced): never 0 nor all ones. So the coordinates' codes
 * are linearly independent in GF(2)^(2^d) modulo the all-ones vector, and at most
 * rank(C + {all ones}) - 1 coordinates are codes of C. With a generic psi into C_6 the cost-1 codes
 * are one code and its complement: at most one coordinate costs 1, so every class vector with two
 * positions of value 1 is an empty pass (the search found that only after its heads, in every such pass).
 */
import type { CoordinateCandidates } from './observedCoordinates.js';
import { coordinatesUpTo } from './observedCoordinates.js';

/** rank over GF(2) of 32-bit vectors (Gaussian elimination on the highest bit). */
export function gf2Rank(vectors: Iterable<number>): number {
  const basis = new Uint32Array(32);
  let rank = 0;
  for (let v of vectors) {
    v >>>= 0;
    for (let b = 31; b >= 0 && v !== 0; b--) {
      if (((v >>> b) & 1) === 0) continue;
      if (basis[b] === 0) {
        basis[b] = v;
        rank++;
        v = 0;
      } else v = (v ^ basis[b]!) >>> 0;
    }
  }
  return rank;
}

const caps = new WeakMap<CoordinateCandidates, number[]>();

/**
 * caps[k] (k = 1..L): at most this many coordinates of a bijection cost exactly k; caps[0]: at most
 * this many cost <= L together.
 */
export function classCaps(c: CoordinateCandidates): number[] {
  const hit = caps.get(c);
  if (hit) return hit;
  const L = c.completeUpTo;
  const listed = coordinatesUpTo(c, L);
  const ones = c.d === 5 ? 0xffffffff : (1 << (1 << c.d)) - 1;
  const out = Array.from({ length: L + 1 }, (_, k) => {
    const codes = Array.from(listed.codes).filter((_, i) => k === 0 || listed.costs[i] === k);
    return gf2Rank([ones, ...codes]) - 1;
  });
  caps.set(c, out);
  return out;
}

/** Can some bijection have these coordinate class values (values <= L cost exactly that)? */
export function vectorFits(c: CoordinateCandidates, values: readonly number[]): boolean {
  const cap = classCaps(c);
  const L = c.completeUpTo;
  let cheap = 0;
  for (let k = 1; k <= L; k++) {
    const n = values.filter((v) => v === k).length;
    if (n > cap[k]!) return false;
    cheap += n;
  }
  return cheap <= cap[0]!;
}
