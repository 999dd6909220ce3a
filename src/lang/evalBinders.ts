/**
 * The binders of the claim language: forall, exists, sum, max and min walk every assignment of
 * their bindings (nested, each range in its canonical order, ranges.ts); forall and exists stop as
 * soon as the answer is known, sum adds exactly, max and min over an empty range are a runtime
 * error. A range that refuses its arguments is a LangError 'runtime' at the binding.
 */
import type { Q } from '../model/values.js';
import type { Expr } from './ast.js';
import { LangError } from './errors.js';
import { type Env, type Evaluation, bind } from './evalContext.js';
import { add, cmp, q } from './rational.js';
import { lookupRange, members } from './ranges.js';
import type { Val } from './values.js';

type Binder = Extract<Expr, { k: 'binder' }>;

/** Visits every assignment of the bindings (nested, in order); stops when visit returns false. */
function walk(ev: Evaluation, e: Binder, i: number, env: Env | null, visit: (env: Env | null) => boolean): boolean {
  if (i === e.bindings.length) return visit(env);
  const b = e.bindings[i]!;
  const args = b.args.map((a) => ev.small(a, env));
  let it: Iterable<Val>;
  try {
    it = members(lookupRange(b.range)!, args);
    for (const x of it) if (!walk(ev, e, i + 1, bind(env, b.name, x), visit)) return false;
  } catch (err) {
    if (err instanceof LangError) throw err;
    return ev.fail(b.at, `${b.range}(${args.join(', ')}): ${err instanceof Error ? err.message : String(err)}`);
  }
  return true;
}

export function binderValue(ev: Evaluation, e: Binder, env: Env | null): Val {
  switch (e.binder) {
    case 'forall':
      return walk(ev, e, 0, env, (inner) => ev.bool(e.body, inner));
    case 'exists':
      return !walk(ev, e, 0, env, (inner) => !ev.bool(e.body, inner));
    case 'sum': {
      let s = q(0n);
      walk(ev, e, 0, env, (inner) => ((s = add(s, ev.num(e.body, inner))), true));
      return s;
    }
    case 'max':
    case 'min': {
      let best: Q | null = null;
      const sign = e.binder === 'max' ? 1 : -1;
      walk(ev, e, 0, env, (inner) => {
        const x = ev.num(e.body, inner);
        if (best === null || cmp(x, best) * sign > 0) best = x;
        return true;
      });
      return best ?? ev.fail(e.at, `${e.binder} over an empty range`);
    }
  }
}
