/**
 * All signed permutations x -> (s_1 x_{pi(1)}, ..., s_n x_{pi(n)}) of C_n (2^n n! of them).
 * Order: pi in lexicographic order of (pi(1), ..., pi(n)); for each pi the sign mask runs from 0
 * to 2^n - 1, bit j-1 set meaning s_j = -1. The first map is the identity.
 */
import { type BoolMap, assertMapN } from '../../maps/boolMap.js';
import { affineImage } from '../../maps/gf2Linear.js';
import { countSignedPermutations } from './counts.js';
import { type EnumerationOptions, assertEnumerable, enumerationLimit } from './limits.js';
import { nextPermutationInPlace } from './permutations.js';

/**
 * Called with the image table, pi (1-based: permutation[j-1] = pi(j)) and the sign mask. All
 * arrays are reused: copy to keep, never modify. Return false to stop.
 */
export type SignedPermutationVisitor = (
  image: Uint32Array,
  permutation: readonly number[],
  signMask: number,
) => boolean | void;

/** Visits every signed permutation; returns how many were visited. */
export function forEachSignedPermutationInPlace(
  n: number,
  visit: SignedPermutationVisitor,
  options?: EnumerationOptions,
): number {
  assertMapN(n);
  assertEnumerable(`all signed permutations of C_${n}`, countSignedPermutations(n), enumerationLimit(options));
  const size = 2 ** n;
  const permutation = Array.from({ length: n }, (_, j) => j + 1);
  const columns = new Uint32Array(n);
  const image = new Uint32Array(size);
  let visited = 0;
  do {
    for (let j = 0; j < n; j++) columns[permutation[j]! - 1] = 1 << j;
    const linear = affineImage(n, columns, 0);
    for (let s = 0; s < size; s++) {
      for (let i = 0; i < size; i++) image[i] = linear[i]! ^ s;
      visited++;
      if (visit(image, permutation, s) === false) return visited;
    }
  } while (nextPermutationInPlace(permutation));
  return visited;
}

/** Every signed permutation of C_n as a fresh BoolMap, in the same order. */
export function* signedPermutations(n: number, options?: EnumerationOptions): Generator<BoolMap> {
  assertMapN(n);
  assertEnumerable(`all signed permutations of C_${n}`, countSignedPermutations(n), enumerationLimit(options));
  const permutation = Array.from({ length: n }, (_, j) => j + 1);
  const columns = new Uint32Array(n);
  do {
    for (let j = 0; j < n; j++) columns[permutation[j]! - 1] = 1 << j;
    const linear = affineImage(n, columns, 0);
    for (let s = 0; s < 2 ** n; s++) yield { n, m: n, image: linear.map((v) => v ^ s) };
  } while (nextPermutationInPlace(permutation));
}
