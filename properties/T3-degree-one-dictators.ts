/** docs/math.md T3. */
import { defineProperty, domains } from '../src/claim/index.js';

export default defineProperty({
  id: 'T3-degree-one-dictators',
  statement:
    'A Boolean f on C_n of Fourier degree at most 1 is a constant or a signed dictator: ' +
    'f is one of +1, -1, x_i, -x_i for some i in 1..n.',
  status: 'theorem',
  variables: { f: domains.booleanFunctions() },
  predicate: ({ f }, k) => {
    if (k.degree(f)! > 1) return true;
    const sets = [0, ...Array.from({ length: f.n }, (_, i) => 1 << i)];
    return sets.some((s) => {
      const chi = k.chi(f.n, s).values;
      const same = f.values.every((v, x) => v === chi[x]);
      const negated = f.values.every((v, x) => v === -chi[x]!);
      return same || negated;
    });
  },
  defaultScope: { n: 4 },
  tags: ['T3', 'fourier', 'degree'],
});
