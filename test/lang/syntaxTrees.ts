/**
 * Random syntax trees in the engine's shape (src/lang/ast.ts), well-typed or not, for the tests
 * that print them and parse them again: the engine's round trip (test/lang/roundTrip.test.ts) and
 * the two parsers' agreement (test/verifier/lang/agreement.test.ts).
 */
import fc from 'fast-check';
import type { BinaryOp, BinderKind, Expr } from '../../src/lang/ast.js';

const OPS: BinaryOp[] = ['+', '-', '*', '/', 'o', '=', '!=', '<', '<=', '>', '>=', 'and', 'or', 'implies', 'iff'];
const BINDERS: BinderKind[] = ['forall', 'exists', 'sum', 'max', 'min'];

export interface TreeShape {
  readonly names: readonly string[];
  readonly callees: readonly string[];
  readonly ranges: readonly string[];
  /** Most arguments of a call or a range. */
  readonly maxArgs: number;
}

export function syntaxTrees(shape: TreeShape): fc.Arbitrary<Expr> {
  const name = fc.constantFrom(...shape.names);
  const { expr } = fc.letrec<{ expr: Expr }>((tie) => {
    const sub = tie('expr');
    const args = fc.array(sub, { maxLength: shape.maxArgs });
    return {
      expr: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.bigInt({ min: 0n, max: 10n ** 12n }).map((value): Expr => ({ k: 'int', value, at: 0 })),
        fc.boolean().map((value): Expr => ({ k: 'bool', value, at: 0 })),
        name.map((n): Expr => ({ k: 'var', name: n, at: 0 })),
        fc.tuple(fc.constantFrom(...shape.callees), args).map(([n, a]): Expr => ({ k: 'call', name: n, args: a, at: 0 })),
        fc.tuple(sub, sub).map(([target, index]): Expr => ({ k: 'index', target, index, at: 0 })),
        sub.map((arg): Expr => ({ k: 'neg', arg, at: 0 })),
        sub.map((arg): Expr => ({ k: 'not', arg, at: 0 })),
        fc.tuple(sub, fc.integer({ min: 0, max: 64 })).map(([base, exponent]): Expr => ({ k: 'pow', base, exponent, at: 0 })),
        fc.tuple(fc.constantFrom(...OPS), sub, sub).map(([op, left, right]): Expr => ({ k: 'binary', op, left, right, at: 0 })),
        fc
          .tuple(fc.constantFrom(...BINDERS), fc.array(fc.tuple(name, fc.constantFrom(...shape.ranges), args), { minLength: 1, maxLength: 2 }), sub)
          .map(([binder, bs, body]): Expr => ({ k: 'binder', binder, bindings: bs.map(([n, range, a]) => ({ name: n, range, args: a, at: 0 })), body, at: 0 })),
        fc.tuple(fc.array(fc.tuple(name, sub), { minLength: 1, maxLength: 2 }), sub).map(([bs, body]): Expr => ({ k: 'let', bindings: bs.map(([n, value]) => ({ name: n, value, at: 0 })), body, at: 0 })),
      ),
    };
  });
  return expr;
}
