/**
 * Partial derivative (docs/math.md, "### partialDerivative"), the Fourier one (O'Donnell 2.2):
 * D_i f(x) = (f(x with x_i = +1) - f(x with x_i = -1)) / 2 = sum over S containing i of
 * fhat(S) chi_{S minus i}(x), in {-1, 0, 1} for Boolean f; Inf_i(f) = E[(D_i f)^2].
 */
import type { Fn } from '../../model/values.js';
import { defineOperation } from '../operation.js';

export function partial(f: Fn, i: number): Fn {
  const bit = 1 << (i - 1);
  const values = new Int32Array(f.values.length);
  for (let x = 0; x < values.length; x++) values[x] = (f.values[x & ~bit]! - f.values[x | bit]!) / 2;
  return { n: f.n, values };
}

export const partialDerivative = defineOperation({
  id: 'partialDerivative',
  title: 'partial derivative D_i f',
  input: 'boolean',
  params: [{ name: 'i', kind: 'variable' }],
  summary: '(f(x with x_i = +1) - f(x with x_i = -1)) / 2, values in {-1, 0, 1}, on all n variables.',
  resultN: (n) => n,
  apply: (f, [i]) => partial(f, i!),
});
