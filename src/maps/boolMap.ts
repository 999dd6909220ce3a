/**
 * A Boolean map T: C_n -> C_m (docs/math.md section 2), stored as the image index of every point:
 * image[i] is the index in [0, 2^m) of T(point i). Coordinate T_j is bit j-1 of the image index
 * read in the sign convention (bit 1 = value -1).
 */
import { MAX_MAP_N } from '../core/cube.js';

export interface BoolMap {
  readonly n: number;
  readonly m: number;
  readonly image: Uint32Array;
}

/** Throws a RangeError unless n is an integer in [0, MAX_MAP_N]; `what` names the dimension. */
export function assertMapN(n: number, what = 'n'): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`${what} must be a non-negative integer, got ${n}`);
  if (n > MAX_MAP_N) {
    throw new RangeError(
      `${what} = ${n} is too large: a map stores an image for each of 2^n points and supports n, m <= ${MAX_MAP_N}`,
    );
  }
}

export function makeMap(n: number, m: number, image: Uint32Array): BoolMap {
  assertMapN(n, 'n');
  assertMapN(m, 'm');
  if (image.length !== 2 ** n) throw new RangeError(`a map on ${n} variables needs ${2 ** n} image points`);
  const limit = 2 ** m;
  for (let i = 0; i < image.length; i++) {
    if (image[i]! >= limit) throw new RangeError(`image point ${image[i]} at point ${i} is outside C_${m}`);
  }
  return { n, m, image };
}

export function identityMap(n: number): BoolMap {
  assertMapN(n);
  const image = new Uint32Array(2 ** n);
  for (let i = 0; i < image.length; i++) image[i] = i;
  return { n, m: n, image };
}

/** A map from a plain list of image indices (validated; the list is copied). */
export function mapFromImages(n: number, m: number, images: ArrayLike<number>): BoolMap {
  assertMapN(n, 'n');
  assertMapN(m, 'm');
  if (images.length !== 2 ** n) throw new RangeError(`a map on ${n} variables needs ${2 ** n} image points`);
  for (let i = 0; i < images.length; i++) {
    const v = images[i]!;
    if (!Number.isInteger(v) || v < 0 || v >= 2 ** m) {
      throw new RangeError(`image point ${v} at point ${i} is not a point of C_${m}`);
    }
  }
  return makeMap(n, m, Uint32Array.from(images));
}

/** Same dimensions and the same image at every point. */
export function mapsEqual(a: BoolMap, b: BoolMap): boolean {
  if (a.n !== b.n || a.m !== b.m || a.image.length !== b.image.length) return false;
  for (let i = 0; i < a.image.length; i++) if (a.image[i] !== b.image[i]) return false;
  return true;
}
