/** The cursor the recursive-descent parser moves over the tokens, and its small helpers. */
import type { Expr } from './ast.js';
import { type ExprError, parseError } from './errors.js';
import { type Token, describeToken } from './lexer.js';

/** Thrown inside the parser only, caught at its entry point and turned into a Result. */
export class ParseFailure {
  constructor(readonly error: ExprError) {}
}

/** Deepest nesting of parentheses, calls and unary minus the parser accepts. */
export const MAX_NESTING = 200;

export class Cursor {
  private pos = 0;
  private depth = 0;
  /** Column of every node built, for evaluation errors. */
  readonly columns = new Map<Expr, number>();

  constructor(private readonly tokens: readonly Token[]) {}

  peek(): Token {
    return this.tokens[this.pos]!;
  }
  next(): Token {
    const t = this.tokens[this.pos]!;
    if (t.kind !== 'end') this.pos++;
    return t;
  }
  /** True (and consumes it) when the next token is the punctuation `p`. */
  accept(p: string): boolean {
    const t = this.peek();
    if (t.kind === 'punct' && t.text === p) {
      this.pos++;
      return true;
    }
    return false;
  }
  isPunct(p: string): boolean {
    const t = this.peek();
    return t.kind === 'punct' && t.text === p;
  }
  node<E extends Expr>(e: E, column: number): E {
    this.columns.set(e, column);
    return e;
  }
  fail(column: number, message: string): never {
    throw new ParseFailure(parseError(column, message));
  }
  /** Fails with "expected <what>, found <next token>". */
  expected(what: string): never {
    const t = this.peek();
    return this.fail(t.column, `expected ${what}, found ${describeToken(t)}`);
  }
  /** Expects ')' closing the '(' at `openColumn`. */
  close(openColumn: number): void {
    if (this.accept(')')) return;
    const t = this.peek();
    this.fail(t.column, `expected ')' to close '(' opened at column ${openColumn}, found ${describeToken(t)}`);
  }
  enter(column: number): void {
    if (++this.depth > MAX_NESTING) this.fail(column, `expression nested more than ${MAX_NESTING} levels deep`);
  }
  leave(): void {
    this.depth--;
  }
}
