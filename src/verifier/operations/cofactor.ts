/** The verifier's cofactor: at each point, read f where bit i - 1 is replaced by b. */
import { defineOperationTwin } from './twin.js';

export const cofactor = defineOperationTwin({
  input: 'function',
  params: ['variable', 'bit'],
  apply(f, [i, b]) {
    const p = 2 ** (i! - 1);
    return { n: f.n, values: Int32Array.from(f.values, (_, x) => f.values[x - (Math.floor(x / p) % 2) * p + b! * p]!) };
  },
});
