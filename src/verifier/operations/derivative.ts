/** The verifier's derivative: D_a F = F(x) + F(x xor a) over GF(2), back to +-1. */
import { defineOperationTwin } from './twin.js';

export const derivative = defineOperationTwin({
  input: 'boolean',
  params: ['set'],
  apply(f, [a]) {
    const F = (x: number) => (f.values[x] === -1 ? 1 : 0);
    return { n: f.n, values: Int32Array.from(f.values, (_, x) => ((F(x) + F(x ^ a!)) % 2 === 1 ? -1 : 1)) };
  },
});
