/** printFormula is a right inverse of parseFormula: parsing the print gives back the AST (offsets aside). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripOffsets } from '../../src/lang/ast.js';
import { parseFormula, printFormula } from '../../src/lang/index.js';
import { readFileSync } from 'node:fs';
import { parseClaimsFile } from '../../src/lang/claimsFile.js';
import { syntaxTrees } from './syntaxTrees.js';

const CATALOGUE_FORMULAS = parseClaimsFile(readFileSync(new URL('../../properties/catalogue.claims', import.meta.url), 'utf8')).map((c) => c.formula);

const SEED = 20261201;
const expr = syntaxTrees({
  names: ['f', 'g', 'T', 'S', 'x', 'n', 'deg', 'sens', 'D', 'i', 'h2', '_a'],
  callees: ['deg', 'sens', 'inv', 'coordinate', 'max', 'min', 'fhat', 'boolean', 'foo'],
  ranges: ['boolean', 'subsets', 'bijections', 'range'],
  maxArgs: 3,
});

describe('printer and parser', () => {
  it('parse(print(e)) = e on random ASTs', () => {
    fc.assert(
      fc.property(expr, (e) => {
        expect(stripOffsets(parseFormula(printFormula(e)))).toEqual(stripOffsets(e));
      }),
      { seed: SEED, numRuns: 400, verbose: true },
    );
  });

  it('the catalogue formulas and the issue examples print to text that reads back the same', () => {
    const texts = [
      ...CATALOGUE_FORMULAS,
      'forall f in boolean(4): sens(f)^2 >= deg(f)',
      'forall T in bijections(3): maxdeg(inv(T)) <= maxdeg(T)',
      'exists f in boolean(4): bent(f) and deg2(f) = 2',
      'forall f in boolean(3): let d = deg(f), s = sens(f) in s * s >= d',
      'forall f in boolean(3), g in boolean(3): deg(f) = deg(g) implies not bent(f) or a iff b',
      '-x^2 + 2 * 3 / 4 - y[1][2] = h o T o U',
    ];
    for (const t of texts) {
      const ast = parseFormula(t);
      expect(stripOffsets(parseFormula(printFormula(ast)))).toEqual(stripOffsets(ast));
    }
  });

  it('precedence: what binds tighter', () => {
    const p = (s: string): string => printFormula(parseFormula(s));
    expect(p('a or b and c')).toBe('a or (b and c)');
    expect(p('a implies b implies c')).toBe('a implies (b implies c)');
    expect(p('not a = b')).toBe('not (a = b)');
    expect(p('-x^2')).toBe('-(x^2)');
    expect(p('a + b * c - d')).toBe('(a + (b * c)) - d');
    expect(p('sum S in subsets(n): fhat(f, S)^2 = 1')).toBe('(sum S in subsets(n): (fhat(f, S)^2)) = 1');
    expect(p('forall f in boolean(n): p and q')).toBe('forall f in boolean(n): p and q');
    expect(p('deg(h o T) <= deg(h) * maxdeg(T)')).toBe('deg(h o T) <= (deg(h) * maxdeg(T))');
    expect(p('max(a, b) + max x in points(2): x')).toBe('max(a, b) + (max x in points(2): x)');
  });
});
