/**
 * Cofactor (docs/math.md, "### cofactor"): f with x_i fixed to bit b, still a function of all n
 * variables (one that ignores x_i): g(x) = f(x with bit i - 1 set to b).
 */
import type { Fn } from '../../model/values.js';
import { defineOperation } from '../operation.js';

export function cofactorOf(f: Fn, i: number, b: number): Fn {
  const bit = 1 << (i - 1);
  const values = new Int32Array(f.values.length);
  for (let x = 0; x < values.length; x++) values[x] = f.values[b ? x | bit : x & ~bit]!;
  return { n: f.n, values };
}

export const cofactor = defineOperation({
  id: 'cofactor',
  title: 'cofactor f with x_i = b, on n variables',
  input: 'function',
  params: [
    { name: 'i', kind: 'variable' },
    { name: 'b', kind: 'bit' },
  ],
  summary: 'Fix x_i to bit b (0: +1, 1: -1), keeping all n variables (the result ignores x_i).',
  resultN: (n) => n,
  apply: (f, [i, b]) => cofactorOf(f, i!, b!),
});
