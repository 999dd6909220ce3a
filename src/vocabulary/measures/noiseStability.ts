/** Stab_rho(f) = sum_k rho^k W^k(f), an exact polynomial in rho (docs/math.md#noisestability). */
import { formatPolynomial, noiseStability as stabilityOf } from '../../core/measures/index.js';
import { toQ } from '../exact.js';
import { defineMeasure, indexed } from '../measure.js';

export const noiseStability = defineMeasure({
  id: 'noiseStability',
  title: 'noise stability Stab_rho(f)',
  group: 'fourier',
  input: 'function',
  summary: 'Stab_rho(f) = E[f(x) f(y)] for rho-correlated x, y = sum_k rho^k W^k(f): its coefficients, constant term first.',
  type: indexed('level', 'rational'),
  compute: (f) => stabilityOf(f.spectrum()),
  json: (c) => c.map(String),
  text: (c) => formatPolynomial(c),
  value: (c) => ({ over: 'level', entries: c.map(toQ) }),
});
