/**
 * The verifier's plain definitions for maps T: C_n -> C_m, each a direct count or sum straight
 * from docs/math.md (no transforms, no tables shared between measures). Points and masks are
 * integers; u.v = parity of the bits u and v share.
 */
import type { CubeMap } from '../../model/values.js';

export function weight(v: number): number {
  let c = 0;
  for (let u = v; u !== 0; u >>>= 1) c += u & 1;
  return c;
}

export const dot = (u: number, v: number): number => weight(u & v) % 2;

export const points = (k: number): number[] => Array.from({ length: 2 ** k }, (_, i) => i);

/** DDT(a, b) = #{x : T(x) xor T(x xor a) = b}, as rows a of columns b. */
export function plainDdt(t: CubeMap): number[][] {
  return points(t.n).map((a) => points(t.m).map((b) => points(t.n).filter((x) => (t.image[x]! ^ t.image[x ^ a]!) === b).length));
}

/** W_T(a, b) = sum_x (-1)^(b.T(x) + a.x), as rows a of columns b. */
export function plainWalshTable(t: CubeMap): number[][] {
  return points(t.n).map((a) => points(t.m).map((b) => points(t.n).reduce((s, x) => s + (dot(b, t.image[x]!) === dot(a, x) ? 1 : -1), 0)));
}

/** ACT(a, b) = sum_x (-1)^(b.(T(x) xor T(x xor a))). */
export function plainAct(t: CubeMap): number[][] {
  return points(t.n).map((a) => points(t.m).map((b) => points(t.n).reduce((s, x) => s + (dot(b, t.image[x]! ^ t.image[x ^ a]!) ? -1 : 1), 0)));
}

export function plainInverse(t: CubeMap): number[] {
  const inv: number[] = [];
  t.image.forEach((y, x) => (inv[y] = x));
  return inv;
}

/** BCT(a, b) = #{x : T^-1(T(x) xor b) xor T^-1(T(x xor a) xor b) = a}, straight from Cid et al. */
export function plainBct(t: CubeMap): number[][] {
  const inv = plainInverse(t);
  return points(t.n).map((a) =>
    points(t.n).map((b) => points(t.n).filter((x) => (inv[t.image[x]! ^ b]! ^ inv[t.image[x ^ a]! ^ b]!) === a).length),
  );
}

export const isBijectionPlain = (t: CubeMap): boolean => t.m === t.n && new Set(t.image).size === 2 ** t.n;

/** The +-1 values of the component b.T. */
export const componentValues = (t: CubeMap, b: number): number[] => points(t.n).map((x) => (dot(b, t.image[x]!) ? -1 : 1));

/** Fourier degree of a +-1 function: max |S| with sum_x f(x) chi_S(x) != 0. */
export function plainRealDegree(n: number, f: readonly number[]): number {
  let deg = 0;
  for (const s of points(n)) {
    const c = f.reduce((acc, v, x) => acc + (dot(s, x) ? -v : v), 0);
    if (c !== 0) deg = Math.max(deg, weight(s));
  }
  return deg;
}

/** GF(2) degree of F = (1 - f)/2: the largest |T| with a_T = XOR of F(x) over x inside T; null for F = 0. */
export function plainGf2Degree(n: number, f: readonly number[]): number | null {
  let deg: number | null = null;
  for (const mono of points(n)) {
    let a = 0;
    for (const x of points(n)) if ((x & mono) === x && f[x] === -1) a ^= 1;
    if (a && (deg === null || weight(mono) > deg)) deg = weight(mono);
  }
  return deg;
}

/** Every cell (a, b) of a table with b != 0 (or with a != 0 when rowsNonzero). */
export function cells(table: readonly (readonly number[])[], skipRow0: boolean, skipCol0: boolean): number[] {
  const out: number[] = [];
  table.forEach((row, a) => row.forEach((e, b) => {
    if ((skipRow0 && a === 0) || (skipCol0 && b === 0)) return;
    out.push(e);
  }));
  return out;
}

export const maxOrNull = (xs: readonly number[]): number | null => (xs.length === 0 ? null : Math.max(...xs));
export const minOrNull = (xs: readonly number[]): number | null => (xs.length === 0 ? null : Math.min(...xs));

/** A table as the claim-facing list over cells a * 2^m + b. */
export const cellValue = (table: readonly (readonly number[])[]) => ({ over: 'cell' as const, entries: table.flat() });
