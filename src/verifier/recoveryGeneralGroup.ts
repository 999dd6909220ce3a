/**
 * The groups of a general recovery certificate (recoveryGeneral.ts), from their definitions:
 * membership of an image table V of C_d in the signed permutations (V(z) = P(z) xor c, P a
 * permutation of the coordinates) or in the GF(2)-affine maps (V(z) = M z xor c), and every
 * element of either group, each built from (columns, constant) and kept only when bijective.
 */
import { reject } from './reject.js';

export const GROUPS = ['signed-permutation', 'gf2-affine'] as const;
export type Group = (typeof GROUPS)[number];

export function ones(v: number): number {
  let c = 0;
  for (let m = v >>> 0; m !== 0; m &= m - 1) c++;
  return c;
}

/** V(z) = c xor (xor of cols[j] over the bits j of z). */
const linear = (cols: readonly number[], c: number, z: number): number => cols.reduce((acc, b, j) => ((z >>> j) & 1 ? acc ^ b : acc), c);

function columnsOf(d: number, v: readonly number[]): { cols: number[]; c: number } {
  const c = v[0]!;
  return { cols: Array.from({ length: d }, (_, j) => v[1 << j]! ^ c), c };
}

export function isSignedPermutation(d: number, v: readonly number[]): boolean {
  const { cols, c } = columnsOf(d, v);
  if (cols.some((b) => ones(b) !== 1) || new Set(cols).size !== d) return false;
  return v.every((y, z) => y === linear(cols, c, z));
}

export function isAffine(d: number, v: readonly number[]): boolean {
  const { cols, c } = columnsOf(d, v);
  return v.every((y, z) => y === linear(cols, c, z));
}

export const inGroup = (d: number, g: Group, v: readonly number[]): boolean => (g === 'signed-permutation' ? isSignedPermutation(d, v) : isAffine(d, v));

/** Every element of the group as an image table (bijective by check), in a fixed order. */
export function groupElements(d: number, g: Group): number[][] {
  const size = 1 << d;
  const out: number[][] = [];
  const rec = (cols: number[]): void => {
    if (cols.length === d) {
      for (let c = 0; c < size; c++) {
        const v = Array.from({ length: size }, (_, z) => linear(cols, c, z));
        if (new Set(v).size === size) out.push(v);
      }
      return;
    }
    const choices = g === 'signed-permutation' ? Array.from({ length: d }, (_, j) => 1 << j) : Array.from({ length: size - 1 }, (_, i) => i + 1);
    for (const b of choices) if (!cols.includes(b)) rec([...cols, b]);
  };
  rec([]);
  return out;
}

/** A stated bijection "perm:v0,v1,..." of C_d. */
export function parseBijection(v: unknown, d: number, path: string): number[] {
  const size = 1 << d;
  if (typeof v !== 'string' || !v.startsWith('perm:') || v.length > 6 * size + 8) reject(`${path} must be perm:v0,v1,... (an image table)`);
  const image = v.slice(5).split(',').map((t) => (/^\d{1,3}$/.test(t) ? Number(t) : -1));
  if (image.length !== size || image.some((x) => x < 0 || x >= size) || new Set(image).size !== size) reject(`${path} is not a bijection of C_${d}`);
  return image;
}
