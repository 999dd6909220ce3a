/** The verifier's partial derivative: half the difference of f at x_i = +1 and at x_i = -1. */
import { defineOperationTwin } from './twin.js';

export const partialDerivative = defineOperationTwin({
  input: 'boolean',
  params: ['variable'],
  apply(f, [i]) {
    const p = 2 ** (i! - 1);
    const at = (x: number, bit: number) => f.values[x - (Math.floor(x / p) % 2) * p + bit * p]!;
    return { n: f.n, values: Int32Array.from(f.values, (_, x) => (at(x, 0) - at(x, 1)) / 2) };
  },
});
