/**
 * Exact solutions of linear systems: every solution of a x = b as a particular solution plus the
 * span of a null-space basis, and the minimisers of a least-squares objective in the same form.
 */
import { Rational } from '../rational.js';
import { type Matrix, type Vector, matVec, transpose } from './matrix.js';
import { nullspaceOfRref, rref } from './rref.js';

/** The solution set {particular + sum_i s_i nullspace[i]}. */
export interface AffineSolution {
  readonly particular: readonly Rational[];
  readonly nullspace: readonly (readonly Rational[])[];
}

/** All x with a x = b (a is r x cols), or null when the system is inconsistent. */
export function solveLinear(a: Matrix, b: Vector, cols = a[0]?.length ?? 0): AffineSolution | null {
  if (b.length !== a.length) throw new RangeError(`a system of ${a.length} equations needs ${a.length} right-hand sides`);
  const augmented = a.map((row, i) => [...row, b[i]!]);
  const e = rref(augmented, cols + 1);
  // Inconsistent exactly when the right-hand-side column holds a pivot.
  if (e.pivots.length > 0 && e.pivots[e.pivots.length - 1] === cols) return null;
  const particular = new Array<Rational>(cols).fill(Rational.ZERO);
  e.rows.forEach((row, i) => {
    particular[e.pivots[i]!] = row[cols]!;
  });
  const basis = nullspaceOfRref({ rows: e.rows.map((r) => r.slice(0, cols)), pivots: e.pivots, cols });
  return { particular, nullspace: basis };
}

/**
 * All minimisers t of ||a + m t||^2 (m is r x cols). They solve the normal equations
 * m^T m t = -m^T a, which are always consistent; the minimising value a + m t is the same for all
 * of them (the orthogonal projection of -a's complement), and they differ by the null space of m.
 */
export function leastSquares(m: Matrix, a: Vector, cols = m[0]?.length ?? 0): AffineSolution {
  if (a.length !== m.length) throw new RangeError(`least squares: ${m.length} rows but ${a.length} offsets`);
  const mt = transpose(m, cols);
  const gram = mt.map((ri) => mt.map((rj) => dotRows(ri, rj)));
  const rhs = matVec(mt, a).map((x) => x.neg());
  const s = solveLinear(gram, rhs, cols);
  if (s === null) throw new Error('internal: normal equations are always consistent');
  return s;
}

function dotRows(a: readonly Rational[], b: readonly Rational[]): Rational {
  let s = Rational.ZERO;
  for (let i = 0; i < a.length; i++) if (!a[i]!.isZero() && !b[i]!.isZero()) s = s.add(a[i]!.mul(b[i]!));
  return s;
}
