/**
 * Recursive-descent parser. Grammar (lowest precedence first):
 *   sum   := term (('+' | '-') term)*
 *   term  := unary (('*' | '/') unary)*
 *   unary := '-' unary | power
 *   power := atom ('^' INTEGER)?
 *   atom  := INTEGER | VARIABLE | call | '(' sum ')'
 * so -x1^2 is -(x1^2) and a - b - c is (a - b) - c.
 */
import { type Result, ok, err } from '../core/result.js';
import { type Expr, MAX_EXPONENT } from './ast.js';
import { type ExprError } from './errors.js';
import { describeToken, tokenize } from './lexer.js';
import { Cursor, ParseFailure } from './parserState.js';
import { parseCall } from './calls.js';

export interface Parsed {
  readonly expr: Expr;
  /** 1-based column of each node of `expr` (operators at the operator). */
  readonly columns: ReadonlyMap<Expr, number>;
}

/** Parses a whole expression; `firstColumn` is the column of text[0] in the user's input. */
export function parseWithColumns(text: string, firstColumn = 1): Result<Parsed, ExprError> {
  const tokens = tokenize(text, firstColumn);
  if (!tokens.ok) return tokens;
  const c = new Cursor(tokens.value);
  try {
    if (c.peek().kind === 'end') c.expected('an expression');
    const expr = parseSum(c);
    const t = c.peek();
    if (t.kind !== 'end') {
      if (t.text === ')') c.fail(t.column, "unmatched ')'");
      if (t.text === ';') c.fail(t.column, "unexpected ';' (';' separates the coordinates of a map)");
      c.expected('an operator or end of input');
    }
    return ok({ expr, columns: c.columns });
  } catch (e) {
    if (e instanceof ParseFailure) return err(e.error);
    throw e;
  }
}

export function parseSum(c: Cursor): Expr {
  let left = parseTerm(c);
  for (;;) {
    const t = c.peek();
    if (!(c.accept('+') || c.accept('-'))) return left;
    const right = parseTerm(c);
    left = c.node({ kind: 'binary', op: t.text as '+' | '-', left, right }, t.column);
  }
}

function parseTerm(c: Cursor): Expr {
  let left = parseUnary(c);
  for (;;) {
    const t = c.peek();
    if (!(c.accept('*') || c.accept('/'))) return left;
    const right = parseUnary(c);
    left = c.node({ kind: 'binary', op: t.text as '*' | '/', left, right }, t.column);
  }
}

function parseUnary(c: Cursor): Expr {
  const t = c.peek();
  if (!c.accept('-')) return parsePower(c);
  c.enter(t.column);
  const arg = parseUnary(c);
  c.leave();
  return c.node({ kind: 'neg', arg }, t.column);
}

function parsePower(c: Cursor): Expr {
  const base = parseAtom(c);
  const caret = c.peek();
  if (!c.accept('^')) return base;
  const t = c.peek();
  if (t.kind !== 'num') c.expected("a non-negative integer literal exponent after '^'");
  c.next();
  const exponent = Number(t.text);
  if (exponent > MAX_EXPONENT) c.fail(t.column, `exponent ${t.text} is too large (at most ${MAX_EXPONENT})`);
  if (c.isPunct('^')) c.fail(c.peek().column, "chained '^' is not allowed; use parentheses, e.g. (a^2)^3");
  return c.node({ kind: 'pow', base, exponent }, caret.column);
}

function parseAtom(c: Cursor): Expr {
  const t = c.peek();
  if (t.kind === 'num') {
    c.next();
    return c.node({ kind: 'num', value: BigInt(t.text) }, t.column);
  }
  if (t.kind === 'ident') {
    c.next();
    const v = /^x([0-9]+)$/.exec(t.text);
    if (v) return c.node({ kind: 'var', index: variableIndex(c, v[1]!, t.column) }, t.column);
    return parseCall(c, t);
  }
  if (c.accept('(')) {
    c.enter(t.column);
    const inner = parseSum(c);
    c.close(t.column);
    c.leave();
    return inner;
  }
  if (t.kind === 'end') return c.expected('an expression');
  return c.fail(t.column, `expected an expression, found ${describeToken(t)}`);
}

function variableIndex(c: Cursor, digits: string, column: number): number {
  const index = Number(digits);
  if (index === 0) c.fail(column, 'no variable x0: variables are numbered from x1');
  if (digits.length > 9) c.fail(column, `variable index x${digits} is too large`);
  return index;
}
