/** The verifier's symmetry test: compare f at every pair of points of the same weight. */
import { bitCount } from './plainSums.js';
import { defineTwin } from './twin.js';

export const symmetric = defineTwin({
  input: 'function',
  compute(f) {
    const size = f.values.length;
    for (let x = 0; x < size; x++) {
      for (let y = 0; y < size; y++) {
        if (bitCount(x) === bitCount(y) && f.values[x] !== f.values[y]) return { symmetric: false, valueVector: null };
      }
    }
    const vector = Array.from({ length: f.n + 1 }, (_, k) => String(f.values[2 ** k - 1]));
    return { symmetric: true, valueVector: vector };
  },
  value: (v) => v.symmetric,
});
