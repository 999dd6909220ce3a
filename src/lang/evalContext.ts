/**
 * What every part of the claim-language evaluator shares: the environment of bound names
 * (innermost first, as a linked list), and the Evaluation interface the operator and binder
 * rules (evalBinary.ts, evalBinders.ts) call back into: evaluate a subexpression as a non-null
 * value, a number, a truth value or a small whole number, or fail with a LangError 'runtime' at a
 * column. The evaluator itself is evaluate.ts.
 */
import type { Kernel } from '../claim/kernel.js';
import type { Q } from '../model/values.js';
import type { Expr } from './ast.js';
import { printFormula } from './printer.js';
import type { Val } from './values.js';

/** Bound names, innermost first. */
export interface Env {
  readonly name: string;
  readonly value: Val;
  readonly up: Env | null;
}

export const bind = (env: Env | null, name: string, value: Val): Env => ({ name, value, up: env });

export function lookup(env: Env | null, name: string): Val {
  for (let e = env; e !== null; e = e.up) if (e.name === name) return e.value;
  throw new Error(`internal: unbound name ${name} after type checking`);
}

/** The expression as printed, cut to 40 characters: for messages. */
export const short = (e: Expr): string => {
  const s = printFormula(e);
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
};

/** The evaluator as its rules see it. */
export interface Evaluation {
  readonly k: Kernel;
  fail(at: number, message: string): never;
  eval(e: Expr, env: Env | null): Val;
  /** A value that must not be null. */
  v(e: Expr, env: Env | null): Val;
  num(e: Expr, env: Env | null): Q;
  bool(e: Expr, env: Env | null): boolean;
  small(e: Expr, env: Env | null): number;
}
