/**
 * Reduced row echelon form over the rationals by Gauss-Jordan elimination (exact, so any non-zero
 * entry is a valid pivot: the first one found is used).
 */
import { Rational } from '../rational.js';
import type { Matrix } from './matrix.js';

export interface Rref {
  /** The non-zero rows of the reduced row echelon form, one per pivot. */
  readonly rows: readonly (readonly Rational[])[];
  /** pivots[i] = the column of the leading 1 of rows[i], increasing. */
  readonly pivots: readonly number[];
  readonly cols: number;
}

/** RREF of an r x c matrix; `cols` is needed when there are no rows. */
export function rref(a: Matrix, cols = a[0]?.length ?? 0): Rref {
  const m: Rational[][] = a.map((row) => {
    if (row.length !== cols) throw new RangeError(`ragged matrix: a row of ${row.length} entries, expected ${cols}`);
    return row.slice();
  });
  const pivots: number[] = [];
  let r = 0;
  for (let c = 0; c < cols && r < m.length; c++) {
    let p = r;
    while (p < m.length && m[p]![c]!.isZero()) p++;
    if (p === m.length) continue;
    [m[r], m[p]] = [m[p]!, m[r]!];
    const inv = m[r]![c]!.inverse();
    m[r] = m[r]!.map((x) => (x.isZero() ? x : x.mul(inv)));
    const pivotRow = m[r]!;
    for (let i = 0; i < m.length; i++) {
      if (i === r) continue;
      const f = m[i]![c]!;
      if (f.isZero()) continue;
      m[i] = m[i]!.map((x, j) => (pivotRow[j]!.isZero() ? x : x.sub(f.mul(pivotRow[j]!))));
    }
    pivots.push(c);
    r++;
  }
  return { rows: m.slice(0, r), pivots, cols };
}

export function rank(a: Matrix, cols = a[0]?.length ?? 0): number {
  return rref(a, cols).pivots.length;
}

/** A basis of {x : a x = 0}, one vector per free column (with a 1 there). */
export function nullspaceOfRref(e: Rref): Rational[][] {
  const isPivot = new Set(e.pivots);
  const basis: Rational[][] = [];
  for (let f = 0; f < e.cols; f++) {
    if (isPivot.has(f)) continue;
    const v = new Array<Rational>(e.cols).fill(Rational.ZERO);
    v[f] = Rational.ONE;
    e.rows.forEach((row, i) => {
      v[e.pivots[i]!] = row[f]!.neg();
    });
    basis.push(v);
  }
  return basis;
}

export function nullspace(a: Matrix, cols = a[0]?.length ?? 0): Rational[][] {
  return nullspaceOfRref(rref(a, cols));
}
