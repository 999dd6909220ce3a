/**
 * All maps C_n -> C_m, in lexicographic order of the image table (image[0], ..., image[2^n - 1]):
 * the last point's image changes fastest. The first map is constant at point 0, the last
 * constant at point 2^m - 1.
 */
import { type BoolMap, assertMapN } from '../../maps/boolMap.js';
import { countMaps } from './counts.js';
import { type EnumerationOptions, type MapVisitor, assertEnumerable, enumerationLimit } from './limits.js';

/** Advances an image table to the next one in lexicographic order; false after the last. */
export function nextMapInPlace(image: Uint32Array, m: number): boolean {
  const top = 2 ** m - 1;
  let i = image.length - 1;
  while (i >= 0 && image[i] === top) image[i--] = 0;
  if (i < 0) return false;
  image[i]! += 1;
  return true;
}

function start(n: number, m: number, options: EnumerationOptions | undefined): Uint32Array {
  assertMapN(n, 'n');
  assertMapN(m, 'm');
  assertEnumerable(`all maps C_${n} -> C_${m}`, countMaps(n, m), enumerationLimit(options));
  return new Uint32Array(2 ** n);
}

/** Visits every map's image table (one reused array); returns how many maps were visited. */
export function forEachMapInPlace(n: number, m: number, visit: MapVisitor, options?: EnumerationOptions): number {
  const image = start(n, m, options);
  let visited = 0;
  do {
    visited++;
    if (visit(image) === false) break;
  } while (nextMapInPlace(image, m));
  return visited;
}

/** Every map C_n -> C_m as a fresh BoolMap, in the same order. */
export function* allMaps(n: number, m: number, options?: EnumerationOptions): Generator<BoolMap> {
  const image = start(n, m, options);
  do yield { n, m, image: image.slice() };
  while (nextMapInPlace(image, m));
}
