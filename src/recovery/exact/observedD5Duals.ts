/**
 * The observed degree of a code on the latents by annihilators, in integers (docs/math.md, "Observed
 * coordinates at d = 5 with m > d"). psi: C_d -> C_m injective, P = psi(C_d). For a level c, A_c is
 * the span in R^(C_d) of the functions u_S(z) = chi_S(psi(z)), |S| <= c, S in [m]: the restrictions
 * to P of the polynomials of degree <= c on C_m. A +-1 function f on the latents has observed degree
 * (paper/observedDegree.ts: the least degree of a real extension to C_m of its data on P) <= c
 * exactly when f is in A_c, i.e. orthogonal to every w of the annihilator
 * N_c = { w : sum_z w(z) u_S(z) = 0 for every |S| <= c }. u_0 = 1 is in A_c, so sum_z w(z) = 0,
 * and for the code C of f (z in C: f(z) = -1) <w, f> = -2 sum_{z in C} w(z): the test is
 * sum_{z in C} w(z) = 0 for each w of a basis of N_c.
 *
 * The bases are computed once per psi by exact rational elimination (core/linalg/rref.ts), scaled
 * to primitive integer vectors; each is kept in an Int32Array when 2^d * max|w(z)| < 2^31 (every
 * partial sum then fits), else as bigints. N_m = {0} (A_m holds every function on P), so every
 * code has a level. The same shape as core/interpolate/fitDegree.ts's oracle, specialised to codes.
 */
import { big } from '../../core/rational.js';
import { chi, popcount } from '../../core/cube.js';
import { nullspace } from '../../core/linalg/rref.js';
import { matrixFromInts } from '../../core/linalg/matrix.js';
import type { BoolMap } from '../../maps/boolMap.js';

export interface ObservedDuals {
  readonly d: number;
  readonly m: number;
  /** bases[c]: a basis of N_c (integer vectors indexed by the latent point z), c = 0..m. */
  readonly bases: readonly (readonly IntVector[])[];
  /** dim A_c = 2^d - |bases[c]|. */
  readonly ranks: readonly number[];
  /** True when the code (bit z set: value -1 at z) lies in A_c. */
  inLevel(code: number, c: number): boolean;
  /** The observed degree of the code: the least c with the code in A_c (0 for a constant). */
  costOf(code: number): number;
}

/** An integer vector: small entries in an Int32Array, or bigints when they may not fit. */
export type IntVector = { readonly small: Int32Array; readonly wide: null } | { readonly small: null; readonly wide: readonly bigint[] };

const SMALL_LIMIT = 2 ** 31;

/** Primitive integer multiples of the rational basis vectors of N_c. */
function annihilator(points: readonly number[], m: number, c: number): IntVector[] {
  const sets: number[] = [];
  for (let S = 0; S < 2 ** m; S++) if (popcount(S) <= c) sets.push(S);
  const rows = matrixFromInts(sets.map((S) => points.map((x) => chi(S, x))));
  return nullspace(rows, points.length).map((w) => {
    let den = big.one;
    for (const x of w) den = big.lcm(den, x.den);
    const ints = w.map((x) => BigInt(x.num.multiply(den.divide(x.den)).toString()));
    let g = 0n;
    for (const v of ints) g = gcd(g, v < 0n ? -v : v);
    const prim = g > 1n ? ints.map((v) => v / g) : ints;
    const top = prim.reduce((a, v) => (v < 0n ? (-v > a ? -v : a) : v > a ? v : a), 0n);
    return top * BigInt(points.length) < BigInt(SMALL_LIMIT) ? { small: Int32Array.from(prim, Number), wide: null } : { small: null, wide: prim };
  });
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** sum_{z in code} w(z) === 0. */
function annihilates(w: IntVector, code: number): boolean {
  if (w.small !== null) {
    let s = 0;
    for (let c = code >>> 0; c !== 0; c = (c & (c - 1)) >>> 0) s += w.small[31 - Math.clz32(c & -c)]!;
    return s === 0;
  }
  let s = 0n;
  for (let z = 0; z < w.wide.length; z++) if ((code >>> z) & 1) s += w.wide[z]!;
  return s === 0n;
}

const cache = new Map<string, ObservedDuals>();

/** The annihilators of psi's levels 0..m; d <= 5 (codes are 32-bit). */
export function observedDuals(psi: BoolMap): ObservedDuals {
  const { n: d, m } = psi;
  if (d > 5) throw new RangeError('observed duals: codes on the latents need d <= 5');
  const points = Array.from(psi.image);
  const key = `${d}:${m}:${points.join(',')}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const bases = Array.from({ length: m + 1 }, (_, c) => annihilator(points, m, c));
  const inLevel = (code: number, c: number): boolean => bases[Math.min(c, m)]!.every((w) => annihilates(w, code));
  const costOf = (code: number): number => {
    for (let c = 0; c < m; c++) if (inLevel(code, c)) return c;
    return m; // N_m = {0}
  };
  const out: ObservedDuals = { d, m, bases, ranks: bases.map((b) => (1 << d) - b.length), inLevel, costOf };
  if (cache.size > 16) cache.clear();
  cache.set(key, out);
  return out;
}
