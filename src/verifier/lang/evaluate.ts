/**
 * The verifier's evaluator of type-checked formulas (docs/claims.md, "Semantics"): exact
 * rationals, short-circuit and/or/implies, forall/exists stopping at the first deciding member,
 * sum/max/min, let, indexing, composition and calls over the verifier's kernel. An undefined
 * value used, a division by zero, an index out of range or a refused kernel call is a
 * FormulaProblem 'runtime'.
 */
import type { CubeMap, Fn } from '../../claim/values.js';
import { verifierKernel as K } from '../kernel.js';
import { type Q, add, compare, div, mul, rat, sub } from '../rational.js';
import { lookupFunction } from './functions.js';
import { domainMembers, domainOf, indexValues, isDomainName } from './ranges.js';
import { step } from './budget.js';
import { FormulaProblem, type Node, problem } from './syntax.js';
import { type Val, int, isFnVal, isList, isMapVal, same, scalarVal, smallOf } from './values.js';

/** Bound names: a linked list, innermost first. */
export interface Frame {
  readonly id: string;
  readonly v: Val;
  readonly up: Frame | null;
}

export const extend = (up: Frame | null, id: string, v: Val): Frame => ({ id, v, up });

function find(f: Frame | null, id: string): Val {
  for (let e = f; e !== null; e = e.up) if (e.id === id) return e.v;
  return problem('runtime', 0, `unbound name ${id}`);
}

const why = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split('\n')[0]!;

function guarded<T>(pos: number, label: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof FormulaProblem) throw e;
    return problem('runtime', pos, `${label}: ${why(e)}`);
  }
}

/** A rational whose numerator or denominator has more bits than this is refused (no formula needs one). */
export const MAX_BITS = 2 ** 20;
function sized(x: Q, pos: number): Q {
  const big = (v: bigint): boolean => (v < 0n ? -v : v) >> BigInt(MAX_BITS) > 0n;
  return big(x.p) || big(x.q) ? problem('runtime', pos, `a number of more than ${MAX_BITS} bits`) : x;
}

function some(e: Node, f: Frame | null): Val {
  const v = value(e, f);
  return v === null ? problem('runtime', e.pos, 'an undefined value is used (guard it with defined(...))') : v;
}
const num = (e: Node, f: Frame | null): Q => some(e, f) as Q;
const truth = (e: Node, f: Frame | null): boolean => some(e, f) as boolean;
function whole(e: Node, f: Frame | null): number {
  const x = smallOf(num(e, f));
  return x ?? problem('runtime', e.pos, 'not a whole number small enough here');
}

export function value(e: Node, f: Frame | null): Val {
  switch (e.t) {
    case 'num':
      return rat(e.v);
    case 'bool':
      return e.v;
    case 'name':
      return find(f, e.id);
    case 'call': {
      const fn = lookupFunction(e.f)!;
      const args = e.args.map((a) => (fn.nullOk ? value(a, f) : some(a, f)));
      return guarded(e.pos, e.f, () => fn.run(args));
    }
    case 'at':
      return index(e, f);
    case 'neg': {
      const x = num(e.a, f);
      return rat(-x.p, x.q);
    }
    case 'not':
      return !truth(e.a, f);
    case 'pow': {
      const base = num(e.a, f);
      let r = rat(1n);
      for (let i = 0; i < e.e; i++) r = sized(mul(r, base), e.pos);
      return r;
    }
    case 'bin':
      return binary(e, f);
    case 'let': {
      let inner = f;
      for (const d of e.defs) inner = extend(inner, d.id, value(d.val, inner));
      return value(e.body, inner);
    }
    case 'bind':
      return quantify(e, f);
    case 'const':
      return e.v as Val;
  }
}

