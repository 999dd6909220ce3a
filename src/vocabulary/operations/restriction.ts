/**
 * Restriction f|x_i=b (docs/math.md, "### restriction"): the function of the other n - 1
 * variables, in their order, with x_i fixed to bit b (b = 0: x_i = +1, b = 1: x_i = -1).
 */
import type { Fn } from '../../model/values.js';
import { defineOperation } from '../operation.js';

/** Point y of C_{n-1} -> the point of C_n with bit b inserted at position i - 1. */
export function insertBit(y: number, i: number, b: number): number {
  const low = y & ((1 << (i - 1)) - 1);
  return ((y ^ low) << 1) | (b << (i - 1)) | low;
}

export function restrict(f: Fn, i: number, b: number): Fn {
  const values = new Int32Array(f.values.length >>> 1);
  for (let y = 0; y < values.length; y++) values[y] = f.values[insertBit(y, i, b)]!;
  return { n: f.n - 1, values };
}

export const restriction = defineOperation({
  id: 'restriction',
  title: 'restriction f|x_i=b',
  input: 'function',
  params: [
    { name: 'i', kind: 'variable' },
    { name: 'b', kind: 'bit' },
  ],
  summary: 'Fix x_i to bit b (0: +1, 1: -1); the result is a function of the other n - 1 variables, in order.',
  resultN: (n) => n - 1,
  apply: (f, [i, b]) => restrict(f, i!, b!),
});
