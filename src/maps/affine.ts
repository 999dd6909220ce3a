/**
 * GF(2)-affine maps (docs/math.md section 4): T_j = s_j chi_{A_j} and T a bijection, i.e.
 * b(T(x)) = A b(x) + c over GF(2) with A invertible. matrix[j-1][k-1] = 1 exactly when variable
 * k is in A_j; translation[j-1] = c_j = 1 exactly when s_j = -1 (T_j(+1,...,+1) = s_j).
 */
import type { BoolMap } from './boolMap.js';
import { assertMapN } from './boolMap.js';
import { affineBits, affineImage, gf2Rank } from './gf2Linear.js';

export type Bit = 0 | 1;

export interface AffineForm {
  /** m rows of n bits. */
  readonly matrix: readonly (readonly Bit[])[];
  /** m bits. */
  readonly translation: readonly Bit[];
}

/** A, c with b(T(x)) = A b(x) + c when T is a GF(2)-affine bijection; null otherwise. O(2^n + n^2). */
export function recognizeAffine(t: BoolMap): AffineForm | null {
  if (t.m !== t.n) return null;
  const bits = affineBits(t);
  if (bits === null || gf2Rank(bits.columns) !== t.n) return null;
  return affineFormFromMasks(t.n, rowMasksOfColumns(t.m, bits.columns), bits.translation);
}

export function isAffine(t: BoolMap): boolean {
  return recognizeAffine(t) !== null;
}

/**
 * The map x -> A x + c in bit form (C_n -> C_m for an m x n matrix A; need not be invertible).
 * n is read from the rows; give it explicitly only when A has no rows.
 */
export function affineMap(
  matrix: readonly (readonly number[])[],
  translation: readonly number[],
  n: number = matrix[0]?.length ?? 0,
): BoolMap {
  const m = matrix.length;
  assertMapN(n, 'n');
  assertMapN(m, 'm');
  if (translation.length !== m) throw new RangeError(`the translation needs ${m} bits, got ${translation.length}`);
  const rows = matrix.map((row, j) => {
    if (row.length !== n) throw new RangeError(`row ${j + 1} of the matrix has ${row.length} bits, expected ${n}`);
    return bitsToMask(row);
  });
  return { n, m, image: affineImage(n, columnsOfRowMasks(n, rows), bitsToMask(translation)) };
}

/** The AffineForm with the given row masks (row j-1 = A_j as a subset mask) and translation mask. */
export function affineFormFromMasks(n: number, rowMasks: ArrayLike<number>, translation: number): AffineForm {
  const matrix: Bit[][] = [];
  const c: Bit[] = [];
  for (let j = 0; j < rowMasks.length; j++) {
    matrix.push(Array.from({ length: n }, (_, k) => ((rowMasks[j]! >>> k) & 1) as Bit));
    c.push(((translation >>> j) & 1) as Bit);
  }
  return { matrix, translation: c };
}

/** The inverse of affineFormFromMasks: row masks A_j and the translation mask. */
export function affineFormMasks(form: AffineForm): { rowMasks: number[]; translation: number } {
  return { rowMasks: form.matrix.map(bitsToMask), translation: bitsToMask(form.translation) };
}

function bitsToMask(bits: readonly number[]): number {
  let mask = 0;
  for (let k = 0; k < bits.length; k++) {
    const b = bits[k];
    if (b !== 0 && b !== 1) throw new RangeError(`GF(2) entries must be 0 or 1, got ${b}`);
    mask |= b << k;
  }
  return mask >>> 0;
}

function rowMasksOfColumns(m: number, columns: ArrayLike<number>): Uint32Array {
  const rows = new Uint32Array(m);
  for (let k = 0; k < columns.length; k++) {
    for (let j = 0; j < m; j++) if ((columns[k]! >>> j) & 1) rows[j]! |= 1 << k;
  }
  return rows;
}

/** Columns L(e_k) of the linear map with rows A_j (masks over [n]). */
export function columnsOfRowMasks(n: number, rows: ArrayLike<number>): Uint32Array {
  const columns = new Uint32Array(n);
  for (let j = 0; j < rows.length; j++) {
    for (let k = 0; k < n; k++) if ((rows[j]! >>> k) & 1) columns[k]! |= 1 << j;
  }
  return columns;
}
