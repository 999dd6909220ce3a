/**
 * The evaluator (docs/claims.md, "Semantics"): exact, deterministic, total on type-checked
 * formulas. Binders walk finite ranges in canonical order; 'and', 'or', 'implies', forall and
 * exists stop as soon as the answer is known. A null (a partial measure without a value) reaching
 * anything but defined(...), a division by zero, an index out of range or a kernel refusal (the
 * inverse of a map that is not a bijection) is a LangError 'runtime' at its column.
 */
import type { Kernel } from '../claim/kernel.js';
import type { CubeMap, Q } from '../model/values.js';
import type { Expr } from './ast.js';
import { builtin } from './builtins.js';
import { LangError, langError } from './errors.js';
import { printFormula } from './printer.js';
import { add, cmp, div, mul, neg, pow, q, sub } from './rational.js';
import { lookupRange, members } from './ranges.js';
import { type Val, equal, fromScalar, isFn, isIndexed, isMap, smallInt } from './values.js';

/** Bound names, innermost first. */
export interface Env {
  readonly name: string;
  readonly value: Val;
  readonly up: Env | null;
}

export const bind = (env: Env | null, name: string, value: Val): Env => ({ name, value, up: env });

function lookup(env: Env | null, name: string): Val {
  for (let e = env; e !== null; e = e.up) if (e.name === name) return e.value;
  throw new Error(`internal: unbound name ${name} after type checking`);
}

const short = (e: Expr): string => {
  const s = printFormula(e);
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
};

class Evaluator {
  constructor(
    private readonly source: string,
    private readonly k: Kernel,
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
        return this.binary(e, env);
      case 'let': {
        let inner = env;
        for (const b of e.bindings) inner = bind(inner, b.name, this.eval(b.value, inner));
        return this.eval(e.body, inner);
      }
      case 'binder':
        return this.binder(e, env);
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

  private binary(e: Extract<Expr, { k: 'binary' }>, env: Env | null): Val {
    switch (e.op) {
      case 'and':
        return this.bool(e.left, env) && this.bool(e.right, env);
      case 'or':
        return this.bool(e.left, env) || this.bool(e.right, env);
      case 'implies':
        return !this.bool(e.left, env) || this.bool(e.right, env);
      case 'iff':
        return this.bool(e.left, env) === this.bool(e.right, env);
      case '=':
        return equal(this.v(e.left, env), this.v(e.right, env));
      case '!=':
        return !equal(this.v(e.left, env), this.v(e.right, env));
      case 'o': {
        const l = this.v(e.left, env);
        const r = this.v(e.right, env) as CubeMap;
        try {
          return isFn(l) ? this.k.compose(l, r) : this.k.composeMaps(l as CubeMap, r);
        } catch (err) {
          return this.fail(e.at, `o: ${err instanceof Error ? err.message : String(err)}`);
        }
      }
      default:
        break;
    }
    const a = this.num(e.left, env);
    const b = this.num(e.right, env);
    switch (e.op) {
      case '+':
        return add(a, b);
      case '-':
        return sub(a, b);
      case '*':
        return mul(a, b);
      case '/':
        return b.p === 0n ? this.fail(e.right.at, `division by zero (${short(e.right)} is 0 on this case)`) : div(a, b);
      case '<':
        return cmp(a, b) < 0;
      case '<=':
        return cmp(a, b) <= 0;
      case '>':
        return cmp(a, b) > 0;
      case '>=':
        return cmp(a, b) >= 0;
    }
  }

  /** Visits every assignment of the bindings (nested, in order); stops when visit returns false. */
  private walk(e: Extract<Expr, { k: 'binder' }>, i: number, env: Env | null, visit: (env: Env | null) => boolean): boolean {
    if (i === e.bindings.length) return visit(env);
    const b = e.bindings[i]!;
    const args = b.args.map((a) => this.small(a, env));
    let it: Iterable<Val>;
    try {
      it = members(lookupRange(b.range)!, args);
      for (const x of it) if (!this.walk(e, i + 1, bind(env, b.name, x), visit)) return false;
    } catch (err) {
      if (err instanceof LangError) throw err;
      return this.fail(b.at, `${b.range}(${args.join(', ')}): ${err instanceof Error ? err.message : String(err)}`);
    }
    return true;
  }

  private binder(e: Extract<Expr, { k: 'binder' }>, env: Env | null): Val {
    switch (e.binder) {
      case 'forall':
        return this.walk(e, 0, env, (inner) => this.bool(e.body, inner));
      case 'exists':
        return !this.walk(e, 0, env, (inner) => !this.bool(e.body, inner));
      case 'sum': {
        let s = q(0n);
        this.walk(e, 0, env, (inner) => ((s = add(s, this.num(e.body, inner))), true));
        return s;
      }
      case 'max':
      case 'min': {
        let best: Q | null = null;
        const sign = e.binder === 'max' ? 1 : -1;
        this.walk(e, 0, env, (inner) => {
          const x = this.num(e.body, inner);
          if (best === null || cmp(x, best) * sign > 0) best = x;
          return true;
        });
        return best ?? this.fail(e.at, `${e.binder} over an empty range`);
      }
    }
  }
}

/** The value of a type-checked expression in env over kernel k. */
export function evaluate(source: string, e: Expr, k: Kernel, env: Env | null): Val {
  return new Evaluator(source, k).eval(e, env);
}

