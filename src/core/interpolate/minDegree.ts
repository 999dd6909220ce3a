/**
 * The min-degree interpolator (docs/math.md section 5): among all real g on C_n with g = y on a set U,
 * the one whose degree profile (W^n, W^{n-1}, ..., W^0, compared in that order) is least.
 *
 * Method, exact over Q. The unknowns are the values v of g off U. The level-j block of the
 * (scaled) spectrum, 2^n fhat(S) for |S| = j, is affine in v. Keep the set of still-optimal v as
 * v0 + span(B) (initially all of Q^{U^c}). For j = n down to 0: minimise ||level-j block||^2 over
 * v0 + B t, a least-squares problem whose minimising block is unique (an orthogonal projection);
 * its minimisers t form t0 + null(M_j), so update v0 += B t0 and B := B null(M_j). Minimising
 * W^n first, then W^{n-1} among those minimisers, and so on, is exactly the lexicographic order.
 * At level 0 the whole spectrum, hence g, is fixed, so the minimiser is unique.
 */
import { chi, popcount } from '../cube.js';
import { type CubeFunction, fromRationals } from '../cubeFunction.js';
import { Rational } from '../rational.js';
import { type Spectrum, spectrum } from '../spectrum.js';
import { leastSquares } from '../linalg/solve.js';
import { degreeProfile } from '../measures/profile.js';
import { profileDegree } from './profile.js';

export interface Interpolation {
  readonly fn: CubeFunction;
  readonly spectrum: Spectrum;
  /** (W^0, ..., W^n). */
  readonly profile: readonly Rational[];
  /** The Fourier degree; null when g = 0 (all data zero). */
  readonly degree: number | null;
}

/** Checks that `points` are distinct points of C_n and match `values` in number. */
export function assertData(n: number, points: readonly number[], values: readonly unknown[]): void {
  if (points.length !== values.length) throw new RangeError(`${points.length} points but ${values.length} values`);
  const seen = new Set<number>();
  for (const p of points) {
    if (!Number.isInteger(p) || p < 0 || p >= 2 ** n) throw new RangeError(`${p} is not a point of C_${n}`);
    if (seen.has(p)) throw new RangeError(`point ${p} is given twice`);
    seen.add(p);
  }
}

/** The min-degree interpolator of the data y(points[i]) = values[i]. */
export function minDegreeInterpolator(n: number, points: readonly number[], values: readonly Rational[]): Interpolation {
  assertData(n, points, values);
  const size = 2 ** n;
  const known = new Map<number, Rational>();
  points.forEach((p, i) => known.set(p, values[i]!));
  const free: number[] = [];
  for (let x = 0; x < size; x++) if (!known.has(x)) free.push(x);
  const m = free.length;
  let v0: Rational[] = new Array<Rational>(m).fill(Rational.ZERO);
  // B as a list of column vectors of length m (the directions still free).
  let basis: Rational[][] = free.map((_, i) => free.map((__, k) => (k === i ? Rational.ONE : Rational.ZERO)));
  for (let level = n; level >= 0 && basis.length > 0; level--) {
    const sets = setsOfSize(n, level);
    const offsets = sets.map((S) => {
      let a = Rational.ZERO;
      for (const [p, y] of known) if (!y.isZero()) a = chi(S, p) === 1 ? a.add(y) : a.sub(y);
      free.forEach((x, i) => {
        if (!v0[i]!.isZero()) a = chi(S, x) === 1 ? a.add(v0[i]!) : a.sub(v0[i]!);
      });
      return a;
    });
    const rows = sets.map((S) =>
      basis.map((col) => {
        let s = Rational.ZERO;
        free.forEach((x, i) => {
          if (!col[i]!.isZero()) s = chi(S, x) === 1 ? s.add(col[i]!) : s.sub(col[i]!);
        });
        return s;
      }),
    );
    const sol = leastSquares(rows, offsets, basis.length);
    v0 = v0.map((v, i) => {
      let s = v;
      basis.forEach((col, c) => {
        if (!sol.particular[c]!.isZero() && !col[i]!.isZero()) s = s.add(sol.particular[c]!.mul(col[i]!));
      });
      return s;
    });
    basis = sol.nullspace.map((nv) =>
      free.map((_, i) => {
        let s = Rational.ZERO;
        basis.forEach((col, c) => {
          if (!nv[c]!.isZero() && !col[i]!.isZero()) s = s.add(nv[c]!.mul(col[i]!));
        });
        return s;
      }),
    );
  }
  if (basis.length > 0) throw new Error('internal: the interpolator is not determined after level 0');
  const table = new Array<Rational>(size);
  for (const [p, y] of known) table[p] = y;
  free.forEach((x, i) => {
    table[x] = v0[i]!;
  });
  const fn = fromRationals(n, table);
  const s = spectrum(fn);
  const profile = degreeProfile(s);
  return { fn, spectrum: s, profile, degree: profileDegree(profile) };
}

/** Subset masks of [n] of size k, ascending. */
export function setsOfSize(n: number, k: number): number[] {
  const out: number[] = [];
  for (let S = 0; S < 2 ** n; S++) if (popcount(S) === k) out.push(S);
  return out;
}
