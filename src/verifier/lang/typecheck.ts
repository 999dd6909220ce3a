/**
 * The verifier's type checker of formulas (docs/claims.md, "Types"): every name bound, every call
 * to a function it knows with arguments of the right types, every range known with whole-number
 * arguments, and a claim of type truth value. A construct it does not know is a FormulaProblem,
 * so a certificate using it is rejected, never accepted.
 */
import { lookupFunction } from './functions.js';
import { rangeArity, rangeYields } from './ranges.js';
import { type Node, problem } from './syntax.js';
import { type VTy, accepts, describe, isFnTy, numeric } from './vtypes.js';

type Scope = ReadonlyMap<string, VTy>;

const LOGIC = ['and', 'or', 'implies', 'iff'];
const ORDER = ['<', '<=', '>', '>='];

function fresh(id: string, pos: number): void {
  if (id === 'n') problem('type', pos, "the scope parameter 'n' cannot be rebound");
  if (id === '__proto__' || id in Object.prototype) problem('type', pos, `'${id}' is a reserved name`);
}

function want(e: Node, scope: Scope, t: VTy, what: string): VTy {
  const got = typeOf(e, scope);
  if (!accepts(t, got)) problem('type', e.pos, `expected ${what}, got ${describe(got)}`);
  return got;
}

export function typeOf(e: Node, scope: Scope): VTy {
  switch (e.t) {
    case 'num':
      return 'int';
    case 'bool':
      return 'bool';
    case 'name': {
      const t = scope.get(e.id);
      return t ?? problem('type', e.pos, `'${e.id}' is not a bound variable`);
    }
    case 'call': {
      const f = lookupFunction(e.f);
      if (f === undefined) return problem('type', e.pos, `the verifier knows no function '${e.f}'`);
      const args = e.args.map((a) => typeOf(a, scope));
      const r = f.type(args);
      return /^(int|rat|bool|fn|bfn|map|pts|list:.*)$/.test(r) ? r : problem('type', e.pos, `${e.f} takes ${r}, got (${args.map(describe).join(', ')})`);
    }
    case 'at': {
      const t = typeOf(e.of, scope);
      want(e.i, scope, 'int', 'an integer index');
      if (t.startsWith('list:')) return t.split(':')[2]!;
      if (isFnTy(t) || t === 'map') return 'int';
      return problem('type', e.pos, `only a list, a function or a map can be indexed, not ${describe(t)}`);
    }
    case 'neg':
      return want(e.a, scope, 'rat', 'a number after -');
    case 'not':
      return want(e.a, scope, 'bool', "a truth value after 'not'");
    case 'pow':
      return want(e.a, scope, 'rat', "a number before '^'");
    case 'bin':
      return binary(e, scope);
    case 'bind': {
      let inner: Scope = scope;
      for (const v of e.vars) {
        const arity = rangeArity(v.range);
        if (arity === null) problem('type', v.pos, `the verifier knows no domain or range '${v.range}'`);
        if (v.args.length < arity[0] || v.args.length > arity[1]) problem('type', v.pos, `${v.range} takes ${arity[0]}..${arity[1]} arguments, got ${v.args.length}`);
        for (const a of v.args) want(a, inner, 'int', `a whole-number argument of ${v.range}`);
        fresh(v.id, v.pos);
        inner = new Map([...inner, [v.id, rangeYields(v.range)]]);
      }
      if (e.q === 'forall' || e.q === 'exists') return want(e.body, inner, 'bool', 'a truth value'), 'bool';
      // sum, max and min of integers are integers
      return want(e.body, inner, 'rat', 'a number');
    }
    case 'let': {
      let inner: Scope = scope;
      for (const d of e.defs) {
        const t = typeOf(d.val, inner);
        fresh(d.id, d.pos);
        inner = new Map([...inner, [d.id, t]]);
      }
      return typeOf(e.body, inner);
    }
    case 'const':
      return problem('type', e.pos, 'a constant node is not part of a formula');
  }
}

function binary(e: Extract<Node, { t: 'bin' }>, scope: Scope): VTy {
  if (LOGIC.includes(e.op)) {
    want(e.a, scope, 'bool', `a truth value before '${e.op}'`);
    want(e.b, scope, 'bool', `a truth value after '${e.op}'`);
    return 'bool';
  }
  if (e.op === 'o') {
    const left = typeOf(e.a, scope);
    want(e.b, scope, 'map', "a map after 'o'");
    return isFnTy(left) || left === 'map' ? left : problem('type', e.a.pos, `expected a function or a map before 'o', got ${describe(left)}`);
  }
  if (e.op === '=' || e.op === '!=') {
    const [l, r] = [typeOf(e.a, scope), typeOf(e.b, scope)];
    if ((numeric(l) && numeric(r)) || (!numeric(l) && (l === r || (isFnTy(l) && isFnTy(r))))) return 'bool';
    return problem('type', e.b.pos, `cannot compare ${describe(l)} with ${describe(r)}`);
  }
  const l = want(e.a, scope, 'rat', `a number before '${e.op}'`);
  const r = want(e.b, scope, 'rat', `a number after '${e.op}'`);
  if (ORDER.includes(e.op)) return 'bool';
  if (e.op === '/') {
    if (e.b.t === 'num' && e.b.v === 0n) problem('type', e.b.pos, 'division by the literal 0');
    return 'rat';
  }
  if (['+', '-', '*'].includes(e.op)) return l === 'int' && r === 'int' ? 'int' : 'rat';
  return problem('type', e.pos, `unknown operator '${e.op}'`);
}

/** Checks a whole formula: a truth value with only n free. */
export function checkClaim(e: Node): void {
  const t = typeOf(e, new Map([['n', 'int']]));
  if (t !== 'bool') problem('type', e.pos, `a claim must be a truth value, got ${describe(t)}`);
}
