/**
 * One function-valued input (a whole parseFunction input or one map coordinate): an expression or
 * a literal, read first on its own (giving its natural n) and realised on C_n afterwards.
 */
import { type CubeFunction, fromBigIntegers, fromInt32 } from '../core/cubeFunction.js';
import { type Result, ok, err } from '../core/result.js';
import { maxVariable } from './ast.js';
import { type ExprError, evalError, parseError } from './errors.js';
import { evaluate, checkN } from './evaluate.js';
import { literalStart } from './literalPrefix.js';
import { parseHex, parseTt, parseVals } from './literals.js';
import { type Parsed, parseWithColumns } from './parser.js';

export type Source =
  | { readonly kind: 'expr'; readonly parsed: Parsed; readonly column: number }
  | { readonly kind: 'table'; readonly f: CubeFunction; readonly label: string; readonly column: number };

/** Reads `text` whose first character is at `firstColumn`; hex: is read for nOption when given. */
export function readSource(text: string, firstColumn: number, nOption: number | undefined): Result<Source, ExprError> {
  const start = literalStart(text);
  if (start === null) {
    const parsed = parseWithColumns(text, firstColumn);
    if (!parsed.ok) return parsed;
    return ok({ kind: 'expr', parsed: parsed.value, column: firstColumn + (text.length - text.trimStart().length) });
  }
  const prefixColumn = firstColumn + start.wordStart;
  const lit = { body: text.slice(start.bodyStart), column: firstColumn + start.bodyStart, prefixColumn };
  let f: Result<CubeFunction, ExprError>;
  if (start.word === 'perm') return err(parseError(prefixColumn, "a 'perm:' literal describes a whole map, not a function"));
  else if (start.word === 'tt') f = parseTt(lit);
  else if (start.word === 'vals') f = parseVals(lit);
  else f = parseHex(lit, nOption);
  if (!f.ok) return f;
  return ok({ kind: 'table', f: f.value, label: `${start.word}: literal`, column: prefixColumn });
}

export function naturalN(s: Source): number {
  return s.kind === 'expr' ? maxVariable(s.parsed.expr) : s.f.n;
}

/** The source as a function on C_n (a literal on fewer variables is extended, ignoring the rest). */
export function realize(s: Source, n: number, limit: number): Result<CubeFunction, ExprError> {
  if (s.kind === 'expr') {
    const bad = checkN(s.parsed.expr, n, limit);
    if (bad) return err(bad);
    return evaluate(s.parsed.expr, n, s.parsed.columns);
  }
  if (n > limit) return err(evalError('size', null, `n = ${n} is too large: at most ${limit} variables are supported`));
  if (s.f.n > n) return err(evalError('size', s.column, `${s.label} has ${2 ** s.f.n} entries (n = ${s.f.n}) but n = ${n}`));
  return ok(extendFunction(s.f, n));
}

/** f on C_k as a function on C_n (n >= k) of its first k variables. */
export function extendFunction(f: CubeFunction, n: number): CubeFunction {
  if (f.n === n) return f;
  const mask = 2 ** f.n - 1;
  const size = 2 ** n;
  const src = f.numerators;
  if (src instanceof Int32Array) {
    const out = new Int32Array(size);
    for (let i = 0; i < size; i++) out[i] = src[i & mask]!;
    return fromInt32(n, out);
  }
  return fromBigIntegers(n, Array.from({ length: size }, (_, i) => src[i & mask]!), f.denominator);
}
