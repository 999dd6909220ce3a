/** The ANF of F = (1 - f)/2: its monomials prod_{i in T} b_i with a_T = 1 (docs/math.md#anf). */
import { setElements } from '../../core/cube.js';
import { anfMonomials } from '../../core/measures/index.js';
import { defineMeasure, indexed } from '../measure.js';
import { monomialsText } from './listingText.js';

export const anf = defineMeasure({
  id: 'anf',
  title: 'algebraic normal form (ANF)',
  group: 'degree',
  input: 'boolean',
  summary: 'The monomials T of F = XOR over T with a_T = 1 of prod_{i in T} b_i, b_i = (1 - x_i)/2, in listing order.',
  type: indexed('set', 'integer'),
  compute: (f) => ({ coefficients: f.anf(), monomials: anfMonomials(f.anf()) }),
  json: (a) => a.monomials.map(setElements),
  text: (a) => `F = ${monomialsText(a.monomials)}  (mod 2, F = (1 - f)/2, b_i = (1 - x_i)/2)`,
  value: (a) => ({ over: 'set', entries: Array.from(a.coefficients) }),
});
