/**
 * Proven lower bounds on the objective, used to certify that a search found the minimum.
 *
 * (B1) A head that must be non-constant costs at least 1 (deg and deg2 of a non-constant function
 *      are >= 1). With full support g_t = h_t o V^-1 is non-constant iff h_t is; with partial
 *      support the simplest fit is non-constant iff the data on U are.
 * (B1') Full support, Boolean h_t: g_t has h_t's values moved, so the same mean and weight w
 *      (number of -1 values). If h_t is unbalanced and non-constant, g_t is not +-chi_S, so
 *      deg >= 2 (docs/math.md T3) and deg2 >= 2 (deg2 <= 1 means affine: constant or balanced).
 *      Granularity (T2): deg(g) = k >= 1 puts fhat({}) = E[h] = (2^{d-1} - w) / 2^{d-1} in
 *      2^{1-k} Z, so 2^{d-k} divides 2^{d-1} - w: deg >= d - v_2(2^{d-1} - w). Odd w gives
 *      deg = deg2 = d (the top ANF coefficient is w mod 2). Dickson: a function of GF(2) degree <= 2
 *      has weight 0, 2^d, 2^{d-1} or 2^{d-1} +- 2^{d-1-h} (1 <= h <= d/2, 2h the rank of its
 *      quadratic part); any other weight needs deg2 >= 3 (at d = 5: weights 10, 14, 18, 22).
 * (B2) Parity tasks (docs/math.md T7), full support only: for tasks +-chi_S the heads chi_S o V^-1 are
 *      components of the bijection V^-1, which are orthonormal; so at most N_k - 1 of the
 *      non-trivial ones have degree <= k, N_k = sum_{j<=k} C(d,j). Sorting the distinct sets by
 *      multiplicity (largest first), the i-th can be given degree no less than the least k with
 *      N_k - 1 >= i: summing multiplicity x that level bounds sum_t deg(g_t) (rearrangement). For
 *      all 2^d - 1 parities once each this is d 2^{d-1}, the T7 bound.
 * (B3) head+rep, hier-sum: each coordinate Phi_j of a bijection is non-constant on psi's image: + d;
 *      hier-max: + 1.
 * (B4) head-max: the largest single-head floor, and the level of the last distinct parity set.
 * head-profile has no numeric bound; see profileIsProvenMinimal.
 */
import { binomial } from '../core/cube.js';
import { isBoolean } from '../core/cubeFunction.js';
import type { Rational } from '../core/rational.js';
import { isConstantOn, paritySet } from './taskShapes.js';
import type { RecoveryProblem } from './types.js';

/** The least k with sum_{1<=j<=k} C(d,j) >= i: the degree floor of the i-th non-trivial component. */
export function parityLevel(d: number, i: number): number {
  let capacity = 0;
  for (let k = 1; k <= d; k++) {
    capacity += binomial(d, k);
    if (capacity >= i) return k;
  }
  throw new RangeError(`a bijection of C_${d} has only ${2 ** d - 1} non-trivial components`);
}

export interface Bound {
  readonly value: number;
  readonly reason: string;
}

/** 2-adic valuation of a non-zero integer. */
function v2(x: number): number {
  let t = 0;
  while (x % 2 === 0) {
    x /= 2;
    t++;
  }
  return t;
}

/** Dickson: is w the weight of some function of C_d of GF(2) degree <= 2? */
export function isQuadraticWeight(d: number, w: number): boolean {
  const half = 2 ** (d - 1);
  if (w === 0 || w === 2 * half || w === half) return true;
  for (let h = 1; 2 * h <= d; h++) if (Math.abs(w - half) === 2 ** (d - 1 - h)) return true;
  return false;
}

/** (B1, B1') The least cost of one head, for the Fourier degree or the GF(2) degree. */
export function headFloor(p: RecoveryProblem, t: number, measure: 'fourier' | 'gf2'): number {
  const h = p.tasks[t]!;
  if (isConstantOn(h, p.support)) return 0;
  if (p.support !== null || !isBoolean(h)) return 1;
  let w = 0;
  for (let x = 0; x < h.numerators.length; x++) if (Number(h.numerators[x]) === -1) w++;
  const offset = 2 ** (p.d - 1) - w;
  if (offset === 0) return 1;
  const rm = p.d - (31 - Math.clz32(Math.min(w, 2 ** p.d - w))); // d - floor(log2 min(w, 2^d - w))
  const gf2 = Math.max(isQuadraticWeight(p.d, w) ? 2 : 3, w % 2 === 1 ? p.d : 0, rm);
  if (measure === 'gf2') return gf2;
  return Math.max(gf2, p.d - v2(offset));
}

export function lowerBound(p: RecoveryProblem): Bound | null {
  if (p.bias === 'head-profile') return null;
  const measure = p.bias === 'head-gf2' ? 'gf2' : 'fourier';
  const floors = p.tasks.map((_, t) => headFloor(p, t, measure));
  // (B2) parity tasks (balanced, floor 1) are re-bounded together by orthonormality.
  const mult = new Map<number, number>();
  let others = 0;
  p.tasks.forEach((h, t) => {
    const S = p.support === null && measure === 'fourier' && floors[t]! > 0 ? paritySet(h) : null;
    if (S === null || S === 0) others += floors[t]!;
    else mult.set(S, (mult.get(S) ?? 0) + 1);
  });
  const counts = [...mult.values()].sort((a, b) => b - a);
  const parityPart = counts.reduce((s, m, i) => s + m * parityLevel(p.d, i + 1), 0);
  const notes = ['each non-constant head costs >= 1, >= 2 when unbalanced (T3), more by granularity (T2)'];
  if (counts.length > 0) notes.push(`${counts.length} distinct parity set(s) bounded together by orthonormality (T7)`);
  switch (p.bias) {
    case 'head-degree':
    case 'head-gf2':
      return { value: others + parityPart, reason: notes.join('; ') };
    case 'head+rep':
    case 'hier-sum':
      return { value: others + parityPart + p.d, reason: [...notes, `each of the ${p.d} coordinates of Phi has degree >= 1`].join('; ') };
    case 'hier-max':
      return { value: others + parityPart + 1, reason: [...notes, 'the coordinates of Phi are not constant: max_j deg(Phi_j) >= 1'].join('; ') };
    case 'head-max': {
      const v = Math.max(0, ...floors, counts.length > 0 ? parityLevel(p.d, counts.length) : 0);
      return { value: v, reason: notes.join('; ') };
    }
  }
}

/**
 * head-profile: with full support every V gives the same total weight sum_t ||h_t||^2 and the same
 * W^0 = sum_t E[h_t]^2 (g_t is h_t with its values moved), so a summed profile with no weight
 * above level 1 is the least possible. With partial support, only all-constant heads are certain.
 */
export function profileIsProvenMinimal(p: RecoveryProblem, weights: readonly Rational[]): boolean {
  const from = p.support === null ? 2 : 1;
  return weights.every((w, k) => k < from || w.isZero());
}