function index(e: Extract<Node, { t: 'at' }>, f: Frame | null): Val {
  const target = some(e.of, f);
  const i = whole(e.i, f);
  const bad = (): never => problem('runtime', e.i.pos, `index ${i} is out of range`);
  if (isFnVal(target)) return i >= 0 && i < target.values.length ? int(target.values[i]!) : bad();
  if (isMapVal(target)) return i >= 0 && i < target.image.length ? int(target.image[i]!) : bad();
  if (!isList(target)) return problem('runtime', e.pos, 'indexing a value that is not a list');
  const k = target.over === 'variable' ? i - 1 : i;
  return k >= 0 && k < target.entries.length ? scalarVal(target.entries[k]!) : bad();
}

function binary(e: Extract<Node, { t: 'bin' }>, f: Frame | null): Val {
  switch (e.op) {
    case 'and':
      return truth(e.a, f) ? truth(e.b, f) : false;
    case 'or':
      return truth(e.a, f) ? true : truth(e.b, f);
    case 'implies':
      return truth(e.a, f) ? truth(e.b, f) : true;
    case 'iff': {
      const a = truth(e.a, f);
      return a === truth(e.b, f);
    }
    case '=':
    case '!=': {
      const a = some(e.a, f);
      return same(a, some(e.b, f)) === (e.op === '=');
    }
    case 'o': {
      const a = some(e.a, f);
      const b = some(e.b, f) as CubeMap;
      return guarded(e.pos, 'o', () => (isFnVal(a) ? K.compose(a as Fn, b) : K.composeMaps(a as CubeMap, b)));
    }
  }
  const a = num(e.a, f);
  const b = num(e.b, f);
  switch (e.op) {
    case '+':
      return sized(add(a, b), e.pos);
    case '-':
      return sized(sub(a, b), e.pos);
    case '*':
      return sized(mul(a, b), e.pos);
    case '/':
      return b.p === 0n ? problem('runtime', e.b.pos, 'division by zero') : sized(div(a, b), e.pos);
    case '<':
      return compare(a, b) < 0;
    case '<=':
      return compare(a, b) <= 0;
    case '>':
      return compare(a, b) > 0;
    case '>=':
      return compare(a, b) >= 0;
  }
  return problem('runtime', e.pos, `unknown operator ${e.op}`);
}

/** Visits every assignment of the bindings from the k-th on; false as soon as visit says stop. */
function assignments(e: Extract<Node, { t: 'bind' }>, k: number, f: Frame | null, visit: (f: Frame | null) => boolean): boolean {
  if (k === e.vars.length) return visit(f);
  const v = e.vars[k]!;
  const args = v.args.map((a) => whole(a, f));
  if (isDomainName(v.range)) {
    const members = guarded(v.pos, v.range, () => domainMembers(domainOf(v.range, args)));
    for (const x of members) if ((step(v.pos), !assignments(e, k + 1, extend(f, v.id, x), visit))) return false;
    return true;
  }
  const [lo, hi] = guarded(v.pos, v.range, () => indexValues(v.range, args));
  for (let x = lo; x <= hi; x++) if ((step(v.pos), !assignments(e, k + 1, extend(f, v.id, int(x)), visit))) return false;
  return true;
}

function quantify(e: Extract<Node, { t: 'bind' }>, f: Frame | null): Val {
  if (e.q === 'forall') return assignments(e, 0, f, (g) => truth(e.body, g));
  if (e.q === 'exists') return !assignments(e, 0, f, (g) => !truth(e.body, g));
  if (e.q === 'sum') {
    let s = rat(0n);
    assignments(e, 0, f, (g) => ((s = sized(add(s, num(e.body, g)), e.pos)), true));
    return s;
  }
  const sign = e.q === 'max' ? 1 : -1;
  let best: Q | null = null;
  assignments(e, 0, f, (g) => {
    const x = num(e.body, g);
    if (best === null || compare(x, best) * sign > 0) best = x;
    return true;
  });
  return best ?? problem('runtime', e.pos, `${e.q} over an empty range`);
}
