/**
 * A head's cost from its data on a point set S of C_5 (docs/math.md section 5), for the d = 5
 * general recovery check (recoveryD5General.ts). Data are exact rationals y_i at the points
 * p_0 < ... < p_m-1 of S, given as integer numerators a_i over one denominator b (the scale does
 * not change which extensions exist, so the degree measures use the numerators alone).
 *
 * - head-degree / head-max: the least k such that some real g of Fourier degree <= k has g = y on
 *   S, that is, y lies in the span of the rows r_T = (chi_T(p_i))_i over |T| <= k. The rows are
 *   added level by level (|T| = 0, 1, ..., 5) to an echelon basis (each new row reduced by the
 *   earlier basis vectors, kept when a non-zero rest remains, its first non-zero entry its pivot);
 *   then reducing y by the basis vectors in their order clears every pivot, and y is in the span
 *   of the first r vectors exactly when the rest after them is zero. Exact bigint arithmetic
 *   (u -> u * b[p] - b * u[p], divided by the gcd of the entries), no floating point.
 * - head-gf2 (Boolean data, bit 1 where the value is -1): the least k such that the bits lie in the
 *   GF(2) span of the monomials x_T (|T| <= k, x_T(x) = 1 when T is a subset of x) on S, by the same
 *   echelon scheme on bit masks (pivot: the lowest set bit).
 * - head-profile: the profile of the min-degree interpolator, through the verifier's interpolator
 *   (recoveryGeneralCosts.ts, interpolate.ts), which is slow at d = 5 (a few hundred ms per set),
 *   hence the smaller support bound for it in recoveryD5General.ts.
 */
import { type Cost, type Kind, type PlaceCoster, placeCoster } from './recoveryGeneralCosts.js';

const ones = (v: number): number => {
  let c = 0;
  for (let m = v >>> 0; m !== 0; m = (m & (m - 1)) >>> 0) c++;
  return c;
};

/** The sets T of C_5 by level |T| = 0..5. */
const BY_LEVEL = Array.from({ length: 6 }, (_, k) => Array.from({ length: 32 }, (_, T) => T).filter((T) => ones(T) === k));

const abs = (x: bigint): bigint => (x < 0n ? -x : x);
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? abs(a) : gcd(b, a % b));

/** u reduced by the vector b at its pivot p (u's entry at p becomes 0), divided by its entries' gcd. */
function reduceBy(u: bigint[], b: readonly bigint[], p: number): bigint[] {
  const up = u[p]!;
  if (up === 0n) return u;
  const bp = b[p]!;
  const out = u.map((x, i) => x * bp - b[i]! * up);
  const g = out.reduce((acc, x) => gcd(acc, x), 0n);
  return g > 1n ? out.map((x) => x / g) : out;
}

interface Echelon<V> {
  readonly vectors: V[];
  readonly pivots: number[];
  /** upTo[k]: how many vectors span the level-<= k rows. */
  readonly upTo: number[];
}

function fourierEchelon(points: readonly number[]): Echelon<bigint[]> {
  const e: Echelon<bigint[]> = { vectors: [], pivots: [], upTo: [] };
  for (const level of BY_LEVEL) {
    for (const T of level) {
      let u = points.map((p): bigint => (ones(p & T) & 1 ? -1n : 1n));
      e.vectors.forEach((b, i) => (u = reduceBy(u, b, e.pivots[i]!)));
      const p = u.findIndex((x) => x !== 0n);
      if (p >= 0) (e.vectors.push(u), e.pivots.push(p));
    }
    e.upTo.push(e.vectors.length);
  }
  return e;
}

function degreeCoster(points: readonly number[]): PlaceCoster {
  const e = fourierEchelon(points);
  return {
    cost(a) {
      let u = a.slice();
      let used = 0;
      for (let k = 0; k <= 5; k++) {
        for (; used < e.upTo[k]!; used++) u = reduceBy(u, e.vectors[used]!, e.pivots[used]!);
        if (u.every((x) => x === 0n)) return k;
      }
      throw new Error('internal: the characters do not span the functions on S');
    },
  };
}

function gf2Coster(points: readonly number[]): PlaceCoster {
  const vectors: number[] = [];
  const upTo: number[] = [];
  const reduce = (v: number, n: number): number => {
    let u = v >>> 0;
    for (let i = 0; i < n; i++) {
      const b = vectors[i]!;
      if ((u & b & -b) !== 0) u = (u ^ b) >>> 0;
    }
    return u;
  };
  for (const level of BY_LEVEL) {
    for (const T of level) {
      const u = reduce(points.reduce((m, p, i) => ((p & T) === T ? m | (1 << i) : m), 0), vectors.length);
      if (u !== 0) vectors.push(u);
    }
    upTo.push(vectors.length);
  }
  return {
    cost(a) {
      const bits = a.reduce((m, v, i) => (v < 0n ? m | (1 << i) : m), 0) >>> 0;
      for (let k = 0; k <= 5; k++) if (reduce(bits, upTo[k]!) === 0) return k;
      throw new Error('internal: the monomials do not span the functions on S');
    },
  };
}

/** The coster of a point set of C_5 (points in increasing order) for the measure. */
export function placeCoster5(points: readonly number[], kind: Kind): PlaceCoster {
  if (kind === 'gf2') return gf2Coster(points);
  if (kind === 'degree') return degreeCoster(points);
  return placeCoster(5, points, 'profile');
}

export type { Cost };
