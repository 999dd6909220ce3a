/**
 * The affine groups acting on Boolean functions of n <= 5 variables (docs/math.md, "Affine
 * equivalence of Boolean functions"). Functions are 2^n-bit truth tables F (bit x = 1 where
 * f(x) = -1, as in hex:). An element e = (A, b, a, c) acts by
 *   (e.F)(x) = F(A x + b) + a.x + c        (over GF(2), on point indices as bit vectors),
 * i.e. (e.f)(x) = (-1)^c chi_a(x) f(A x + b). The groups:
 *   'agl'    a = 0, c = 0: AGL(n, 2) on the inputs alone;
 *   'affine' a = 0: AGL(n, 2) and output complement;
 *   'ea'     everything: extended-affine (AGL and adding affine functions a.x + c).
 * A is stored by its columns: cols[j] = A e_j.
 */
export type AffineGroup = 'agl' | 'affine' | 'ea';
export const AFFINE_GROUPS: readonly AffineGroup[] = ['affine', 'ea', 'agl'];
export const MAX_AFFINE_N = 5;

export interface AffineElement {
  readonly cols: readonly number[];
  readonly translation: number;
  readonly linear: number;
  readonly constant: 0 | 1;
}

export const parity = (v: number): number => {
  let p = 0;
  for (let w = v; w !== 0; w &= w - 1) p ^= 1;
  return p;
};

export const identity = (n: number): AffineElement => ({ cols: Array.from({ length: n }, (_, j) => 1 << j), translation: 0, linear: 0, constant: 0 });

/** A x for a point x (bit vector). */
export function applyMatrix(cols: readonly number[], x: number): number {
  let y = 0;
  for (let j = 0; j < cols.length; j++) if ((x >>> j) & 1) y ^= cols[j]!;
  return y;
}

/** e.F as a table. */
export function actTable(table: number, n: number, e: AffineElement): number {
  const size = 1 << n;
  const points = new Uint32Array(size);
  points[0] = e.translation;
  let out = ((table >>> e.translation) & 1) ^ e.constant;
  for (let x = 1; x < size; x++) {
    const low = 31 - Math.clz32(x & -x);
    points[x] = points[x ^ (1 << low)]! ^ e.cols[low]!;
    out |= (((table >>> points[x]!) & 1) ^ parity(e.linear & x) ^ e.constant) << x;
  }
  return out >>> 0;
}

/** The element "first e1, then e2": (compose(e2, e1)).F = e2.(e1.F). */
export function compose(e2: AffineElement, e1: AffineElement): AffineElement {
  const cols = e2.cols.map((c) => applyMatrix(e1.cols, c));
  const linear = e2.cols.reduce((acc, c, j) => acc | (parity(e1.linear & c) << j), 0) ^ e2.linear;
  return {
    cols,
    translation: applyMatrix(e1.cols, e2.translation) ^ e1.translation,
    linear,
    constant: (parity(e1.linear & e2.translation) ^ e1.constant ^ e2.constant) as 0 | 1,
  };
}

/** The inverse element; throws a RangeError when A is singular. */
export function inverse(e: AffineElement): AffineElement {
  const n = e.cols.length;
  const inv = new Array<number>(n).fill(-1);
  for (let x = 0; x < 1 << n; x++) {
    const y = applyMatrix(e.cols, x);
    if (y !== 0 && (y & (y - 1)) === 0) inv[31 - Math.clz32(y)] = x;
  }
  if (inv.some((c) => c < 0)) throw new RangeError('the matrix of an affine element must be invertible');
  const translation = applyMatrix(inv, e.translation);
  const linear = inv.reduce((acc, c, j) => acc | (parity(e.linear & c) << j), 0);
  return { cols: inv, translation, linear, constant: (parity(e.linear & translation) ^ e.constant) as 0 | 1 };
}

export function isInvertible(cols: readonly number[]): boolean {
  const seen = new Set<number>();
  for (let x = 0; x < 1 << cols.length; x++) seen.add(applyMatrix(cols, x));
  return seen.size === 1 << cols.length;
}

/** |GL(n, 2)| as a bigint. */
export function glOrder(n: number): bigint {
  let k = 1n;
  for (let i = 0; i < n; i++) k *= 2n ** BigInt(n) - 2n ** BigInt(i);
  return k;
}

export function affineGroupOrder(n: number, group: AffineGroup): bigint {
  const agl = glOrder(n) * 2n ** BigInt(n);
  return group === 'agl' ? agl : group === 'affine' ? 2n * agl : agl * 2n ** BigInt(n + 1);
}

/** +-1 values (point order) to a table and back. */
export function tableOf(values: ArrayLike<number>): number {
  let t = 0;
  for (let x = 0; x < values.length; x++) if (values[x] === -1) t |= 1 << x;
  return t >>> 0;
}

export const valuesOf = (table: number, n: number): Int32Array => Int32Array.from({ length: 1 << n }, (_, x) => ((table >>> x) & 1 ? -1 : 1));

/** -1 when a precedes b in the truth-table order (point 0 first, +1 before -1). */
export function compareBits(a: number, b: number): number {
  const d = (a ^ b) >>> 0;
  if (d === 0) return 0;
  return (a >>> (31 - Math.clz32(d & -d))) & 1 ? 1 : -1;
}
