import { describe, expect, it } from 'vitest';
import { type ExprError, parseExpression, parseFunction, parseMap } from '../../src/expr/index.js';

type Case = readonly [input: string, kind: ExprError['kind'], column: number | null, message: string, n?: number];

function check(result: { ok: true } | { ok: false; error: ExprError }, [input, kind, column, message]: Case): void {
  expect(result.ok, input).toBe(false);
  if (result.ok) return;
  expect(result.error, input).toEqual({ kind, column, message: column === null ? message : `column ${column}: ${message}` });
  if (column !== null) {
    // The column points inside the input (or just past its end).
    expect(column).toBeGreaterThanOrEqual(1);
    expect(column).toBeLessThanOrEqual(input.length + 1);
  }
}

const KNOWN = 'not, and, or, xor, maj, ite, sgn, chi, thr';

const syntax: Case[] = [
  ['(x1 + x2', 'parse', 9, "expected ')' to close '(' opened at column 1, found end of input"],
  ['and(x1, x2', 'parse', 11, "expected ')' to close '(' opened at column 4, found end of input"],
  ['x1 + ((x2)', 'parse', 11, "expected ')' to close '(' opened at column 6, found end of input"],
  ['(x1 ; x2)', 'parse', 5, "expected ')' to close '(' opened at column 1, found ';'"],
  ['foo(x1)', 'parse', 1, `unknown function 'foo' (known: ${KNOWN})`],
  ['AND(x1)', 'parse', 1, `unknown function 'AND' (known: ${KNOWN}; function names are lowercase)`],
  ['x1 + y', 'parse', 6, "unknown name 'y' (variables are x1, x2, ...; functions are called as in and(x1, x2))"],
  ['X1', 'parse', 1, "unknown name 'X1' (variables are written in lowercase: x1, x2, ...)"],
  ['x0 + 1', 'parse', 1, 'no variable x0: variables are numbered from x1'],
  ['x1 x2', 'parse', 4, "expected an operator or end of input, found 'x2'"],
  ['x1 + ', 'parse', 6, 'expected an expression, found end of input'],
  ['', 'parse', 1, 'expected an expression, found end of input'],
  ['x1)', 'parse', 3, "unmatched ')'"],
  ['x1; x2', 'parse', 3, "unexpected ';' (';' separates the coordinates of a map)"],
  ['x1 & x2', 'parse', 4, "unexpected character '&'"],
  ['1.5', 'parse', 2, "unexpected character '.' (constants are integers or fractions such as 1/2)"],
  ['x1 + *', 'parse', 6, "expected an expression, found '*'"],
  ['x1^x2', 'parse', 4, "expected a non-negative integer literal exponent after '^', found 'x2'"],
  ['x1^-1', 'parse', 4, "expected a non-negative integer literal exponent after '^', found '-'"],
  ['x1^2^3', 'parse', 5, "chained '^' is not allowed; use parentheses, e.g. (a^2)^3"],
  ['x1^2000', 'parse', 4, 'exponent 2000 is too large (at most 1024)'],
  ['not(x1, x2)', 'parse', 1, "'not' takes exactly 1 argument, got 2"],
  ['x1 + maj(x1, x2)', 'parse', 6, "'maj' takes an odd number of arguments, got 2"],
  ['ite(x1, x2)', 'parse', 1, "'ite' takes exactly 3 arguments (condition, then, else), got 2"],
  ['and()', 'parse', 1, "'and' takes at least 1 argument, got 0"],
  ['thr(x1, x2)', 'parse', 5, "expected an integer literal k in 'thr(k; a, b, ...)', found 'x1'"],
  ['thr(2, x1)', 'parse', 6, "expected ';' after k in 'thr(k; a, b, ...)', found ','"],
  ['thr(2;)', 'parse', 1, "'thr' takes at least 1 argument after 'k;', got 0"],
  ['chi(x1)', 'parse', 5, "expected a variable index (a positive integer) in 'chi(...)', e.g. chi(1, 3) for x1*x3, found 'x1'"],
  ['chi(0)', 'parse', 5, 'chi: variable indices start at 1'],
  ['chi(1, 1)', 'parse', 8, 'chi: variable 1 is listed twice'],
  ['and(x1 x2)', 'parse', 8, "expected ',' or ')' after argument 1 of 'and', found 'x2'"],
  ['and', 'parse', 4, "expected '(' after the function name 'and', found end of input"],
  ['x1 + tt:+-', 'parse', 6, "a 'tt:' literal cannot be part of an expression; it must be the whole input (or a whole map coordinate)"],
  ['foo:1', 'parse', 4, "unexpected character ':' (literals tt:, hex:, vals: must be the whole input)"],
];

const literals: Case[] = [
  ['tt:++-+-+', 'parse', 1, 'tt: literal has 6 signs; expected a power of two'],
  ['  tt:+x', 'parse', 7, "tt: literal may contain only '+' and '-', found 'x'"],
  ['tt:', 'parse', 4, "tt: literal needs at least one sign '+' or '-'"],
  ['hex:abc', 'parse', 1, 'hex: literal has 3 digits; expected a power of two (or give n explicitly)'],
  ['hex:', 'parse', 5, 'hex: literal needs hexadecimal digits'],
  ['hex:6g', 'parse', 6, "hex: literal expects one hexadecimal number, found 'g'"],
  ['hex:16', 'parse', 5, 'hex: literal has a bit set beyond the 4 points of n = 2', 2],
  ['hex:4', 'parse', 5, 'hex: literal has a bit set beyond the 2 points of n = 1', 1],
  ['vals:1,2,3', 'parse', 1, 'vals: literal has 3 values; expected a power of two'],
  ['vals:1/0,1', 'parse', 7, 'vals: division by zero in an entry'],
  ['vals:1,,2', 'parse', 8, "vals: expected a number such as 3, -1 or 1/2, found ','"],
  ['vals:1 2', 'parse', 8, "vals: expected ',' or end of input after an entry, found '2'"],
  ['vals:1/x', 'parse', 8, "vals: expected a denominator after '/', found 'x'"],
  ['perm:0,1', 'parse', 1, "a 'perm:' literal describes a whole map, not a function"],
  ['tt:+-+-', 'size', 1, 'tt: literal has 4 entries (n = 2) but n = 1', 1],
];

