/** docs/math.md T4. */
import { defineProperty, domains } from '../src/claim/index.js';

export default defineProperty({
  id: 'T4-gf2-degree-le-degree',
  statement:
    'For every Boolean f on C_n the GF(2) degree is at most the Fourier degree: deg2(f) <= deg(f) ' +
    '(f = +1, whose ANF is 0 and deg2 undefined, satisfies it vacuously).',
  status: 'theorem',
  variables: { f: domains.booleanFunctions() },
  predicate: ({ f }, k) => {
    const d2 = k.gf2Degree(f);
    return d2 === null || d2 <= k.degree(f)!;
  },
  defaultScope: { n: 4 },
  tags: ['T4', 'gf2', 'degree'],
});
