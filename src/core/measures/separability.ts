/**
 * Exact linear separability of a Boolean function, for the linear-threshold measure.
 *
 * f is a linear threshold function iff some w in Q^(n+1) has f(x) (w0 + w1 x1 + ... + wn xn) >= 1
 * at every point (scale any strict separator). By Farkas' lemma that system is infeasible iff
 * there is lambda >= 0 with sum_x lambda_x f(x) (1, x) = 0 and sum_x lambda_x = 1. We decide the
 * latter with phase I of the simplex method on exact rationals (Bland's rule, so it terminates):
 * n + 2 equality rows, 2^n variables plus n + 2 artificials. Optimum 0: lambda exists, f is not
 * a threshold function. Optimum > 0: f is one, and the perceptron below finds integer weights
 * (it terminates on every separable input: Novikoff's theorem).
 */
import { Rational } from '../rational.js';
import type { Table } from './table.js';

/** Row x of the Farkas system: f(x) (1, x_1, ..., x_n). */
function signedPoint(f: Table, x: number): number[] {
  const s = f.values[x]!;
  return [s, ...Array.from({ length: f.n }, (_, i) => (((x >>> i) & 1) === 1 ? -s : s))];
}

/** True when the Farkas system has a solution, i.e. f is NOT a linear threshold function. */
export function farkasFeasible(f: Table): boolean {
  const N = f.values.length;
  const m = f.n + 2;
  const cols = N + m; // lambda_0..lambda_{N-1}, artificials
  const rows: Rational[][] = [];
  for (let j = 0; j < m; j++) {
    const row: Rational[] = new Array(cols + 1).fill(Rational.ZERO);
    for (let x = 0; x < N; x++) row[x] = Rational.fromInt(j < m - 1 ? signedPoint(f, x)[j]! : 1);
    row[N + j] = Rational.ONE;
    row[cols] = j === m - 1 ? Rational.ONE : Rational.ZERO;
    rows.push(row);
  }
  const basis = Array.from({ length: m }, (_, j) => N + j);
  // Phase-I objective: minimise the sum of the artificials; reduced costs = -(sum of the rows).
  const z: Rational[] = new Array(cols + 1).fill(Rational.ZERO);
  for (let k = 0; k <= cols; k++) {
    if (k >= N && k < cols) continue;
    let s = Rational.ZERO;
    for (const row of rows) s = s.add(row[k]!);
    z[k] = s.neg();
  }
  for (;;) {
    const enter = z.findIndex((c, k) => k < cols && c.sign() < 0);
    if (enter < 0) break;
    let leave = -1;
    let best: Rational | null = null;
    for (let j = 0; j < m; j++) {
      const a = rows[j]![enter]!;
      if (a.sign() <= 0) continue;
      const ratio = rows[j]![cols]!.div(a);
      const c = best === null ? -1 : ratio.compare(best);
      if (c < 0 || (c === 0 && basis[j]! < basis[leave]!)) [best, leave] = [ratio, j];
    }
    if (leave < 0) throw new Error('linear threshold: unbounded phase I (internal error)');
    pivot(rows, z, leave, enter);
    basis[leave] = enter;
  }
  return z[cols]!.isZero(); // -(sum of the artificials) at the optimum
}

function pivot(rows: Rational[][], z: Rational[], r: number, k: number): void {
  const p = rows[r]![k]!;
  rows[r] = rows[r]!.map((v) => v.div(p));
  const pr = rows[r]!;
  const eliminate = (row: Rational[]): Rational[] => {
    const c = row[k]!;
    return c.isZero() ? row : row.map((v, i) => v.sub(c.mul(pr[i]!)));
  };
  for (let j = 0; j < rows.length; j++) if (j !== r) rows[j] = eliminate(rows[j]!);
  const nz = eliminate(z);
  for (let i = 0; i < z.length; i++) z[i] = nz[i]!;
}

/**
 * The perceptron from w = 0, points in order, w += f(x) (1, x) on every x with f(x) w.(1, x) <= 0,
 * until a pass makes no change: then f(x) w.(1, x) > 0 at every x. It stops on every separable f;
 * null when maxUpdates updates did not suffice (without a bound, only call it on separable f).
 */
export function perceptronWeights(f: Table, maxUpdates = Infinity): number[] | null {
  const w = new Array<number>(f.n + 1).fill(0);
  for (let updates = 0; ; ) {
    let changed = false;
    for (let x = 0; x < f.values.length; x++) {
      const a = signedPoint(f, x);
      if (a.reduce((s, v, i) => s + v * w[i]!, 0) > 0) continue;
      for (let i = 0; i <= f.n; i++) w[i]! += a[i]!;
      changed = true;
      if (++updates > maxUpdates) return null;
    }
    if (!changed) return w;
  }
}
