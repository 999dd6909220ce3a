/**
 * The evaluator (docs/claims.md, "Semantics"): exact, deterministic, total on type-checked
 * formulas. Binders walk finite ranges in canonical order; 'and', 'or', 'implies', forall and
 * exists stop as soon as the answer is known. A null (a partial measure without a value) reaching
 * anything but defined(...), a division by zero, an index out of range or a kernel refusal (the
 * inverse of a map that is not a bijection) is a LangError 'runtime' at its column. This file
 * dispatches on the expression and evaluates literals, names, calls, indexing and the unary
 * operators; the binary operators are evalBinary.ts, the binders evalBinders.ts, the environment
 * evalContext.ts.
 */
import type { Kernel } from '../claim/kernel.js';
import type { Q } from '../model/values.js';
import type { Expr } from './ast.js';
import { builtin } from './builtins.js';
import { LangError, langError } from './errors.js';
import { binaryValue } from './evalBinary.js';
import { binderValue } from './evalBinders.js';
import { type Env, type Evaluation, bind, lookup, short } from './evalContext.js';
import { neg, pow, q } from './rational.js';
import { type Val, fromScalar, isFn, isIndexed, isMap, smallInt } from './values.js';

export { bind, type Env } from './evalContext.js';

class Evaluator implements Evaluation {
  constructor(
    private readonly source: string,
    readonly k: Kernel,
  ) {}

  fail(at: number, message: string): never {
    throw langError('runtime', this.source, at, message);
  }

  /** A value that must not be null. */
  v(e: Expr, env: Env | null): Val {
    const x = this.eval(e, env);
    if (x === null) this.fail(e.at, `${short(e)} is undefined on this case (a partial measure without a value; guard it with defined(...))`);
    return x;
  }
  num(e: Expr, env: Env | null): Q {
    return this.v(e, env) as Q;
  }
  bool(e: Expr, env: Env | null): boolean {
    return this.v(e, env) as boolean;
  }
  small(e: Expr, env: Env | null): number {
    const x = smallInt(this.num(e, env));
    if (x === null) this.fail(e.at, `${short(e)} is not a whole number small enough here`);
    return x;
  }

  eval(e: Expr, env: Env | null): Val {
    switch (e.k) {
      case 'int':
        return q(e.value);
      case 'bool':
        return e.value;
      case 'var':
        return lookup(env, e.name);
      case 'call': {
        const b = builtin(e.name)!;
        const args = e.args.map((a) => (b.acceptsNull ? this.eval(a, env) : this.v(a, env)));
        try {
          return b.apply(args, this.k);
        } catch (err) {
          if (err instanceof LangError) throw err;
          return this.fail(e.at, `${e.name}: ${err instanceof Error ? err.message : String(err)}`);
        }
      }
      case 'index':
        return this.index(e, env);
      case 'neg':
        return neg(this.num(e.arg, env));
      case 'not':
        return !this.bool(e.arg, env);
      case 'pow':
        return pow(this.num(e.base, env), e.exponent);
      case 'binary':
        return binaryValue(this, e, env);
      case 'let': {
        let inner = env;
        for (const b of e.bindings) inner = bind(inner, b.name, this.eval(b.value, inner));
        return this.eval(e.body, inner);
      }
      case 'binder':
        return binderValue(this, e, env);
    }
  }

  private index(e: Extract<Expr, { k: 'index' }>, env: Env | null): Val {
    const t = this.v(e.target, env);
    const i = this.small(e.index, env);
    const out = (len: string): never => this.fail(e.index.at, `index ${i} is out of range (${len})`);
    if (isFn(t)) return i >= 0 && i < t.values.length ? q(BigInt(t.values[i]!)) : out(`points 0..${t.values.length - 1}`);
    if (isMap(t)) return i >= 0 && i < t.image.length ? q(BigInt(t.image[i]!)) : out(`points 0..${t.image.length - 1}`);
    if (!isIndexed(t)) throw new Error('internal: index of a non-list after type checking');
    const len = t.entries.length;
    if (t.over === 'variable') return i >= 1 && i <= len ? fromScalar(t.entries[i - 1]!) : out(`variables 1..${len}`);
    return i >= 0 && i < len ? fromScalar(t.entries[i]!) : out(`${t.over}s 0..${len - 1}`);
  }
}

/** The value of a type-checked expression in env over kernel k. */
export function evaluate(source: string, e: Expr, k: Kernel, env: Env | null): Val {
  return new Evaluator(source, k).eval(e, env);
}

