/**
 * Cursors over map domains in their canonical orders (docs/certificates.md):
 * - maps C_n -> C_m: the image tuple as a number in base 2^m, point 0 the least significant digit;
 * - bijections, signed permutations, GF(2)-affine maps: image sequences in increasing lexicographic
 *   order.
 * For an affine map image[0] = c and image[2^k] = c XOR L(e_k), and every other entry is fixed by
 * those, so the first difference between two affine maps is at point 0 or a power of two: their
 * lexicographic order is that of (c, c ^ L(e_0), ..., c ^ L(e_{n-1})), which the generators below
 * walk directly (no sorting needed).
 */
import type { CubeMap } from '../../model/values.js';
import { nextPermutationInPlace } from '../enumerate/permutations.js';
import { encodeMap } from './encoding.js';
import type { Cursor } from './types.js';

export function mapCursor(n: number, m: number): Cursor {
  const top = 2 ** m - 1;
  const value: CubeMap = { n, m, image: new Uint32Array(2 ** n) };
  return {
    value,
    reset() {
      value.image.fill(0);
    },
    next() {
      const img = value.image;
      let i = 0;
      while (i < img.length && img[i] === top) img[i++] = 0;
      if (i === img.length) return false;
      img[i]! += 1;
      return true;
    },
    encode: () => encodeMap(value),
  };
}

export function bijectionCursor(n: number): Cursor {
  const value: CubeMap = { n, m: n, image: new Uint32Array(2 ** n) };
  const reset = (): void => {
    for (let i = 0; i < value.image.length; i++) value.image[i] = i;
  };
  reset();
  return { value, reset, next: () => nextPermutationInPlace(value.image), encode: () => encodeMap(value) };
}

/** Writes the affine image x -> L(x) ^ c from the columns L(e_k) into `image`. */
function fillAffineInPlace(image: Uint32Array, columns: Uint32Array, c: number): void {
  image[0] = c;
  for (let i = 1; i < image.length; i++) {
    const low = i & -i;
    image[i] = image[i ^ low]! ^ columns[31 - Math.clz32(low)]!;
  }
}

/** A cursor driven by a generator that rewrites `value.image` before each yield. */
function generatorCursor(n: number, make: (image: Uint32Array) => Generator<void>): Cursor {
  const value: CubeMap = { n, m: n, image: new Uint32Array(2 ** n) };
  let gen = make(value.image);
  const reset = (): void => {
    gen = make(value.image);
    gen.next();
  };
  reset();
  return { value, reset, next: () => !gen.next().done, encode: () => encodeMap(value) };
}

/** Columns are distinct unit vectors: for each c, ranks of e_p by c ^ e_p, permuted in lex order. */
function* signedPermutationImages(n: number, image: Uint32Array): Generator<void> {
  const columns = new Uint32Array(n);
  for (let c = 0; c < 2 ** n; c++) {
    const units = Array.from({ length: n }, (_, p) => 1 << p).sort((a, b) => (c ^ a) - (c ^ b));
    const ranks = Array.from({ length: n }, (_, k) => k);
    do {
      for (let k = 0; k < n; k++) columns[k] = units[ranks[k]!]!;
      fillAffineInPlace(image, columns, c);
      yield;
    } while (nextPermutationInPlace(ranks));
  }
}

/** Column k runs over v ^ c for v ascending, kept when outside the span of columns 0..k-1. */
function* affineImages(n: number, image: Uint32Array): Generator<void> {
  const size = 2 ** n;
  const columns = new Uint32Array(n);
  const spans = Array.from({ length: n + 1 }, () => new Uint8Array(size));
  spans[0]![0] = 1;
  function* extend(k: number, c: number): Generator<void> {
    if (k === n) {
      fillAffineInPlace(image, columns, c);
      yield;
      return;
    }
    const span = spans[k]!;
    const next = spans[k + 1]!;
    for (let v = 0; v < size; v++) {
      const col = v ^ c;
      if (span[col]) continue;
      columns[k] = col;
      for (let y = 0; y < size; y++) next[y] = span[y]! | span[y ^ col]!;
      yield* extend(k + 1, c);
    }
  }
  for (let c = 0; c < size; c++) yield* extend(0, c);
}

export const signedPermutationCursor = (n: number): Cursor => generatorCursor(n, (img) => signedPermutationImages(n, img));
export const affineMapCursor = (n: number): Cursor => generatorCursor(n, (img) => affineImages(n, img));
