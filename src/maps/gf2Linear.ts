/**
 * GF(2)-affine structure of a map in bit form: b(T(x)) = L(b(x)) XOR c with L linear over GF(2).
 * L is stored by its columns: columns[k] = L(e_k), the image mask of the unit vector with only
 * bit k set (the point where x_{k+1} = -1 and every other coordinate is +1).
 */
import type { BoolMap } from './boolMap.js';

export interface AffineBits {
  /** columns[k] = L(e_k), a mask over [m]. */
  readonly columns: Uint32Array;
  /** c = b(T(point 0)), a mask over [m]. */
  readonly translation: number;
}

/**
 * The affine decomposition of T, or null when T is not GF(2)-affine (as a map C_n -> C_m, with
 * no bijectivity asked). O(2^n): by linearity L(i) = L(i without its lowest bit) XOR L(lowest bit).
 */
export function affineBits(t: BoolMap): AffineBits | null {
  const img = t.image;
  const c = img[0]!;
  const columns = new Uint32Array(t.n);
  for (let k = 0; k < t.n; k++) columns[k] = img[2 ** k]! ^ c;
  for (let i = 1; i < img.length; i++) {
    const low = i & -i;
    const rest = i ^ low;
    // L(i) = L(rest) ^ L(low), with L(p) = img[p] ^ c.
    if (((img[rest]! ^ img[low]! ^ c) >>> 0) !== img[i]) return null;
  }
  return { columns, translation: c };
}

/** The table of the affine map x -> L(x) XOR c given by its columns, on 2^n points. */
export function affineImage(n: number, columns: ArrayLike<number>, translation: number): Uint32Array {
  const img = new Uint32Array(2 ** n);
  img[0] = translation;
  for (let i = 1; i < img.length; i++) {
    const low = i & -i;
    img[i] = img[i ^ low]! ^ columns[31 - Math.clz32(low)]!;
  }
  return img;
}

/** Rank over GF(2) of a list of bit masks (by a XOR basis indexed by leading bit). */
export function gf2Rank(vectors: ArrayLike<number>): number {
  const basis = new Map<number, number>();
  for (let i = 0; i < vectors.length; i++) {
    let v = vectors[i]! >>> 0;
    while (v !== 0) {
      const lead = 31 - Math.clz32(v);
      const b = basis.get(lead);
      if (b === undefined) {
        basis.set(lead, v);
        break;
      }
      v = (v ^ b) >>> 0;
    }
  }
  return basis.size;
}
