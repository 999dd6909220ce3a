/**
 * Derivative in direction a (docs/math.md, "### derivative"), the cryptographic one:
 * D_a F(x) = F(x) + F(x xor a) over GF(2), i.e. (D_a f)(x) = f(x) f(x xor a) in +-1 values.
 */
import type { Fn } from '../../model/values.js';
import { defineOperation } from '../operation.js';

export function derive(f: Fn, a: number): Fn {
  const values = new Int32Array(f.values.length);
  for (let x = 0; x < values.length; x++) values[x] = f.values[x]! * f.values[x ^ a]!;
  return { n: f.n, values };
}

export const derivative = defineOperation({
  id: 'derivative',
  title: 'derivative D_a f(x) = f(x) f(x xor a)',
  input: 'boolean',
  params: [{ name: 'a', kind: 'set' }],
  summary: 'The GF(2) derivative F(x) + F(x xor a), as +-1 values f(x) f(x xor a).',
  resultN: (n) => n,
  apply: (f, [a]) => derive(f, a!),
});
