/**
 * The groups of docs/math.md section 4 acting on V by V -> A o V: membership, order, enumeration, and
 * one canonical representative per orbit {A o V : A in H} (a right coset H V).
 *
 * Canonical forms (both start by translating so that V(0) = 0, which fixes the sign/translation
 * part uniquely). Write col_j for the bit function z -> bit j of V(z), a 2^d-bit mask over z.
 * - signed permutations: what is left is a permutation of the columns; canonical = columns in
 *   increasing order (they are distinct, since V is a bijection).
 * - GF(2)-affine: what is left is an invertible linear recombination of the columns, i.e. a
 *   change of basis of their span; canonical = the reduced echelon basis of that span (leading
 *   bit = highest set bit; leads increasing; each lead cleared from the other columns).
 */
import { type BoolMap } from '../maps/boolMap.js';
import { forEachAffineMapInPlace, forEachSignedPermutationInPlace, countAffineMaps, countSignedPermutations } from '../search/enumerate/index.js';
import { GROUP_KINDS } from '../vocabulary/groups/index.js';
import type { Group } from './types.js';

export function inGroup(d: number, image: Uint32Array, group: Group): boolean {
  const t: BoolMap = { n: d, m: d, image };
  return GROUP_KINDS[group].contains(t);
}

const COUNT = { 'signed-permutation': countSignedPermutations, 'gf2-affine': countAffineMaps } satisfies Record<Group, unknown>;

export function groupOrder(d: number, group: Group): number {
  return Number(COUNT[group](d));
}

const ENUMERATE = {
  'signed-permutation': forEachSignedPermutationInPlace,
  'gf2-affine': forEachAffineMapInPlace,
} satisfies Record<Group, (d: number, visit: (img: Uint32Array) => boolean | void) => void>;

/** Visits the image table of every A in the group (the array is reused). */
export function forEachGroupElement(d: number, group: Group, visit: (a: Uint32Array) => void): void {
  ENUMERATE[group](d, (img) => void visit(img));
}

/** Is H a subgroup of G? (signed permutations are GF(2)-affine.) */
export function isSubgroup(h: Group, g: Group): boolean {
  return h === g || GROUP_KINDS[h].subgroupOf.includes(g);
}

function columnsOf(d: number, image: Uint32Array): number[] {
  const c0 = image[0]!;
  const cols = new Array<number>(d).fill(0);
  for (let z = 0; z < image.length; z++) {
    const y = image[z]! ^ c0;
    for (let j = 0; j < d; j++) if ((y >>> j) & 1) cols[j]! |= 1 << z;
  }
  return cols;
}

function imageOfColumns(cols: readonly number[], size: number): Uint32Array {
  const image = new Uint32Array(size);
  for (let z = 0; z < size; z++) {
    let y = 0;
    cols.forEach((c, j) => {
      if ((c >>> z) & 1) y |= 1 << j;
    });
    image[z] = y;
  }
  return image;
}

/** The canonical representative of the orbit of V under V -> A o V, A in H (d <= 4: 16-bit columns). */
export function canonicalRepresentative(d: number, image: Uint32Array, h: Group): Uint32Array {
  if (d > 4) throw new RangeError('canonical representatives are computed for d <= 4');
  const cols = columnsOf(d, image);
  if (h === 'signed-permutation') return imageOfColumns(cols.sort((a, b) => a - b), image.length);
  // Reduced echelon form of the span, by leading (highest) bit.
  const basis: number[] = [];
  for (let c of cols) {
    for (const b of basis) if ((c ^ b) < c) c ^= b;
    if (c === 0) throw new RangeError('not a bijection');
    for (let i = 0; i < basis.length; i++) if ((basis[i]! ^ c) < basis[i]!) basis[i] = basis[i]! ^ c;
    basis.push(c);
  }
  return imageOfColumns(basis.sort((a, b) => a - b), image.length);
}

export function isCanonicalRepresentative(d: number, image: Uint32Array, h: Group): boolean {
  const c = canonicalRepresentative(d, image, h);
  for (let z = 0; z < image.length; z++) if (c[z] !== image[z]) return false;
  return true;
}
