/** fast-check generators for the expression tests: random syntax trees and random tables. */
import fc from 'fast-check';
import type { Expr } from '../../src/expr/index.js';

type E = Expr;
const num = (value: bigint): E => ({ kind: 'num', value });
const variable = (maxIndex: number): fc.Arbitrary<E> => fc.integer({ min: 1, max: maxIndex }).map((index) => ({ kind: 'var', index }));
const call = (name: 'not' | 'and' | 'or' | 'xor' | 'maj' | 'ite' | 'sgn', args: E[]): E => ({ kind: 'call', name, args });

const smallNum = fc.oneof(
  { weight: 4, arbitrary: fc.bigInt({ min: 0n, max: 5n }) },
  { weight: 1, arbitrary: fc.bigInt({ min: 0n, max: 2n ** 40n }) },
  { weight: 1, arbitrary: fc.constantFrom(2147483647n, 2147483648n, 65536n, 46341n) },
).map(num);

/**
 * Trees over x1..x{maxIndex}. `bool` trees are +-1-valued (so logic functions mostly succeed);
 * `real` trees are anything, including ones whose evaluation fails (non +-1 logic argument,
 * division by a non-constant or by zero), which both evaluators must reject alike.
 */
export function exprArbitrary(maxIndex: number, maxDepth = 4): fc.Arbitrary<E> {
  const chi = fc
    .uniqueArray(fc.integer({ min: 1, max: maxIndex }), { maxLength: 3 })
    .map((indices): E => ({ kind: 'chi', indices }));
  const tree = fc.letrec<{ bool: E; real: E; divisor: E }>((tie) => {
    const bool = tie('bool');
    const real = tie('real');
    const boolArgs = (min: number, max: number) => fc.array(bool, { minLength: min, maxLength: max });
    return {
      bool: fc.oneof(
        { maxDepth, depthSize: 'small', withCrossShrink: true },
        variable(maxIndex),
        chi,
        fc.constantFrom<E>(num(1n), { kind: 'neg', arg: num(1n) }),
        bool.map((a): E => call('not', [a])),
        bool.map((a): E => ({ kind: 'neg', arg: a })),
        boolArgs(1, 3).map((a) => call('and', a)),
        boolArgs(1, 3).map((a) => call('or', a)),
        boolArgs(1, 3).map((a) => call('xor', a)),
        fc.oneof(boolArgs(1, 1), boolArgs(3, 3)).map((a) => call('maj', a)),
        fc.tuple(bool, bool, bool).map((a) => call('ite', a)),
        fc.tuple(fc.integer({ min: 0, max: 4 }), boolArgs(1, 4)).map(([k, args]): E => ({ kind: 'thr', k, args })),
        real.map((a) => call('sgn', [a])),
        fc.tuple(bool, bool).map(([left, right]): E => ({ kind: 'binary', op: '*', left, right })),
        fc.tuple(bool, fc.integer({ min: 0, max: 3 })).map(([base, exponent]): E => ({ kind: 'pow', base, exponent })),
      ),
      real: fc.oneof(
        { maxDepth, depthSize: 'small', withCrossShrink: true },
        smallNum,
        variable(maxIndex),
        bool,
        real.map((a): E => ({ kind: 'neg', arg: a })),
        fc.tuple(fc.constantFrom('+', '-', '*'), real, real).map(([op, left, right]): E => ({ kind: 'binary', op, left, right })),
        fc.tuple(real, tie('divisor')).map(([left, right]): E => ({ kind: 'binary', op: '/', left, right })),
        fc.tuple(real, fc.integer({ min: 0, max: 3 })).map(([base, exponent]): E => ({ kind: 'pow', base, exponent })),
        fc.tuple(bool, real, real).map((a) => call('ite', a)),
        fc.array(real, { minLength: 1, maxLength: 2 }).map((a) => call('and', a)),
      ),
      divisor: fc.oneof(
        { weight: 5, arbitrary: fc.bigInt({ min: 1n, max: 7n }).map(num) },
        { weight: 1, arbitrary: fc.constant(num(0n)) },
        { weight: 1, arbitrary: fc.constant<E>({ kind: 'binary', op: '*', left: { kind: 'var', index: 1 }, right: { kind: 'var', index: 1 } }) },
        { weight: 1, arbitrary: real },
      ),
    };
  });
  return tree.real;
}

/** A +-1 table on n variables as an Int32Array. */
export function signTableArbitrary(minN: number, maxN: number): fc.Arbitrary<{ n: number; values: Int32Array }> {
  return fc
    .integer({ min: minN, max: maxN })
    .chain((n) => fc.array(fc.boolean(), { minLength: 2 ** n, maxLength: 2 ** n }).map((bits) => ({ n, values: Int32Array.from(bits, (b) => (b ? -1 : 1)) })));
}

/** Rational values (numerator, positive denominator) on n variables. */
export function rationalTableArbitrary(maxN: number): fc.Arbitrary<{ n: number; values: [bigint, bigint][] }> {
  const entry = fc.tuple(fc.bigInt({ min: -(2n ** 40n), max: 2n ** 40n }), fc.bigInt({ min: 1n, max: 12n }));
  return fc
    .integer({ min: 0, max: maxN })
    .chain((n) => fc.array(entry, { minLength: 2 ** n, maxLength: 2 ** n }).map((values) => ({ n, values })));
}
