/**
 * The parser's position in the token list (from lexer.ts) and its small moves: look at the current
 * token, accept an operator or keyword if it is there, require one or a name, and fail with a
 * LangError 'parse' naming the column, what was expected and what came instead. It also bounds
 * nesting at MAX_DEPTH, so checking and evaluation never run out of stack. The grammar built on it
 * is terms.ts (operands) and parser.ts (formulas).
 */
import { langError } from './errors.js';
import type { Token } from './lexer.js';

/** At most this deep a nesting, so checking and evaluation never run out of stack. */
export const MAX_DEPTH = 100;

export class TokenCursor {
  protected i = 0;
  private depth = 0;
  constructor(
    protected readonly source: string,
    protected readonly tokens: readonly Token[],
  ) {}

  protected get t(): Token {
    return this.tokens[this.i]!;
  }
  private describe(t: Token): string {
    return t.kind === 'end' ? 'the end of the formula' : `'${t.text}'`;
  }
  fail(expected: string, t: Token = this.t): never {
    throw langError('parse', this.source, t.offset, `expected ${expected}, got ${this.describe(t)}`);
  }
  protected is(text: string): boolean {
    return (this.t.kind === 'op' || this.t.kind === 'keyword') && this.t.text === text;
  }
  protected eat(text: string): boolean {
    if (!this.is(text)) return false;
    this.i++;
    return true;
  }
  protected expect(text: string, what = `'${text}'`): Token {
    const t = this.t;
    if (!this.eat(text)) this.fail(what);
    return t;
  }
  protected name(what: string): Token {
    const t = this.t;
    if (t.kind !== 'name') this.fail(what);
    this.i++;
    return t;
  }

  /** Runs a nested parse, refusing nesting deeper than MAX_DEPTH. */
  protected nested<T>(f: () => T): T {
    if (++this.depth > MAX_DEPTH) throw langError('parse', this.source, this.t.offset, `nesting deeper than ${MAX_DEPTH} levels`);
    try {
      return f();
    } finally {
      this.depth--;
    }
  }
}
