/** Parse and type errors: one line, the column of the offending token, what was expected. */
import { describe, expect, it } from 'vitest';
import { LangError, formulaProperty } from '../../src/lang/index.js';

function error(source: string): { kind: string; message: string } {
  try {
    formulaProperty(source, { n: 3 });
  } catch (e) {
    if (e instanceof LangError) return { kind: e.kind, message: e.message };
    throw e;
  }
  throw new Error(`no error for ${source}`);
}

describe('parse errors', () => {
  const cases: [string, string][] = [
    ['forall f in boolean(4): sens(f)^2 >= deg(f', "column 43: expected ',' or ')', got the end of the formula"],
    ['forall f boolean(4): true', "column 10: expected 'in', got 'boolean'"],
    ['forall f in boolean(4) true', "column 24: expected ':' or ',' after the binding, got 'true'"],
    ['forall f in boolean(3): deg(f)^x >= 1', 'column 32: expected a whole-number literal exponent (0..64), got \'x\''],
    ['forall f in boolean(3): 1 < deg(f) < 3', "column 36: expected 'and' between comparisons (comparisons do not chain), got '<'"],
    ['forall f in boolean(3): deg(f) >= 1.5', "column 36: expected an operator after the number, got '.' (numbers are whole; write 1/2 for a fraction)"],
    ['forall f in boolean(3): deg(f) ≥ 1', "column 32: unexpected character '≥'"],
    ['forall f in boolean(3): deg(f) >= 1 )', "column 37: expected an operator or the end of the formula, got ')'"],
    ['', 'column 1: expected a number, a name, a call or (, got the end of the formula'],
    ['forall f in boolean(3): deg(f)^65 = 1', 'column 32: exponent 65 is larger than 64'],
  ];
  for (const [source, message] of cases) {
    it(source || '(empty)', () => expect(error(source)).toEqual({ kind: 'parse', message }));
  }
});

describe('type errors', () => {
  const cases: [string, string][] = [
    ['forall f in boolean(4): sens(f) >= bijections', "column 36: expected a bound variable or n, got the unknown name 'bijections'"],
    ['forall f in boolean(4): sens(f) + 1', "column 33: expected a truth value after 'forall ...:', got an integer"],
    ['sens(chi(2, 3)) + 1', 'column 17: expected a claim (a truth value), got an integer'],
    ['forall f in boolean(4): bent(f) + 1 > 0', "column 25: expected a number before '+', got a truth value"],
    ['forall T in bijections(3): deg(T) >= 0', 'column 28: deg takes 1 argument (a function), got (a map of the cube)'],
    ['forall f in boolean(3): frob(f) = 1', "column 25: expected a measure, operation or function, got the unknown name 'frob' (docs/claims.md lists them)"],
    ['forall f in boolean(3): f(1) = 1', "column 25: expected a function, got the variable 'f' (f[x] is a value at x)"],
    ['forall f in cubes(3): true', "column 8: expected a domain or range after 'in', got 'cubes' (docs/claims.md lists them)"],
    ['forall f in boolean(3, 4): true', 'column 8: expected 1 argument(s) to boolean, got 2'],
    ['forall f in boolean(3): deg(f) / 0 = 1', 'column 34: expected a divisor other than 0 (division by zero)'],
    ['forall f in boolean(3): influences(f)[bent(f)] = 0', 'column 39: expected an integer index, got a truth value'],
    ['forall n in boolean(3): true', "column 8: expected a new variable name, got 'n' (the scope parameter cannot be rebound)"],
    ['forall f in boolean(3): deg(f) = bent(f)', "column 34: expected a number after '=', got a truth value"],
    ['forall f in boolean(3): restriction(f, 1) = f', 'column 25: restriction takes 3 arguments (a function, i: variable, b: bit), got (a Boolean function, an integer)'],
    ['forall T in bijections(3): T o deg(coordinate(T, 1)) = T', "column 32: expected a map after 'o', got an integer"],
    ['forall f in boolean(3): sum S in subsets(3): bent(f) = 1', "column 46: expected a number after 'sum ...:', got a truth value"],
  ];
  for (const [source, message] of cases) {
    it(source, () => expect(error(source)).toEqual({ kind: 'type', message }));
  }

  it('a formula over the parameter n needs a scope', () => {
    expect(() => formulaProperty('forall f in boolean(n): deg(f) <= n')).toThrow(/give --n N/);
  });

  it('a multi-line source names the line', () => {
    expect(error('forall f in boolean(3):\n  deg(f) >= frob')).toEqual({ kind: 'type', message: "line 2, column 13: expected a bound variable or n, got the unknown name 'frob'" });
  });
});

describe('limits', () => {
  it('deep nesting, long formulas and reserved names are one-line errors, not stack overflows', () => {
    expect(error(`${'('.repeat(1000)}true${')'.repeat(1000)}`)).toEqual({ kind: 'parse', message: 'column 101: nesting deeper than 100 levels' });
    expect(error(`${'-'.repeat(300)}1 = 1`).message).toMatch(/nesting deeper than 100 levels/);
    expect(error(`${'1 + '.repeat(3000)}1 = 1`)).toEqual({ kind: 'parse', message: 'column 8193: a formula has at most 4096 tokens' });
    expect(error('forall constructor in boolean(2): true')).toEqual({ kind: 'type', message: "column 8: expected a new variable name, got the reserved name 'constructor'" });
  });
});
