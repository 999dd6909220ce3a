/**
 * Truth-table literals: `tt:` signs, `hex:` one hexadecimal number (LSB = point 0, set bit = -1),
 * `vals:` comma-separated exact rationals. Columns in errors are those of the whole input.
 */
import { MAX_ANALYSIS_N, sizeReason } from '../core/cube.js';
import { type CubeFunction, fromInt32 } from '../core/cubeFunction.js';
import { type Result, ok, err } from '../core/result.js';
import { type ExprError, evalError, parseError } from './errors.js';
import { log2Exact } from './literalPrefix.js';
import { type Val, bigGcd, tableVal, toCubeFunction } from './values.js';
import { type NumberEntry, scanList } from './listScanner.js';

export interface LiteralInput {
  /** The literal's body: the text after 'tt:' / 'hex:' / 'vals:'. */
  readonly body: string;
  /** Column of body[0] in the whole input. */
  readonly column: number;
  /** Column of the prefix word (reported for whole-literal problems). */
  readonly prefixColumn: number;
}

/** n = log2(count), e.g. for what = 'tt: literal has 8 signs'. */
function sizeFromCount(count: number, what: string, at: number): Result<number, ExprError> {
  const n = log2Exact(count);
  if (n === null) return err(parseError(at, `${what}; expected a power of two`));
  if (n > MAX_ANALYSIS_N) return err(evalError('size', at, `${what}: n = ${n} is too large: ${sizeReason(MAX_ANALYSIS_N)}`));
  return ok(n);
}

export function parseTt(lit: LiteralInput): Result<CubeFunction, ExprError> {
  const signs: number[] = [];
  for (let i = 0; i < lit.body.length; i++) {
    const ch = lit.body[i]!;
    if (ch === '+' || ch === '-') signs.push(ch === '-' ? -1 : 1);
    else if (!/\s/.test(ch)) return err(parseError(lit.column + i, `tt: literal may contain only '+' and '-', found '${ch}'`));
  }
  if (signs.length === 0) return err(parseError(lit.column + lit.body.length, "tt: literal needs at least one sign '+' or '-'"));
  const n = sizeFromCount(signs.length, `tt: literal has ${signs.length} signs`, lit.prefixColumn);
  if (!n.ok) return n;
  return ok(fromInt32(n.value, Int32Array.from(signs)));
}

/** hex: with D digits has n = log2(4D) unless `n` is given, in which case bits beyond 2^n must be 0. */
export function parseHex(lit: LiteralInput, nOption: number | undefined): Result<CubeFunction, ExprError> {
  const m = /^(\s*)([0-9A-Fa-f]*)(\s*)/.exec(lit.body)!;
  const digits = m[2]!;
  const start = lit.column + m[1]!.length;
  if (m[0].length < lit.body.length) {
    const at = lit.column + m[0].length;
    return err(parseError(at, `hex: literal expects one hexadecimal number, found '${lit.body[m[0].length]}'`));
  }
  if (digits.length === 0) return err(parseError(start, 'hex: literal needs hexadecimal digits'));
  let n: number;
  if (nOption === undefined) {
    if (log2Exact(digits.length) === null) {
      return err(parseError(lit.prefixColumn, `hex: literal has ${digits.length} digits; expected a power of two (or give n explicitly)`));
    }
    n = log2Exact(4 * digits.length)!;
    if (n > MAX_ANALYSIS_N) {
      return err(evalError('size', lit.prefixColumn, `hex: literal has ${digits.length} digits: n = ${n} is too large: ${sizeReason(MAX_ANALYSIS_N)}`));
    }
  } else {
    n = nOption;
  }
  const points = 2 ** n;
  const table = new Int32Array(points).fill(1);
  for (let k = 0; k < digits.length; k++) {
    const pos = digits.length - 1 - k; // digit k counts from the least significant one
    const d = parseInt(digits[pos]!, 16);
    for (let b = 0; b < 4; b++) {
      if (!((d >> b) & 1)) continue;
      const point = 4 * k + b;
      if (point >= points) return err(parseError(start + pos, `hex: literal has a bit set beyond the ${points} points of n = ${n}`));
      table[point] = -1;
    }
  }
  return ok(fromInt32(n, table));
}

export function parseVals(lit: LiteralInput): Result<CubeFunction, ExprError> {
  const list = scanList(lit.body, lit.column, 'vals:', true);
  if (!list.ok) return list;
  const n = sizeFromCount(list.value.length, `vals: literal has ${list.value.length} values`, lit.prefixColumn);
  if (!n.ok) return n;
  return ok(toCubeFunction(valsTable(list.value), n.value));
}

function valsTable(entries: readonly NumberEntry[]): Val {
  let den = 1n;
  for (const e of entries) den = (den / bigGcd(den, e.den)) * e.den;
  return tableVal(
    entries.map((e) => e.num * (den / e.den)),
    den,
  );
}
