/**
 * The Fourier-Walsh spectrum: every non-zero fhat(S), in listing order (docs/math.md#spectrum).
 * analyze lists it with its own (lazy) listing code (`listing: true`); claims read fhat(S) by mask.
 */
import { setElements } from '../../core/cube.js';
import { nonZeroCoefficients } from '../../core/measures/index.js';
import { coefficientAt } from '../../core/spectrum.js';
import { toQ } from '../exact.js';
import { defineMeasure, indexed } from '../measure.js';

export const spectrum = defineMeasure({
  id: 'spectrum',
  title: 'Fourier-Walsh spectrum fhat(S)',
  group: 'fourier',
  input: 'function',
  listing: true,
  summary: 'fhat(S) = E[f(x) chi_S(x)] for every S; JSON lists the non-zero ones by |S|, then lexicographically.',
  type: indexed('set', 'rational'),
  compute: (f) => f.spectrum(),
  json: (s) => nonZeroCoefficients(s).map((c) => ({ set: setElements(c.set), coefficient: c.coefficient.toString() })),
  text: (s) => `${nonZeroCoefficients(s, 8).map((c) => `fhat(${setElements(c.set).join(',')})=${c.coefficient.toString()}`).join(' ')}${s.coefficients.length > 8 ? ' ...' : ''}`,
  value: (s) => ({ over: 'set', entries: Array.from({ length: s.coefficients.length }, (_, S) => toQ(coefficientAt(s, S))) }),
});