const evaluation: Case[] = [
  ['and(x1, 2)', 'domain', 1, 'and needs +-1 arguments, but argument 2 is 2 at point 0 (x = (+1))'],
  ['ite(x1 + 1, x2, x3)', 'domain', 1, 'ite needs +-1 arguments, but the condition (argument 1) is 2 at point 0 (x = (+1,+1,+1))'],
  ['x1 + not(x2/2)', 'domain', 6, 'not needs +-1 arguments, but argument 1 is 1/2 at point 0 (x = (+1,+1))'],
  ['thr(1; x1, x2 + x1)', 'domain', 1, 'thr needs +-1 arguments, but argument 2 is 2 at point 0 (x = (+1,+1))'],
  ['maj(x1, x2, x1 * 0)', 'domain', 1, 'maj needs +-1 arguments, but argument 3 is 0 at point 0 (x = (+1,+1))'],
  ['x1 + xor(x1, sgn(x2) * x2 + x1)', 'domain', 6, 'xor needs +-1 arguments, but argument 2 is 2 at point 0 (x = (+1,+1))'],
  ['x1 / x2', 'division', 4, "the right operand of '/' must evaluate to a non-zero constant, but it is not constant"],
  ['x1 / (x1 - x1)', 'division', 4, 'division by zero'],
  ['1/0', 'division', 2, 'division by zero'],
  ['x3', 'size', null, 'the expression uses x3 but n = 2', 2],
  ['x1', 'size', null, 'n = 25 is too large: a table of 2^n exact values is held in memory, so n <= 24 is supported (2^24 = 16777216 points)', 25],
  ['x1', 'size', null, 'n must be a non-negative integer, got 1.5', 1.5],
  ['x30', 'size', null, 'x30 is too large: a table of 2^n exact values is held in memory, so n <= 24 is supported (2^24 = 16777216 points)'],
];

describe('error messages name the column', () => {
  it('for syntax errors', () => {
    for (const c of syntax) check(parseFunction(c[0]), c);
    // parseExpression reports the same syntax errors.
    for (const c of syntax) check(parseExpression(c[0]), c);
    // A whole-input literal is still not an expression.
    check(parseExpression(' hex:6'), [' hex:6', 'parse', 2, "a 'hex:' literal cannot be part of an expression; it must be the whole input (or a whole map coordinate)"]);
  });

  it('for literals', () => {
    for (const c of literals) check(parseFunction(c[0], c[4] === undefined ? {} : { n: c[4] }), c);
  });

  it('for evaluation errors', () => {
    for (const c of evaluation) check(parseFunction(c[0], c[4] === undefined ? {} : { n: c[4] }), c);
  });

  it('for sizes beyond the analysis limit', () => {
    check(parseFunction('hex:' + '0'.repeat(2 ** 23)), ['', 'size', 1, 'hex: literal has 8388608 digits: n = 25 is too large: a table of 2^n exact values is held in memory, so n <= 24 is supported (2^24 = 16777216 points)']);
  });

  it('for maps, with columns in the whole input', () => {
    const cases: Case[] = [
      ['x1; x1 + 1', 'domain', 5, 'coordinate 2 must be +-1-valued, but it is 2 at point 0 (x = (+1))'],
      ['x1; vals:1/2,1', 'domain', 5, 'coordinate 2 must be +-1-valued, but it is 1/2 at point 0 (x = (+1))'],
      ['x1;', 'parse', 4, 'expected a map coordinate (an expression or a literal)'],
      ['x1; perm:0,1', 'parse', 5, "a 'perm:' literal must be the whole map"],
      ['x1; and(x2, ', 'parse', 13, 'expected an expression, found end of input'],
      ['x1; (x2', 'parse', 8, "expected ')' to close '(' opened at column 5, found end of input"],
      ['x1; thr(1 x2)', 'parse', 11, "expected ';' after k in 'thr(k; a, b, ...)', found 'x2'"],
      ['x1;  tt:+-+', 'parse', 6, 'tt: literal has 3 signs; expected a power of two'],
      ['x1; hex:16', 'parse', 9, 'hex: literal has a bit set beyond the 4 points of n = 2', 2],
      ['perm:0,1,2', 'parse', 1, 'perm: literal has 3 entries; expected a power of two'],
      ['perm:0,-1', 'parse', 8, "perm: expected a non-negative integer, found '-'"],
      ['perm:0,1', 'size', 1, 'perm: literal has 2 entries (n = 1) but n = 2 was given', 2],
      ['perm:0,2097152', 'size', 8, 'perm: image index 2097152 needs more than 20 coordinates'],
      ['x21', 'size', null, 'x21 is too large: a table of 2^n exact values is held in memory, so n <= 20 is supported (2^20 = 1048576 points)'],
      ['x1', 'size', null, 'n = 21 is too large: a table of 2^n exact values is held in memory, so n <= 20 is supported (2^20 = 1048576 points)', 21],
    ];
    for (const c of cases) check(parseMap(c[0], c[4] === undefined ? {} : { n: c[4] }), c);
  });
});
