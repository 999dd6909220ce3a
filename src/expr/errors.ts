/**
 * Errors of the expression language. Bad user input never throws: parsing and evaluation return
 * Result<_, ExprError>. Every message is one line; it starts with "column N: " when the column of
 * the offending text is known (always for 'parse').
 */
export type ExprError =
  /** Malformed text: the column (1-based) of the offending character or token. */
  | { readonly kind: 'parse'; readonly column: number; readonly message: string }
  /** A logic function (or a map coordinate) got a value other than +1/-1 at some point. */
  | { readonly kind: 'domain'; readonly column: number | null; readonly message: string }
  /** The right operand of '/' is zero or not a constant. */
  | { readonly kind: 'division'; readonly column: number | null; readonly message: string }
  /** n too large, smaller than a variable used, or otherwise out of range. */
  | { readonly kind: 'size'; readonly column: number | null; readonly message: string };

export type ExprErrorKind = ExprError['kind'];

function prefix(column: number | null, message: string): string {
  return column === null ? message : `column ${column}: ${message}`;
}

export function parseError(column: number, message: string): ExprError {
  return { kind: 'parse', column, message: prefix(column, message) };
}

export function evalError(kind: Exclude<ExprErrorKind, 'parse'>, column: number | null, message: string): ExprError {
  return { kind, column, message: prefix(column, message) };
}

/** "(-1,+1,-1)": the coordinates x1..xn of a point, for error messages. */
export function describePoint(point: number, n: number): string {
  const signs: string[] = [];
  for (let j = 0; j < n; j++) signs.push((point >>> j) & 1 ? '-1' : '+1');
  return `point ${point} (x = (${signs.join(',')}))`;
}
