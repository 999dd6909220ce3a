/** The verifier's restriction: list the points of C_n with x_i = b in increasing order. */
import { defineOperationTwin } from './twin.js';

export const restriction = defineOperationTwin({
  input: 'function',
  params: ['variable', 'bit'],
  apply(f, [i, b]) {
    const kept: number[] = [];
    for (let x = 0; x < f.values.length; x++) if (Math.floor(x / 2 ** (i! - 1)) % 2 === b) kept.push(f.values[x]!);
    return { n: f.n - 1, values: Int32Array.from(kept) };
  },
});
