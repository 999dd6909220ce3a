/**
 * A Boolean map T: C_n -> C_m (MATH.md section 2), stored as the image index of every point:
 * image[i] is the index in [0, 2^m) of T(point i). Coordinate T_j is bit j-1 of the image index
 * read in the sign convention (bit 1 = value -1).
 */
export interface BoolMap {
  readonly n: number;
  readonly m: number;
  readonly image: Uint32Array;
}

export function makeMap(n: number, m: number, image: Uint32Array): BoolMap {
  if (image.length !== 2 ** n) throw new RangeError(`a map on ${n} variables needs ${2 ** n} image points`);
  const limit = 2 ** m;
  for (let i = 0; i < image.length; i++) {
    if (image[i]! >= limit) throw new RangeError(`image point ${image[i]} at point ${i} is outside C_${m}`);
  }
  return { n, m, image };
}

export function identityMap(n: number): BoolMap {
  const image = new Uint32Array(2 ** n);
  for (let i = 0; i < image.length; i++) image[i] = i;
  return { n, m: n, image };
}
