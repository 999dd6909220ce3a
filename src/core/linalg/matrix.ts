/**
 * Exact dense matrices and vectors over the rationals: a matrix is an array of rows. These are
 * the plain helpers the solvers build on; none of them mutates its arguments.
 */
import { Rational } from '../rational.js';

export type Vector = readonly Rational[];
export type Matrix = readonly Vector[];

export function zeroVector(length: number): Rational[] {
  return new Array<Rational>(length).fill(Rational.ZERO);
}

export function identityMatrix(size: number): Rational[][] {
  return Array.from({ length: size }, (_, i) => Array.from({ length: size }, (_, j) => (i === j ? Rational.ONE : Rational.ZERO)));
}

/** From small integers (e.g. +-1 character values). */
export function matrixFromInts(rows: readonly (readonly number[])[]): Rational[][] {
  return rows.map((r) => r.map((v) => Rational.fromInt(v)));
}

export function dot(a: Vector, b: Vector): Rational {
  if (a.length !== b.length) throw new RangeError(`dot product of vectors of lengths ${a.length} and ${b.length}`);
  let s = Rational.ZERO;
  for (let i = 0; i < a.length; i++) if (!a[i]!.isZero() && !b[i]!.isZero()) s = s.add(a[i]!.mul(b[i]!));
  return s;
}

export function addVectors(a: Vector, b: Vector): Rational[] {
  if (a.length !== b.length) throw new RangeError(`adding vectors of lengths ${a.length} and ${b.length}`);
  return a.map((x, i) => x.add(b[i]!));
}

export function scaleVector(a: Vector, c: Rational): Rational[] {
  return a.map((x) => x.mul(c));
}

/** The transpose of an r x c matrix; `cols` is needed when there are no rows. */
export function transpose(a: Matrix, cols = a[0]?.length ?? 0): Rational[][] {
  return Array.from({ length: cols }, (_, j) => a.map((row) => row[j]!));
}

export function matVec(a: Matrix, v: Vector): Rational[] {
  return a.map((row) => dot(row, v));
}

/** a (r x k) times b (k x c); `cols` = c is needed when b has no rows. */
export function matMul(a: Matrix, b: Matrix, cols = b[0]?.length ?? 0): Rational[][] {
  const bt = transpose(b, cols);
  return a.map((row) => bt.map((col) => dot(row, col)));
}

/** The matrix whose columns are the given vectors (each of length `rows`). */
export function fromColumns(columns: readonly Vector[], rows: number): Rational[][] {
  return Array.from({ length: rows }, (_, i) => columns.map((c) => c[i]!));
}

export function squaredNorm(v: Vector): Rational {
  return dot(v, v);
}

export function vectorsEqual(a: Vector, b: Vector): boolean {
  return a.length === b.length && a.every((x, i) => x.equals(b[i]!));
}
