/**
 * The syntax tree of an expression over x1..xn. Plain readonly data (no source positions, so
 * printing and re-parsing gives an equal tree); the parser reports positions separately.
 */

export type BinaryOp = '+' | '-' | '*' | '/';
/** Functions written name(a, b, ...). chi and thr have their own node kinds. */
export type CallName = 'not' | 'and' | 'or' | 'xor' | 'maj' | 'ite' | 'sgn';

export type Expr =
  /** A non-negative integer literal (negative constants are 'neg' of a literal). */
  | { readonly kind: 'num'; readonly value: bigint }
  /** x_index, 1-based. */
  | { readonly kind: 'var'; readonly index: number }
  | { readonly kind: 'neg'; readonly arg: Expr }
  | { readonly kind: 'binary'; readonly op: BinaryOp; readonly left: Expr; readonly right: Expr }
  /** base ^ exponent, exponent a non-negative integer literal. */
  | { readonly kind: 'pow'; readonly base: Expr; readonly exponent: number }
  | { readonly kind: 'call'; readonly name: CallName; readonly args: readonly Expr[] }
  /** chi(i, j, ...) = x_i * x_j * ...; chi() = 1. Indices are distinct and 1-based. */
  | { readonly kind: 'chi'; readonly indices: readonly number[] }
  /** thr(k; a, b, ...) = -1 exactly where at least k arguments are -1. */
  | { readonly kind: 'thr'; readonly k: number; readonly args: readonly Expr[] };

export const CALL_NAMES: readonly CallName[] = ['not', 'and', 'or', 'xor', 'maj', 'ite', 'sgn'];
/** Every function name the language knows, in the order error messages list them. */
export const FUNCTION_NAMES: readonly string[] = ['not', 'and', 'or', 'xor', 'maj', 'ite', 'sgn', 'chi', 'thr'];

/** Largest exponent accepted after '^' (larger powers only make tables explode). */
export const MAX_EXPONENT = 1024;

/** Arity rule of a call, or null when `count` arguments are acceptable. */
export function arityProblem(name: CallName, count: number): string | null {
  switch (name) {
    case 'not':
    case 'sgn':
      return count === 1 ? null : `'${name}' takes exactly 1 argument, got ${count}`;
    case 'ite':
      return count === 3 ? null : `'ite' takes exactly 3 arguments (condition, then, else), got ${count}`;
    case 'maj':
      return count % 2 === 1 ? null : `'maj' takes an odd number of arguments, got ${count}`;
    default:
      return count >= 1 ? null : `'${name}' takes at least 1 argument, got 0`;
  }
}

/** Immediate sub-expressions of a node. */
export function children(e: Expr): readonly Expr[] {
  switch (e.kind) {
    case 'neg':
      return [e.arg];
    case 'binary':
      return [e.left, e.right];
    case 'pow':
      return [e.base];
    case 'call':
    case 'thr':
      return e.args;
    default:
      return [];
  }
}

/** The variable indices an expression mentions (including chi's), ascending and distinct. */
export function variablesUsed(expr: Expr): number[] {
  const seen = new Set<number>();
  const stack: Expr[] = [expr];
  while (stack.length > 0) {
    const e = stack.pop()!;
    if (e.kind === 'var') seen.add(e.index);
    else if (e.kind === 'chi') for (const i of e.indices) seen.add(i);
    else stack.push(...children(e));
  }
  return [...seen].sort((a, b) => a - b);
}

/** The largest variable index mentioned, 0 when none (a constant expression). */
export function maxVariable(expr: Expr): number {
  const used = variablesUsed(expr);
  return used.length === 0 ? 0 : used[used.length - 1]!;
}
