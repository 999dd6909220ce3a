/**
 * The affine group AGL(n, 2) acting on the index set [0, 2^n) of C_n (docs/math.md, "Affine
 * equivalence of bijections"). An element is stored by its image table: image[x] = L x + c, with
 * x read as a bit vector (bit j-1 of an index is coordinate j, as everywhere in cubecheck).
 * Permutations of [0, 2^n) are Uint8Array tables (n <= MAX_AFFINE_MAP_N).
 */
export const MAX_AFFINE_MAP_N = 5;

/** p o q (q first). */
export function composePerm(p: ArrayLike<number>, q: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(q.length);
  for (let x = 0; x < q.length; x++) out[x] = p[q[x]!]!;
  return out;
}

export function invertPerm(p: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(p.length);
  for (let x = 0; x < p.length; x++) out[p[x]!] = x;
  return out;
}

/** The table of x -> L x + c where L has columns L e_1, ..., L e_n. */
export function affineTable(n: number, columns: ArrayLike<number>, translation: number): Uint8Array {
  const out = new Uint8Array(2 ** n);
  out[0] = translation;
  for (let i = 0; i < n; i++) {
    const half = 1 << i;
    for (let y = 0; y < half; y++) out[half + y] = out[y]! ^ columns[i]!;
  }
  return out;
}

/** Columns and translation when the table is an affine bijection, else null. */
export function affineParts(table: ArrayLike<number>): { columns: number[]; translation: number } | null {
  const size = table.length;
  const n = Math.round(Math.log2(size));
  if (2 ** n !== size) return null;
  const c = table[0]!;
  const columns = Array.from({ length: n }, (_, i) => table[1 << i]! ^ c);
  const rebuilt = affineTable(n, columns, c);
  for (let x = 0; x < size; x++) if (rebuilt[x] !== table[x]) return null;
  const seen = new Uint8Array(size);
  for (let x = 0; x < size; x++) {
    if (seen[rebuilt[x]!]) return null;
    seen[rebuilt[x]!] = 1;
  }
  return { columns, translation: c };
}

/** Every invertible n x n GF(2) matrix, by its columns (each outside the span of the earlier). */
export function invertibleColumns(n: number): number[][] {
  const out: number[][] = [];
  const extend = (cols: number[], span: Uint8Array): void => {
    if (cols.length === n) {
      out.push([...cols]);
      return;
    }
    for (let v = 1; v < 2 ** n; v++) {
      if (span[v]) continue;
      const next = span.slice();
      for (let s = 0; s < span.length; s++) if (span[s]) next[s ^ v] = 1;
      cols.push(v);
      extend(cols, next);
      cols.pop();
    }
  };
  const span = new Uint8Array(2 ** n);
  span[0] = 1;
  extend([], span);
  return out;
}

/** |GL(n, 2)| 2^n as a bigint. */
export function aglOrder(n: number): bigint {
  let order = 2n ** BigInt(n);
  for (let i = 0; i < n; i++) order *= 2n ** BigInt(n) - 2n ** BigInt(i);
  return order;
}

/** Every element of AGL(n, 2) as one flat table: element k at [k 2^n, (k + 1) 2^n). n <= 4. */
export function aglTables(n: number): Uint8Array {
  if (n > 4) throw new RangeError('listing AGL(n, 2) needs n <= 4 (AGL(5, 2) has 319979520 elements)');
  const size = 2 ** n;
  const gl = invertibleColumns(n);
  const out = new Uint8Array(gl.length * size * size);
  let k = 0;
  for (const cols of gl) {
    for (let c = 0; c < size; c++) out.set(affineTable(n, cols, c), (k++) * size);
  }
  return out;
}

/** The matrix form of an affine table: rows[j][k] = coefficient of x_(k+1) in y_(j+1), c[j] = y_(j+1)(0). */
export function affineMatrixForm(table: ArrayLike<number>): { rows: number[][]; translation: number[] } {
  const parts = affineParts(table);
  if (parts === null) throw new RangeError('not an affine bijection');
  const n = parts.columns.length;
  const rows = Array.from({ length: n }, (_, j) => parts.columns.map((col) => (col >>> j) & 1));
  return { rows, translation: Array.from({ length: n }, (_, j) => (parts.translation >>> j) & 1) };
}
