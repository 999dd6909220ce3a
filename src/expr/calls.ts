/** Parsing of function calls: name(a, b, ...), chi(i, j, ...) and thr(k; a, b, ...). */
import { type CallName, type Expr, FUNCTION_NAMES, arityProblem } from './ast.js';
import { type Token, describeToken } from './lexer.js';
import type { Cursor } from './parserState.js';
import { parseSum } from './parser.js';

/** Parses the call whose name `name` has just been consumed. */
export function parseCall(c: Cursor, name: Token): Expr {
  const known = FUNCTION_NAMES.includes(name.text);
  if (!c.isPunct('(')) {
    if (known) return c.expected(`'(' after the function name '${name.text}'`);
    return c.fail(name.column, `unknown name '${name.text}'${nameHint(name.text)}`);
  }
  if (!known) {
    const lower = FUNCTION_NAMES.includes(name.text.toLowerCase()) ? '; function names are lowercase' : '';
    c.fail(name.column, `unknown function '${name.text}' (known: ${FUNCTION_NAMES.join(', ')}${lower})`);
  }
  const open = c.next();
  c.enter(open.column);
  let node: Expr;
  if (name.text === 'chi') {
    node = { kind: 'chi', indices: parseChiIndices(c, open.column) };
  } else if (name.text === 'thr') {
    const kToken = c.peek();
    if (kToken.kind !== 'num') c.expected("an integer literal k in 'thr(k; a, b, ...)'");
    c.next();
    if (kToken.text.length > 9) c.fail(kToken.column, `thr threshold ${kToken.text} is too large`);
    if (!c.accept(';')) c.expected("';' after k in 'thr(k; a, b, ...)'");
    const args = parseArgs(c, 'thr', open.column);
    if (args.length === 0) c.fail(name.column, "'thr' takes at least 1 argument after 'k;', got 0");
    node = { kind: 'thr', k: Number(kToken.text), args };
  } else {
    const fn = name.text as CallName;
    const args = parseArgs(c, fn, open.column);
    const problem = arityProblem(fn, args.length);
    if (problem !== null) c.fail(name.column, problem);
    node = { kind: 'call', name: fn, args };
  }
  c.leave();
  return c.node(node, name.column);
}

function parseArgs(c: Cursor, fn: string, openColumn: number): Expr[] {
  const args: Expr[] = [];
  if (c.accept(')')) return args;
  for (;;) {
    args.push(parseSum(c));
    if (c.accept(',')) continue;
    if (c.accept(')')) return args;
    const t = c.peek();
    if (t.kind === 'end') c.close(openColumn);
    c.fail(t.column, `expected ',' or ')' after argument ${args.length} of '${fn}', found ${describeToken(t)}`);
  }
}

function parseChiIndices(c: Cursor, openColumn: number): number[] {
  const indices: number[] = [];
  if (c.accept(')')) return indices;
  for (;;) {
    const t = c.peek();
    if (t.kind !== 'num') c.expected("a variable index (a positive integer) in 'chi(...)', e.g. chi(1, 3) for x1*x3");
    c.next();
    const index = Number(t.text);
    if (index === 0) c.fail(t.column, "chi: variable indices start at 1");
    if (t.text.length > 9) c.fail(t.column, `chi: variable index ${t.text} is too large`);
    if (indices.includes(index)) c.fail(t.column, `chi: variable ${index} is listed twice`);
    indices.push(index);
    if (c.accept(',')) continue;
    if (c.accept(')')) return indices;
    const u = c.peek();
    if (u.kind === 'end') c.close(openColumn);
    c.fail(u.column, `expected ',' or ')' after index ${indices.length} of 'chi', found ${describeToken(u)}`);
  }
}

function nameHint(word: string): string {
  if (/^X[0-9]+$/.test(word)) return ' (variables are written in lowercase: x1, x2, ...)';
  if (word === 'x') return ' (variables are x1, x2, ...)';
  return ' (variables are x1, x2, ...; functions are called as in and(x1, x2))';
}
