/** docs/math.md T10 (the Nisan-Szegedy bound d 2^(d-1) at d = 2). */
import { defineProperty, domains } from '../src/claim/index.js';

export default defineProperty({
  id: 'T10-degree-two-juntas',
  statement: 'Every Boolean f on C_n of Fourier degree <= 2 depends on at most 4 of its n variables.',
  status: 'theorem',
  variables: { f: domains.lowDegreeFunctions(2) },
  predicate: ({ f }, k) => k.relevantVariables(f).length <= 4,
  defaultScope: { n: 5 },
  tags: ['T10', 'fourier', 'juntas', 'nisan-szegedy'],
  // The same claim on census cells: `check T10 --n 5 --mode exhaustive` runs on the census engine.
  census: { measures: ['degree', 'relevant'], holds: (c) => (c.degree ?? 0) > 2 || c.relevant <= 4 },
});
