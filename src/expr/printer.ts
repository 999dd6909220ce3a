/**
 * Canonical text of an expression: the fewest parentheses the grammar needs, single spaces around
 * binary operators, ", " between arguments. parseExpression(printExpression(e)) equals e.
 */
import type { Expr } from './ast.js';

const SUM = 1;
const PRODUCT = 2;
const UNARY = 3;
const POWER = 4;
const ATOM = 5;

function level(e: Expr): number {
  switch (e.kind) {
    case 'binary':
      return e.op === '+' || e.op === '-' ? SUM : PRODUCT;
    case 'neg':
      return UNARY;
    case 'pow':
      return POWER;
    default:
      return ATOM;
  }
}

export function printExpression(expr: Expr): string {
  return print(expr, SUM);
}

/** The text of e, parenthesised when its level is below `min`. */
function print(e: Expr, min: number): string {
  const text = printBare(e);
  return level(e) < min ? `(${text})` : text;
}

function printBare(e: Expr): string {
  switch (e.kind) {
    case 'num':
      return e.value.toString();
    case 'var':
      return `x${e.index}`;
    case 'neg':
      return `-${print(e.arg, UNARY)}`;
    case 'pow':
      return `${print(e.base, ATOM)}^${e.exponent}`;
    case 'binary':
      return printChain(e);
    case 'call':
      return `${e.name}(${e.args.map((a) => print(a, SUM)).join(', ')})`;
    case 'chi':
      return `chi(${e.indices.join(', ')})`;
    case 'thr':
      return `thr(${e.k}; ${e.args.map((a) => print(a, SUM)).join(', ')})`;
  }
}

/** Left-associative chains print their left spine iteratively (no deep recursion on long sums). */
function printChain(e: Expr & { kind: 'binary' }): string {
  const lv = level(e);
  const spine: (Expr & { kind: 'binary' })[] = [];
  let cur: Expr = e;
  while (cur.kind === 'binary' && level(cur) === lv) {
    spine.push(cur);
    cur = cur.left;
  }
  const parts = [print(cur, lv)];
  for (let k = spine.length - 1; k >= 0; k--) {
    const node = spine[k]!;
    parts.push(` ${node.op} `, print(node.right, lv + 1));
  }
  return parts.join('');
}
