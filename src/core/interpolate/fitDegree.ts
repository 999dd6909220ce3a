/**
 * The degree of the min-degree interpolator without building it: the least k such that some real
 * g of degree <= k fits data y on a point set P. That is the least k for which y is orthogonal to
 * the annihilator K_k = {w in Q^P : sum_p w_p chi_S(p) = 0 for every |S| <= k}. K_k depends on P
 * only, so an oracle caches the bases of K_0..K_n per point set and then answers each data vector
 * with dot products. K_n = {0} (distinct characters rows are independent), so k = n always fits.
 *
 * The same for GF(2) (partial support under head-gf2): the least k such that some Boolean F of
 * GF(2) degree <= k fits bits F on P, against the GF(2) annihilator of the monomials [T subset p].
 */
import { chi, popcount } from '../cube.js';
import { big } from '../rational.js';
import { nullspace } from '../linalg/rref.js';
import { gf2Nullspace, popcountBig } from '../linalg/gf2Solve.js';
import { matrixFromInts } from '../linalg/matrix.js';

export interface FitDegreeOracle {
  /**
   * Least degree of a real fit of values[i] at points[i] (distinct points; values scaled to
   * integers by any common factor, which does not change the answer); null when all are zero.
   */
  degree(points: readonly number[], values: readonly bigint[]): number | null;
}

export interface Gf2FitDegreeOracle {
  /** Least GF(2) degree of a Boolean fit of bits[i] (F = 1 where f = -1); null when all are 0. */
  degree(points: readonly number[], bits: readonly (0 | 1)[]): number | null;
}

function keyOf(points: readonly number[]): string {
  return points.join(',');
}

/** Sorts (point, value) pairs by point: the cache is keyed by the sorted point list. */
function sortByPoint<T>(points: readonly number[], values: readonly T[]): { points: number[]; values: T[] } {
  const order = points.map((_, i) => i).sort((a, b) => points[a]! - points[b]!);
  return { points: order.map((i) => points[i]!), values: order.map((i) => values[i]!) };
}

export function fitDegreeOracle(n: number): FitDegreeOracle {
  const cache = new Map<string, bigint[][][]>();
  const annihilators = (points: readonly number[]): bigint[][][] => {
    const key = keyOf(points);
    const hit = cache.get(key);
    if (hit) return hit;
    const out: bigint[][][] = [];
    for (let k = 0; k <= n; k++) {
      const sets: number[] = [];
      for (let S = 0; S < 2 ** n; S++) if (popcount(S) <= k) sets.push(S);
      const rows = matrixFromInts(sets.map((S) => points.map((p) => chi(S, p))));
      out.push(
        nullspace(rows, points.length).map((w) => {
          let den = big.one;
          for (const x of w) den = big.lcm(den, x.den);
          return w.map((x) => BigInt(x.num.multiply(den.divide(x.den)).toString()));
        }),
      );
    }
    cache.set(key, out);
    return out;
  };
  return {
    degree(points, values) {
      if (values.every((y) => y === 0n)) return null;
      const s = sortByPoint(points, values);
      const ks = annihilators(s.points);
      for (let k = 0; k < ks.length; k++) {
        if (ks[k]!.every((w) => w.reduce((acc, wi, i) => acc + wi * s.values[i]!, 0n) === 0n)) return k;
      }
      throw new Error('internal: degree n always fits');
    },
  };
}

export function gf2FitDegreeOracle(n: number): Gf2FitDegreeOracle {
  const cache = new Map<string, bigint[][]>();
  const annihilators = (points: readonly number[]): bigint[][] => {
    const key = keyOf(points);
    const hit = cache.get(key);
    if (hit) return hit;
    const out: bigint[][] = [];
    for (let k = 0; k <= n; k++) {
      const rows: bigint[] = [];
      for (let T = 0; T < 2 ** n; T++) {
        if (popcount(T) > k) continue;
        let row = 0n;
        points.forEach((p, i) => {
          if ((T & p) === T) row |= 1n << BigInt(i);
        });
        rows.push(row);
      }
      out.push(gf2Nullspace(rows, points.length));
    }
    cache.set(key, out);
    return out;
  };
  return {
    degree(points, bits) {
      if (bits.every((b) => b === 0)) return null;
      const s = sortByPoint(points, bits);
      let mask = 0n;
      s.values.forEach((b, i) => {
        if (b) mask |= 1n << BigInt(i);
      });
      const ks = annihilators(s.points);
      for (let k = 0; k < ks.length; k++) if (ks[k]!.every((w) => (popcountBig(w & mask) & 1) === 0)) return k;
      throw new Error('internal: degree n always fits');
    },
  };
}
