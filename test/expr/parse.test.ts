import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Expr, maxVariable, parseExpression, printExpression, variablesUsed } from '../../src/expr/index.js';
import { exprArbitrary } from './arbitraries.js';

function parsed(text: string): Expr {
  const r = parseExpression(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const x = (index: number): Expr => ({ kind: 'var', index });
const k = (value: number): Expr => ({ kind: 'num', value: BigInt(value) });

describe('parseExpression', () => {
  it('gives * precedence over + and keeps - left-associative', () => {
    expect(parsed('1 + 2 * x3')).toEqual({ kind: 'binary', op: '+', left: k(1), right: { kind: 'binary', op: '*', left: k(2), right: x(3) } });
    expect(parsed('x1 - x2 - x3')).toEqual({
      kind: 'binary',
      op: '-',
      left: { kind: 'binary', op: '-', left: x(1), right: x(2) },
      right: x(3),
    });
  });

  it('binds ^ tighter than unary minus, and unary minus tighter than *', () => {
    expect(parsed('-x1^2')).toEqual({ kind: 'neg', arg: { kind: 'pow', base: x(1), exponent: 2 } });
    expect(parsed('-x1 * x2')).toEqual({ kind: 'binary', op: '*', left: { kind: 'neg', arg: x(1) }, right: x(2) });
    expect(parsed('(-x1)^3')).toEqual({ kind: 'pow', base: { kind: 'neg', arg: x(1) }, exponent: 3 });
  });

  it('reads 1/2 as a division of literals and big literals exactly', () => {
    expect(parsed('1/2')).toEqual({ kind: 'binary', op: '/', left: k(1), right: k(2) });
    expect(parsed('123456789012345678901234567890')).toEqual({ kind: 'num', value: 123456789012345678901234567890n });
  });

  it('parses calls, chi and thr with whitespace anywhere between tokens', () => {
    expect(parsed('  and ( x1 ,x2 )  ')).toEqual({ kind: 'call', name: 'and', args: [x(1), x(2)] });
    expect(parsed('chi(1, 3)')).toEqual({ kind: 'chi', indices: [1, 3] });
    expect(parsed('chi()')).toEqual({ kind: 'chi', indices: [] });
    expect(parsed('thr( 2 ; x1, x2, x3)')).toEqual({ kind: 'thr', k: 2, args: [x(1), x(2), x(3)] });
    expect(parsed('ite(x1, x2, 1/2)').kind).toBe('call');
  });

  it('lists the variables used, chi indices included', () => {
    const e = parsed('x3 * chi(5, 1) + maj(x2, x2, x7)');
    expect(variablesUsed(e)).toEqual([1, 2, 3, 5, 7]);
    expect(maxVariable(e)).toBe(7);
    expect(maxVariable(parsed('1/2 + chi()'))).toBe(0);
  });

  it('accepts a long sum without deep recursion, and rejects very deep nesting with an error', () => {
    const long = Array.from({ length: 5000 }, (_, i) => `x${(i % 3) + 1}`).join(' + ');
    const e = parsed(long);
    expect(printExpression(e)).toBe(long);
    const deep = '('.repeat(300) + 'x1' + ')'.repeat(300);
    const r = parseExpression(deep);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/^column \d+: expression nested more than 200 levels deep$/);
  });
});

describe('printExpression', () => {
  it('prints with the fewest parentheses the grammar needs', () => {
    const cases: [string, string][] = [
      ['x1-(x2-x3)', 'x1 - (x2 - x3)'],
      ['(x1-x2)-x3', 'x1 - x2 - x3'],
      ['x1*(x2/x3)', 'x1 * (x2 / x3)'],
      ['-(x1*x2)', '-(x1 * x2)'],
      ['- -x1', '--x1'],
      ['x1 - -3', 'x1 - -3'],
      ['(x1^2)^3', '(x1^2)^3'],
      ['(x1+1)^2', '(x1 + 1)^2'],
      ['thr(2;x1,and(x2,x3))', 'thr(2; x1, and(x2, x3))'],
      ['chi(3,1)', 'chi(3, 1)'],
    ];
    for (const [text, canonical] of cases) expect(printExpression(parsed(text))).toBe(canonical);
  });

  it('round-trips: parse(print(e)) is e for random trees', () => {
    fc.assert(
      fc.property(exprArbitrary(5, 5), (e) => {
        const text = printExpression(e);
        const back = parseExpression(text);
        expect(back.ok).toBe(true);
        if (back.ok) {
          expect(back.value).toEqual(e);
          expect(printExpression(back.value)).toBe(text);
        }
      }),
      { seed: 1234, numRuns: 400 },
    );
  });
});
