/**
 * The min-degree interpolator (docs/math.md section 5), from its definition: among all real g with
 * g = f on the given points, the one whose degree profile (W^n, then W^(n-1), ..., then W^0) is
 * least. The candidates are an affine set g0 + span(B), B the unit tables of the unseen points.
 * For each level j from n down to 0, W^j is a sum of squares of linear forms <chi_S, g> (|S| = j),
 * so its minimisers on the set are the solutions of the normal equations; they form a smaller
 * affine set, and after level 0 a single table (the Walsh transform is invertible).
 */
import type { Fn, PointSet } from '../claim/values.js';
import type { Interpolant } from '../claim/worldModel.js';
import { type Q, ZERO, add, mul, rat, solve, sub, sum } from './rational.js';
import { bitCount, chiAt } from './walsh.js';

/** The interpolator is computed for n up to this (its cost grows like 8^n). */
export const MAX_INTERPOLATION_N = 6;

/** <chi_S, g> = sum_x g(x) chi_S(x). */
const dot = (set: number, g: readonly Q[]): Q => sum(g.map((v, x) => (chiAt(set, x) === 1 ? v : sub(ZERO, v))));
/** g + sum_i t_i B_i. */
const combine = (g: readonly Q[], t: readonly Q[], basis: readonly (readonly Q[])[]): Q[] =>
  g.map((v, x) => t.reduce((acc, ti, i) => add(acc, mul(ti, basis[i]![x]!)), v));

/** The min-degree interpolator as exact table values: integer numerators over one denominator. */
export function interpolate(f: Fn, on: PointSet): Interpolant {
  const { n } = f;
  const size = 2 ** n;
  if (!(Number.isInteger(n) && n >= 0 && n <= MAX_INTERPOLATION_N) || f.values.length !== size) throw new RangeError(`interpolate needs a function on C_n, n <= ${MAX_INTERPOLATION_N}`);
  const points = Array.from(on.points);
  if (on.n !== n || points.some((p, k) => !(Number.isInteger(p) && p < size) || (k > 0 && p <= points[k - 1]!))) {
    throw new RangeError(`interpolate needs increasing points of C_${n}`);
  }
  const seen = new Set(points);
  let g = Array.from({ length: size }, (_, x) => (seen.has(x) ? rat(BigInt(f.values[x]!)) : ZERO));
  let basis = [...Array(size).keys()].filter((x) => !seen.has(x)).map((x) => g.map((_, y) => rat(x === y ? 1n : 0n)));
  for (let level = n; level >= 0 && basis.length > 0; level--) {
    const sets = [...Array(size).keys()].filter((s) => bitCount(s) === level);
    const a = sets.map((s) => basis.map((b) => dot(s, b))); // <chi_S, B_i>
    const r = sets.map((s) => dot(s, g)); // <chi_S, g0>
    // Minimise sum_S (r_S + sum_i a_Si t_i)^2: the normal equations (A^T A) t = -A^T r.
    const normal = basis.map((_, i) => basis.map((__, k) => sum(a.map((row) => mul(row[i]!, row[k]!)))));
    const rhs = basis.map((_, i) => sub(ZERO, sum(a.map((row, s) => mul(row[i]!, r[s]!)))));
    const { x, kernel } = solve(normal, rhs, basis.length);
    g = combine(g, x, basis);
    basis = kernel.map((t) => combine(new Array<Q>(size).fill(ZERO), t, basis));
  }
  if (basis.length > 0) throw new Error('internal: the interpolator is not unique');
  const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));
  const denominator = g.reduce((l, v) => (l * v.q) / gcd(l, v.q), 1n);
  return { n, numerators: g.map((v) => (v.p * denominator) / v.q), denominator };
}
