/**
 * All bijections of C_n, in lexicographic order of the image table: the identity first, the
 * reversal x -> 2^n - 1 - x last. (2^n)! of them: only n <= 3 fits the default limit.
 */
import { type BoolMap, assertMapN } from '../../maps/boolMap.js';
import { bijectionCountExceeds } from './counts.js';
import { type EnumerationOptions, type MapVisitor, assertEnumerable, enumerationLimit } from './limits.js';
import { nextPermutationInPlace } from './permutations.js';

function start(n: number, options: EnumerationOptions | undefined): Uint32Array {
  assertMapN(n);
  const limit = enumerationLimit(options);
  assertEnumerable(`all bijections of C_${n}`, bijectionCountExceeds(n, limit) ? 'exceeds' : 0n, limit);
  const image = new Uint32Array(2 ** n);
  for (let i = 0; i < image.length; i++) image[i] = i;
  return image;
}

/** Visits every bijection's image table (one reused array); returns how many were visited. */
export function forEachBijectionInPlace(n: number, visit: MapVisitor, options?: EnumerationOptions): number {
  const image = start(n, options);
  let visited = 0;
  do {
    visited++;
    if (visit(image) === false) break;
  } while (nextPermutationInPlace(image));
  return visited;
}

/** Every bijection of C_n as a fresh BoolMap, in the same order. */
export function* bijections(n: number, options?: EnumerationOptions): Generator<BoolMap> {
  const image = start(n, options);
  do yield { n, m: n, image: image.slice() };
  while (nextPermutationInPlace(image));
}
