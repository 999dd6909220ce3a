/** The noise operator T_rho f as exact polynomials: known values and T_1 f = f, T_0 f = E[f]. */
import { describe, expect, it } from 'vitest';
import { evaluatePolynomial } from '../../src/core/measures/index.js';
import { Rational } from '../../src/core/rational.js';
import { noiseOperator } from '../../src/vocabulary/measures/noiseOperator.js';
import { majority, randomTable } from './helpers.js';
import { jsonOf, run } from './measureHelpers.js';

describe('noise operator', () => {
  it('majority of 3 at the all-(+1) point: T_rho f = 3/2 rho - 1/2 rho^3', () => {
    const j = jsonOf(noiseOperator, majority(3)) as { coefficients: string[][] };
    expect(j.coefficients[0]).toEqual(['0', '3/2', '0', '-1/2']);
  });
  it('T_1 f = f and T_0 f = E[f] at every point; T_rho chi_S = rho^|S| chi_S', () => {
    const f = randomTable(5, 77);
    const c = run(noiseOperator, f) as Rational[][];
    const mean = Rational.of(f.values.reduce((s, v) => s + v, 0), 32);
    c.forEach((p, x) => {
      expect(evaluatePolynomial(p, Rational.ONE).equals(Rational.fromInt(f.values[x]!))).toBe(true);
      expect(evaluatePolynomial(p, Rational.ZERO).equals(mean)).toBe(true);
    });
    const chi = { n: 3, values: Int32Array.from({ length: 8 }, (_, x) => ((x & 5) === 1 || (x & 5) === 4 ? -1 : 1)) };
    const t = run(noiseOperator, chi) as Rational[][];
    t.forEach((p, x) => expect(p.map(String)).toEqual(['0', '0', String(chi.values[x]), '0']));
  });
});
