/** The ANF of F = (1 - f)/2: its monomials prod_{i in T} b_i with a_T = 1 (docs/math.md#anf). */
import { setElements } from '../../core/cube.js';
import { anfMonomials } from '../../core/measures/index.js';
import { defineMeasure, indexed } from '../measure.js';
import { SHOW, monomialsText } from './listingText.js';

/**
 * The ANF's value: the coefficients, their count, and the monomials in listing order built on
 * first read (at n = 24 a dense ANF has 2^23 of them and the text shows none).
 */
export class AnfListing {
  readonly count: number;
  private listed: number[] | null = null;
  constructor(readonly coefficients: Uint8Array) {
    let c = 0;
    for (let T = 0; T < coefficients.length; T++) c += coefficients[T]!;
    this.count = c;
  }
  get monomials(): readonly number[] {
    return (this.listed ??= anfMonomials(this.coefficients));
  }
}

export const anf = defineMeasure({
  id: 'anf',
  title: 'algebraic normal form (ANF)',
  group: 'degree',
  input: 'boolean',
  summary: 'The monomials T of F = XOR over T with a_T = 1 of prod_{i in T} b_i, b_i = (1 - x_i)/2, in listing order.',
  type: indexed('set', 'integer'),
  compute: (f) => new AnfListing(f.anf()),
  json: (a) => a.monomials.map(setElements),
  text: (a) => `F = ${monomialsText(a.count <= SHOW ? a.monomials : { length: a.count })}  (mod 2, F = (1 - f)/2, b_i = (1 - x_i)/2)`,
  value: (a) => ({ over: 'set', entries: Array.from(a.coefficients) }),
});
