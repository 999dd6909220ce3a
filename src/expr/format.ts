/** Canonical literals: formatFunction / formatMap, read back by parseFunction / parseMap. */
import { type CubeFunction, isBoolean, toRationals } from '../core/cubeFunction.js';
import type { BoolMap } from '../maps/boolMap.js';

/**
 * `hex:` (2^n / 4 digits, so the length gives n back) for Boolean f with n >= 2, `tt:` for
 * Boolean f with n < 2, `vals:` with reduced fractions otherwise.
 */
export function formatFunction(f: CubeFunction): string {
  if (!isBoolean(f)) return `vals:${toRationals(f).map((q) => q.toString()).join(',')}`;
  const v = f.numerators;
  const minus = (i: number): boolean => Number(v[i]) === -1;
  if (f.n < 2) return `tt:${Array.from({ length: v.length }, (_, i) => (minus(i) ? '-' : '+')).join('')}`;
  return `hex:${hexDigits(v.length, minus)}`;
}

function hexDigits(points: number, minus: (i: number) => boolean): string {
  const digits = new Array<string>(points / 4);
  for (let k = 0; k < digits.length; k++) {
    let d = 0;
    for (let b = 0; b < 4; b++) if (minus(4 * k + b)) d |= 1 << b;
    digits[digits.length - 1 - k] = d.toString(16);
  }
  return digits.join('');
}

/**
 * `perm:i0,i1,...` when that reads back with the same m (m = n, or the fewest bits holding every
 * image index); otherwise the coordinates as `;`-separated literals on n variables.
 */
export function formatMap(T: BoolMap): string {
  let bits = T.n;
  for (const x of T.image) while (x >= 2 ** bits) bits++;
  if (bits === T.m) return `perm:${Array.from(T.image).join(',')}`;
  if (T.m === 0) throw new RangeError(`a map with m = 0 and n = ${T.n} > 0 has no textual form`);
  const coords: string[] = [];
  for (let j = 0; j < T.m; j++) {
    const points = T.image.length;
    const minus = (i: number): boolean => ((T.image[i]! >>> j) & 1) === 1;
    coords.push(T.n < 2 ? `tt:${Array.from({ length: points }, (_, i) => (minus(i) ? '-' : '+')).join('')}` : `hex:${hexDigits(points, minus)}`);
  }
  return coords.join('; ');
}
