/**
 * The binary operators of the claim language, evaluated exactly: 'and', 'or' and 'implies' stop
 * as soon as the answer is known; 'iff'; '=' and '!=' on any values (values.ts's equal);
 * composition 'o' of a function or a map with a map (the kernel's, its refusal a runtime error at
 * the operator); and the rational arithmetic and comparisons, where a division by zero is a
 * runtime error at the divisor.
 */
import type { CubeMap } from '../model/values.js';
import type { Expr } from './ast.js';
import { type Env, type Evaluation, short } from './evalContext.js';
import { add, cmp, div, mul, sub } from './rational.js';
import { type Val, equal, isFn } from './values.js';

export function binaryValue(ev: Evaluation, e: Extract<Expr, { k: 'binary' }>, env: Env | null): Val {
  switch (e.op) {
    case 'and':
      return ev.bool(e.left, env) && ev.bool(e.right, env);
    case 'or':
      return ev.bool(e.left, env) || ev.bool(e.right, env);
    case 'implies':
      return !ev.bool(e.left, env) || ev.bool(e.right, env);
    case 'iff':
      return ev.bool(e.left, env) === ev.bool(e.right, env);
    case '=':
      return equal(ev.v(e.left, env), ev.v(e.right, env));
    case '!=':
      return !equal(ev.v(e.left, env), ev.v(e.right, env));
    case 'o': {
      const l = ev.v(e.left, env);
      const r = ev.v(e.right, env) as CubeMap;
      try {
        return isFn(l) ? ev.k.compose(l, r) : ev.k.composeMaps(l as CubeMap, r);
      } catch (err) {
        return ev.fail(e.at, `o: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    default:
      break;
  }
  const a = ev.num(e.left, env);
  const b = ev.num(e.right, env);
  switch (e.op) {
    case '+':
      return add(a, b);
    case '-':
      return sub(a, b);
    case '*':
      return mul(a, b);
    case '/':
      return b.p === 0n ? ev.fail(e.right.at, `division by zero (${short(e.right)} is 0 on this case)`) : div(a, b);
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
