/** parseExpression and parseFunction: the entry points for one function. */
import { MAX_ANALYSIS_N, sizeReason } from '../core/cube.js';
import type { CubeFunction } from '../core/cubeFunction.js';
import { type Result, ok, err } from '../core/result.js';
import type { Expr } from './ast.js';
import { type ExprError, evalError } from './errors.js';
import { parseWithColumns } from './parser.js';
import { naturalN, readSource, realize } from './source.js';

export interface ParseOptions {
  /** Number of variables; default: the largest variable used (or the literal's own size). */
  readonly n?: number;
}

/** The syntax tree of an expression (literals tt:/hex:/vals: are not expressions). */
export function parseExpression(text: string): Result<Expr, ExprError> {
  const parsed = parseWithColumns(text);
  return parsed.ok ? ok(parsed.value.expr) : parsed;
}

export function checkOptionN(n: number | undefined, limit: number): ExprError | null {
  if (n === undefined) return null;
  if (!Number.isInteger(n) || n < 0) return evalError('size', null, `n must be a non-negative integer, got ${n}`);
  if (n > limit) return evalError('size', null, `n = ${n} is too large: ${sizeReason(limit)}`);
  return null;
}

/** An expression or a tt:/hex:/vals: literal as a function on C_n. */
export function parseFunction(text: string, options: ParseOptions = {}): Result<CubeFunction, ExprError> {
  const bad = checkOptionN(options.n, MAX_ANALYSIS_N);
  if (bad) return err(bad);
  const source = readSource(text, 1, options.n);
  if (!source.ok) return source;
  return realize(source.value, options.n ?? naturalN(source.value), MAX_ANALYSIS_N);
}
