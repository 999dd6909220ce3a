import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CubeFunction, fromInt32, fromRationals, functionsEqual, toRationals } from '../../src/core/cubeFunction.js';
import { Rational } from '../../src/core/rational.js';
import { formatFunction, parseFunction } from '../../src/expr/index.js';
import { rationalTableArbitrary, signTableArbitrary } from './arbitraries.js';

function fn(text: string, n?: number): CubeFunction {
  const r = parseFunction(text, n === undefined ? {} : { n });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const same = (a: string, b: string, n?: number): boolean => functionsEqual(fn(a, n), fn(b, n));

describe('truth-table literals', () => {
  it('reads hex: with the least significant bit at point 0 and a set bit meaning -1', () => {
    expect(same('hex:6', 'x1*x2')).toBe(true);
    expect(same('hex:8', 'and(x1, x2)')).toBe(true);
    expect(same('hex:e8', 'maj(x1, x2, x3)')).toBe(true);
    expect(same('HEX: E8 ', 'maj(x1, x2, x3)')).toBe(true);
    expect(fn('hex:0000').n).toBe(4);
    expect(fn('hex:00000000').n).toBe(5);
  });

  it('reads hex: for an explicit n, down to n = 0', () => {
    expect(same('hex:6', 'ite(x3, 1, ite(x4, 1, x1*x2))', 4)).toBe(true);
    expect(fn('hex:1', 0).numerators[0]).toBe(-1);
    expect(fn('hex:0', 0).numerators[0]).toBe(1);
    expect(same('hex:2', 'x1', 1)).toBe(true);
    expect(same('hex:0006', 'x1*x2', 2)).toBe(true);
  });

  it('reads tt: signs in point order, with whitespace allowed', () => {
    expect(same('tt:+--+', 'x1*x2')).toBe(true);
    expect(same('Tt: + - - +', 'x1*x2')).toBe(true);
    expect(same('tt:+-', 'x1')).toBe(true);
    expect(fn('tt:-').n).toBe(0);
  });

  it('extends tt: and vals: to a larger explicit n as functions of their first variables', () => {
    expect(same('tt:+-', 'x1', 3)).toBe(true);
    expect(same('vals:1/2,0', '(x1 + 1)/4', 2)).toBe(true);
  });

  it('reads vals: exact rationals', () => {
    const f = fn('vals:1/2,-3,0,1');
    expect(f.n).toBe(2);
    expect(toRationals(f).map(String)).toEqual(['1/2', '-3', '0', '1']);
    expect(toRationals(fn('VALS: 2/4 , - 6/3 , +0, 10/5')).map(String)).toEqual(['1/2', '-2', '0', '2']);
    expect(toRationals(fn('vals:123456789012345678901')).map(String)).toEqual(['123456789012345678901']);
  });
});

describe('formatFunction', () => {
  it('writes the canonical literals', () => {
    expect(formatFunction(fn('x1*x2'))).toBe('hex:6');
    expect(formatFunction(fn('and(x1, x2)'))).toBe('hex:8');
    expect(formatFunction(fn('x1', 4))).toBe('hex:aaaa');
    expect(formatFunction(fn('x1'))).toBe('tt:+-');
    expect(formatFunction(fn('-1'))).toBe('tt:-');
    expect(formatFunction(fn('(x1 + x2)/2'))).toBe('vals:1,0,0,-1');
    expect(formatFunction(fn('x1/3 + 1/6'))).toBe('vals:1/2,-1/6');
    expect(formatFunction(fn('2'))).toBe('vals:2');
  });

  it('round-trips Boolean tables: parseFunction(formatFunction(f)) = f with no n', () => {
    fc.assert(
      fc.property(signTableArbitrary(0, 9), ({ n, values }) => {
        const f = fromInt32(n, values);
        const text = formatFunction(f);
        expect(text.startsWith(n < 2 ? 'tt:' : 'hex:')).toBe(true);
        const back = parseFunction(text);
        expect(back.ok && functionsEqual(back.value, f)).toBe(true);
      }),
      { seed: 1234, numRuns: 200 },
    );
  });

  it('round-trips rational tables through vals:', () => {
    fc.assert(
      fc.property(rationalTableArbitrary(5), ({ n, values }) => {
        const f = fromRationals(n, values.map(([p, q]) => Rational.of(p, q)));
        const text = formatFunction(f);
        const back = parseFunction(text);
        expect(back.ok && functionsEqual(back.value, f)).toBe(true);
        if (!text.startsWith('vals:')) expect(values.every(([p, q]) => p === q || p === -q)).toBe(true);
      }),
      { seed: 1234, numRuns: 200 },
    );
  });
});
