/**
 * A slow, obviously-correct evaluator: every node is a list of Rational values, computed point by
 * point from the definitions. Used to cross-check the table evaluator on small n.
 */
import { coordinate } from '../../src/core/cube.js';
import { Rational } from '../../src/core/rational.js';
import type { Expr } from '../../src/expr/index.js';

export type SlowResult = { ok: true; values: Rational[] } | { ok: false; kind: 'domain' | 'division' };

class Failure {
  constructor(readonly kind: 'domain' | 'division') {}
}

const ONE = Rational.ONE;
const MINUS = Rational.MINUS_ONE;
const bool = (b: boolean): Rational => (b ? MINUS : ONE);

export function slowEvaluate(expr: Expr, n: number): SlowResult {
  try {
    return { ok: true, values: node(expr, n) };
  } catch (e) {
    if (e instanceof Failure) return { ok: false, kind: e.kind };
    throw e;
  }
}

function points(n: number): number[] {
  return Array.from({ length: 2 ** n }, (_, i) => i);
}

function signs(values: Rational[]): boolean[] {
  return values.map((v) => {
    if (v.equals(MINUS)) return true;
    if (v.equals(ONE)) return false;
    throw new Failure('domain');
  });
}

function node(e: Expr, n: number): Rational[] {
  const P = points(n);
  switch (e.kind) {
    case 'num':
      return P.map(() => Rational.of(e.value));
    case 'var':
      return P.map((p) => Rational.fromInt(coordinate(p, e.index)));
    case 'chi':
      return P.map((p) => e.indices.reduce((acc, i) => acc.mul(Rational.fromInt(coordinate(p, i))), ONE));
    case 'neg':
      return node(e.arg, n).map((v) => v.neg());
    case 'pow':
      return node(e.base, n).map((v) => {
        let r = ONE;
        for (let k = 0; k < e.exponent; k++) r = r.mul(v);
        return r;
      });
    case 'binary': {
      const a = node(e.left, n);
      const b = node(e.right, n);
      if (e.op === '+') return a.map((x, i) => x.add(b[i]!));
      if (e.op === '-') return a.map((x, i) => x.sub(b[i]!));
      if (e.op === '*') return a.map((x, i) => x.mul(b[i]!));
      if (!b.every((y) => y.equals(b[0]!)) || b[0]!.isZero()) throw new Failure('division');
      return a.map((x) => x.div(b[0]!));
    }
    case 'thr': {
      const args = e.args.map((a) => signs(node(a, n)));
      return P.map((p) => bool(args.filter((s) => s[p]).length >= e.k));
    }
    case 'call': {
      if (e.name === 'sgn') return node(e.args[0]!, n).map((v) => bool(v.sign() < 0));
      if (e.name === 'ite') {
        const c = signs(node(e.args[0]!, n));
        const a = node(e.args[1]!, n);
        const b = node(e.args[2]!, n);
        return P.map((p) => (c[p] ? a[p]! : b[p]!));
      }
      const args = e.args.map((a) => signs(node(a, n)));
      const truths = (p: number): boolean[] => args.map((s) => s[p]!);
      switch (e.name) {
        case 'not':
          return P.map((p) => bool(!args[0]![p]));
        case 'and':
          return P.map((p) => bool(truths(p).every((t) => t)));
        case 'or':
          return P.map((p) => bool(truths(p).some((t) => t)));
        case 'xor':
          return P.map((p) => bool(truths(p).filter((t) => t).length % 2 === 1));
        case 'maj':
          return P.map((p) => bool(truths(p).filter((t) => t).length > args.length / 2));
      }
    }
  }
}
