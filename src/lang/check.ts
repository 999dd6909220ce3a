/**
 * The type checker (docs/claims.md, "Types"): every name bound, every call to a known builtin
 * with arguments of the right types (measure types from the registry), every range known with
 * whole-number arguments, and a formula of type truth value. Errors: LangError 'type' naming the
 * column and what was expected.
 */
import type { Expr } from './ast.js';
import { builtin } from './builtins.js';
import { langError } from './errors.js';
import { arity, lookupRange } from './ranges.js';
import { BOOL, INT, RAT, type Ty, fits, isNumeric, showTy } from './types.js';

export type TypeEnv = ReadonlyMap<string, Ty>;

/** The names every formula may use: the scope parameter n. */
export const FREE_NAMES: TypeEnv = new Map([['n', INT]]);

class Checker {
  constructor(private readonly source: string) {}

  fail(at: number, message: string): never {
    throw langError('type', this.source, at, message);
  }

  private want(e: Expr, env: TypeEnv, t: Ty, what: string): Ty {
    const got = this.ty(e, env);
    if (!fits(got, t)) this.fail(e.at, `expected ${what}, got ${showTy(got)}`);
    return got;
  }

  private bindable(name: string, at: number): void {
    if (name === 'n') this.fail(at, "expected a new variable name, got 'n' (the scope parameter cannot be rebound)");
    if (name === '__proto__' || name in Object.prototype) this.fail(at, `expected a new variable name, got the reserved name '${name}'`);
  }

  ty(e: Expr, env: TypeEnv): Ty {
    switch (e.k) {
      case 'int':
        return INT;
      case 'bool':
        return BOOL;
      case 'var': {
        const t = env.get(e.name);
        if (t !== undefined) return t;
        if (builtin(e.name) !== undefined) this.fail(e.at, `expected a value, got the function '${e.name}' (call it: ${e.name}(...))`);
        return this.fail(e.at, `expected a bound variable or n, got the unknown name '${e.name}'`);
      }
      case 'call': {
        const b = builtin(e.name);
        if (b === undefined) {
          if (env.has(e.name)) this.fail(e.at, `expected a function, got the variable '${e.name}' (${e.name}[x] is a value at x)`);
          if (lookupRange(e.name) !== null) this.fail(e.at, `expected a function, got the range '${e.name}' (ranges follow 'in': sum S in subsets(n): ...)`);
          return this.fail(e.at, `expected a measure, operation or function, got the unknown name '${e.name}' (docs/claims.md lists them)`);
        }
        const args = e.args.map((a) => this.ty(a, env));
        const r = b.type(args);
        if (typeof r === 'string') this.fail(e.at, `${r}, got (${args.map(showTy).join(', ')})`);
        return r;
      }
      case 'index': {
        const t = this.ty(e.target, env);
        this.want(e.index, env, INT, 'an integer index');
        if (t.t === 'indexed') return { t: t.scalar };
        if (t.t === 'fn' || t.t === 'map') return INT;
        return this.fail(e.at, `expected a list, a function or a map before '[', got ${showTy(t)}`);
      }
      case 'neg':
        return this.want(e.arg, env, RAT, 'a number after -');
      case 'not':
        return this.want(e.arg, env, BOOL, "a truth value after 'not'");
      case 'pow':
        return this.want(e.base, env, RAT, "a number before '^'");
      case 'binary':
        return this.binary(e, env);
      case 'binder': {
        let inner = env;
        for (const b of e.bindings) {
          const r = lookupRange(b.range);
          if (r === null) this.fail(b.at, `expected a domain or range after 'in', got '${b.range}' (docs/claims.md lists them)`);
          const [lo, hi] = arity(r);
          if (b.args.length < lo || b.args.length > hi) this.fail(b.at, `expected ${lo === hi ? lo : `${lo} to ${hi}`} argument(s) to ${b.range}, got ${b.args.length}`);
          for (const a of b.args) this.want(a, inner, INT, `a whole-number argument of ${b.range}`);
          this.bindable(b.name, b.at);
          inner = new Map([...inner, [b.name, r.yields]]);
        }
        if (e.binder === 'forall' || e.binder === 'exists') {
          this.want(e.body, inner, BOOL, `a truth value after '${e.binder} ...:'`);
          return BOOL;
        }
        return this.want(e.body, inner, RAT, `a number after '${e.binder} ...:'`);
      }
      case 'let': {
        let inner = env;
        for (const b of e.bindings) {
          const t = this.ty(b.value, inner);
          this.bindable(b.name, b.at);
          inner = new Map([...inner, [b.name, t]]);
        }
        return this.ty(e.body, inner);
      }
    }
  }

  private binary(e: Extract<Expr, { k: 'binary' }>, env: TypeEnv): Ty {
    const { op } = e;
    if (op === 'and' || op === 'or' || op === 'implies' || op === 'iff') {
      this.want(e.left, env, BOOL, `a truth value before '${op}'`);
      this.want(e.right, env, BOOL, `a truth value after '${op}'`);
      return BOOL;
    }
    if (op === 'o') {
      const l = this.ty(e.left, env);
      this.want(e.right, env, { t: 'map' }, "a map after 'o'");
      if (l.t === 'fn' || l.t === 'map') return l;
      return this.fail(e.left.at, `expected a function or a map before 'o', got ${showTy(l)}`);
    }
    if (op === '=' || op === '!=') {
      const l = this.ty(e.left, env);
      const r = this.ty(e.right, env);
      if ((isNumeric(l) && isNumeric(r)) || (l.t === r.t && !isNumeric(l) && (l.t !== 'indexed' || fits(l, r)))) return BOOL;
      return this.fail(e.right.at, `expected ${isNumeric(l) ? 'a number' : showTy(l)} after '${op}', got ${showTy(r)}`);
    }
    const l = this.want(e.left, env, RAT, `a number before '${op}'`);
    const r = this.want(e.right, env, RAT, `a number after '${op}'`);
    if (op === '<' || op === '<=' || op === '>' || op === '>=') return BOOL;
    if (op === '/') {
      if (e.right.k === 'int' && e.right.value === 0n) this.fail(e.right.at, 'expected a divisor other than 0 (division by zero)');
      return RAT;
    }
    return l.t === 'int' && r.t === 'int' ? INT : RAT;
  }
}

/** The type of e in env; throws a LangError 'type'. */
export function typeOf(source: string, e: Expr, env: TypeEnv = FREE_NAMES): Ty {
  return new Checker(source).ty(e, env);
}

/** Checks that a whole formula is a claim (a truth value); throws a LangError 'type'. */
export function checkFormula(source: string, e: Expr, env: TypeEnv = FREE_NAMES): void {
  const t = typeOf(source, e, env);
  if (t.t !== 'bool') throw langError('type', source, e.at, `expected a claim (a truth value), got ${showTy(t)}`);
}
