/**
 * The abstract syntax of a formula (docs/claims.md, "Grammar"). `at` is the offset of the node's
 * first token in the source, for error messages; it plays no part in the meaning (see sameAst).
 */
export type BinaryOp = '+' | '-' | '*' | '/' | 'o' | '=' | '!=' | '<' | '<=' | '>' | '>=' | 'and' | 'or' | 'implies' | 'iff';
export type BinderKind = 'forall' | 'exists' | 'sum' | 'max' | 'min';

/** `name in range(args)`: what a bound variable ranges over. */
export interface Binding {
  readonly name: string;
  readonly range: string;
  readonly args: readonly Expr[];
  readonly at: number;
}

export interface LetBinding {
  readonly name: string;
  readonly value: Expr;
  readonly at: number;
}

export type Expr =
  | { readonly k: 'int'; readonly value: bigint; readonly at: number }
  | { readonly k: 'bool'; readonly value: boolean; readonly at: number }
  | { readonly k: 'var'; readonly name: string; readonly at: number }
  | { readonly k: 'call'; readonly name: string; readonly args: readonly Expr[]; readonly at: number }
  | { readonly k: 'index'; readonly target: Expr; readonly index: Expr; readonly at: number }
  | { readonly k: 'neg'; readonly arg: Expr; readonly at: number }
  | { readonly k: 'not'; readonly arg: Expr; readonly at: number }
  /** e ^ k, k a literal whole number (so the result is exact and small to state). */
  | { readonly k: 'pow'; readonly base: Expr; readonly exponent: number; readonly at: number }
  | { readonly k: 'binary'; readonly op: BinaryOp; readonly left: Expr; readonly right: Expr; readonly at: number }
  | { readonly k: 'binder'; readonly binder: BinderKind; readonly bindings: readonly Binding[]; readonly body: Expr; readonly at: number }
  | { readonly k: 'let'; readonly bindings: readonly LetBinding[]; readonly body: Expr; readonly at: number };

/** The AST without offsets, for comparing two parses. */
export function stripOffsets(e: Expr): unknown {
  return JSON.parse(JSON.stringify(e, (key, v: unknown) => (key === 'at' ? undefined : typeof v === 'bigint' ? `${v}n` : v)));
}
