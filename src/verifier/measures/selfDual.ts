/** The verifier's self-duality: f at the antipode of each point, coordinate by coordinate. */
import { defineTwin } from './twin.js';

export const selfDual = defineTwin({
  input: 'function',
  compute(f) {
    for (let x = 0; x < f.values.length; x++) {
      let antipode = 0;
      for (let i = 0; i < f.n; i++) if (((x >>> i) & 1) === 0) antipode += 2 ** i;
      if (f.values[antipode] !== -f.values[x]!) return { selfDual: false };
    }
    return { selfDual: true };
  },
  value: (v) => v.selfDual,
});
