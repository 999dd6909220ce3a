/** S-boxes of the literature, for the known-value tests of the vectorial measures. */
import type { CubeMap } from '../../src/model/values.js';

export const PRESENT = [12, 5, 6, 11, 9, 0, 10, 13, 3, 14, 15, 8, 4, 7, 1, 2];
/** An APN permutation of F_2^3 (from the issue): differential uniformity 2. */
export const APN3 = [0, 1, 3, 6, 7, 4, 5, 2];

/** Multiplication in GF(2^8) modulo x^8 + x^4 + x^3 + x + 1 (0x11b), shift and add. */
function gfMul(a: number, b: number): number {
  let p = 0;
  for (let i = 0; i < 8; i++) {
    if (b & 1) p ^= a;
    b >>= 1;
    a <<= 1;
    if (a & 0x100) a ^= 0x11b;
  }
  return p;
}

/** The AES S-box from its definition (FIPS 197, 5.1.1): b = x^-1 (0 -> 0), then the affine map. */
export function aesSbox(): number[] {
  return Array.from({ length: 256 }, (_, x) => {
    let inv = 0;
    for (let y = 1; y < 256 && x !== 0; y++) if (gfMul(x, y) === 1) inv = y;
    let out = 0x63;
    for (let i = 0; i < 8; i++) {
      const bit = ((inv >> i) ^ (inv >> ((i + 4) % 8)) ^ (inv >> ((i + 5) % 8)) ^ (inv >> ((i + 6) % 8)) ^ (inv >> ((i + 7) % 8))) & 1;
      out ^= bit << i;
    }
    return out;
  });
}

export const asMap = (image: readonly number[], m?: number): CubeMap => {
  const n = Math.log2(image.length);
  return { n, m: m ?? n, image: Uint32Array.from(image) };
};
