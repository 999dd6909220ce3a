/** The verifier's junta size: count the variables whose flip changes f somewhere. */
import { defineTwin } from './twin.js';

export const juntaSize = defineTwin({
  input: 'function',
  compute(f) {
    const variables: number[] = [];
    for (let i = 1; i <= f.n; i++) {
      if (f.values.some((v, x) => v !== f.values[x ^ (2 ** (i - 1))])) variables.push(i);
    }
    return { size: variables.length, variables };
  },
  value: (v) => v.size,
});
