/**
 * All GF(2)-affine bijections x -> A x + c of C_n, 2^n prod_{i<n} (2^n - 2^i) of them.
 * Order: the rows (A_1, ..., A_n) of A, each a subset mask of [n], in lexicographic order of the
 * sequence of masks, keeping only invertible A; for each A the translation mask c runs from 0 to
 * 2^n - 1. Row A_j and bit j-1 of c give T_j = s_j chi_{A_j} with s_j = -1 exactly when c_j = 1.
 * The first map is the identity.
 */
import { type BoolMap, assertMapN } from '../../maps/boolMap.js';
import { columnsOfRowMasks } from '../../maps/affine.js';
import { affineImage } from '../../maps/gf2Linear.js';
import { countAffineMaps } from './counts.js';
import { type EnumerationOptions, assertEnumerable, enumerationLimit } from './limits.js';

/**
 * Called with the image table, the row masks A_1..A_n and the translation mask. The arrays are
 * reused: copy to keep, never modify. Return false to stop.
 */
export type AffineVisitor = (image: Uint32Array, rowMasks: Uint32Array, translation: number) => boolean | void;

/**
 * Every invertible n x n matrix over GF(2) as its row masks, lexicographically; the yielded array
 * is reused. Row d must lie outside the span of rows 0..d-1 (span tables of 2^n flags per depth).
 */
export function* invertibleRowMasksInPlace(n: number): Generator<Uint32Array> {
  assertMapN(n);
  const size = 2 ** n;
  const rows = new Uint32Array(n);
  const spans = Array.from({ length: n + 1 }, () => new Uint8Array(size));
  spans[0]![0] = 1;
  function* extend(d: number): Generator<Uint32Array> {
    if (d === n) {
      yield rows;
      return;
    }
    const span = spans[d]!;
    const next = spans[d + 1]!;
    for (let r = 1; r < size; r++) {
      if (span[r]) continue;
      rows[d] = r;
      for (let y = 0; y < size; y++) next[y] = span[y]! | span[y ^ r]!;
      yield* extend(d + 1);
    }
  }
  yield* extend(0);
}

function guard(n: number, options: EnumerationOptions | undefined): void {
  assertMapN(n);
  assertEnumerable(`all GF(2)-affine maps of C_${n}`, countAffineMaps(n), enumerationLimit(options));
}

/** Visits every GF(2)-affine bijection; returns how many were visited. */
export function forEachAffineMapInPlace(n: number, visit: AffineVisitor, options?: EnumerationOptions): number {
  guard(n, options);
  const size = 2 ** n;
  const image = new Uint32Array(size);
  let visited = 0;
  for (const rows of invertibleRowMasksInPlace(n)) {
    const linear = affineImage(n, columnsOfRowMasks(n, rows), 0);
    for (let c = 0; c < size; c++) {
      for (let i = 0; i < size; i++) image[i] = linear[i]! ^ c;
      visited++;
      if (visit(image, rows, c) === false) return visited;
    }
  }
  return visited;
}

/** Every GF(2)-affine bijection of C_n as a fresh BoolMap, in the same order. */
export function* affineMaps(n: number, options?: EnumerationOptions): Generator<BoolMap> {
  guard(n, options);
  for (const rows of invertibleRowMasksInPlace(n)) {
    const linear = affineImage(n, columnsOfRowMasks(n, rows), 0);
    for (let c = 0; c < 2 ** n; c++) yield { n, m: n, image: linear.map((v) => v ^ c) };
  }
}
