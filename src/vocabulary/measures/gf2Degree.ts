/** deg_2(f): the degree of the ANF of F = (1 - f)/2 over GF(2) (docs/math.md#gf2degree). */
import { popcount } from '../../core/cube.js';
import { NULLABLE_INTEGER, defineMeasure } from '../measure.js';

export const gf2Degree = defineMeasure({
  id: 'gf2Degree',
  title: 'GF(2) degree deg_2(f)',
  group: 'degree',
  input: 'boolean',
  summary: 'Largest |T| with a_T = 1 in the algebraic normal form of F = (1 - f)/2; null for f = +1 (F = 0).',
  type: NULLABLE_INTEGER,
  compute(f) {
    const a = f.anf();
    // Levels n and n - 1 first (n + 1 lookups): a dense function almost always stops there.
    const full = a.length - 1;
    if (a[full]) return f.n;
    for (let i = 0; i < f.n; i++) if (a[full ^ (1 << i)]) return f.n - 1;
    let d: number | null = null;
    for (let t = 0; t < a.length; t++) if (a[t] && (d === null || popcount(t) > d)) d = popcount(t);
    return d;
  },
  json: (d) => d,
  text: (d) => (d === null ? 'undefined (F = 0)' : String(d)),
  value: (d) => d,
});
