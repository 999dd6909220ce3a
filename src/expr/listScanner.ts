/** Scanning the comma-separated numbers of `vals:` (exact rationals) and `perm:` (indices). */
import { type Result, ok, err } from '../core/result.js';
import { type ExprError, parseError } from './errors.js';

export interface NumberEntry {
  readonly num: bigint;
  /** Positive. */
  readonly den: bigint;
  /** Column of the entry's first character. */
  readonly column: number;
}

/**
 * Entries separated by ',' with whitespace allowed around every token. With `rational`, an entry is
 * [+-]? digits ('/' digits)?; otherwise just digits (a non-negative integer).
 */
export function scanList(body: string, column: number, what: string, rational: boolean): Result<NumberEntry[], ExprError> {
  const out: NumberEntry[] = [];
  let i = 0;
  const skip = (): void => {
    while (i < body.length && /\s/.test(body[i]!)) i++;
  };
  const found = (): string => (i < body.length ? `'${body[i]}'` : 'end of input');
  const digits = (expected: string): Result<bigint, ExprError> => {
    const start = i;
    while (i < body.length && /[0-9]/.test(body[i]!)) i++;
    if (i === start) return err(parseError(column + i, `${what} expected ${expected}, found ${found()}`));
    return ok(BigInt(body.slice(start, i)));
  };
  const expected = rational ? 'a number such as 3, -1 or 1/2' : 'a non-negative integer';
  for (;;) {
    skip();
    const entryColumn = column + i;
    let sign = 1n;
    if (rational && (body[i] === '-' || body[i] === '+')) {
      if (body[i] === '-') sign = -1n;
      i++;
      skip();
    }
    const num = digits(expected);
    if (!num.ok) return num;
    skip();
    let den = 1n;
    if (rational && body[i] === '/') {
      const slash = column + i;
      i++;
      skip();
      const d = digits('a denominator after \'/\'');
      if (!d.ok) return d;
      if (d.value === 0n) return err(parseError(slash, `${what} division by zero in an entry`));
      den = d.value;
      skip();
    }
    out.push({ num: sign * num.value, den, column: entryColumn });
    if (i === body.length) return ok(out);
    if (body[i] !== ',') return err(parseError(column + i, `${what} expected ',' or end of input after an entry, found ${found()}`));
    i++;
  }
}
