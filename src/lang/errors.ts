/**
 * Errors of the claim language (docs/claims.md, "Errors"), in the expression language's style
 * (src/expr/errors.ts): one line, starting with "column N: " (or "line L, column N: " in a
 * multi-line text) at the offending token. 'parse' and 'type' errors are bad input found before
 * anything runs; 'runtime' errors (a null measure value used, a division by zero, an index out of
 * range) happen on one case and name it through the checker (src/check/scope.ts).
 */
export type LangErrorKind = 'parse' | 'type' | 'runtime';

export class LangError extends Error {
  override readonly name = 'LangError';
  constructor(
    readonly kind: LangErrorKind,
    /** Offset of the offending text in the source (0-based). */
    readonly offset: number,
    readonly detail: string,
    message: string,
  ) {
    super(message);
  }
}

/** "column 7" for one-line sources, "line 2, column 7" otherwise (both 1-based). */
export function where(source: string, offset: number): string {
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  return source.includes('\n') ? `line ${line}, column ${column}` : `column ${column}`;
}

export function langError(kind: LangErrorKind, source: string, offset: number, detail: string): LangError {
  return new LangError(kind, offset, detail, `${where(source, offset)}: ${detail}`);
}
