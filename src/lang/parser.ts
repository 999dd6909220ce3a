/**
 * Recursive-descent parser of formulas (the EBNF in docs/claims.md, "Grammar"). Precedence, loosest
 * first: forall, exists and let (their body extends as far right as possible), iff, implies (right
 * associative), or, and, not, comparisons (not chained), + -, * /, unary -, ^ literal,
 * composition o, postfix [index]. sum, max and min are operands whose body is an additive
 * expression. This file has the loose levels down to * /; the tighter ones and the atoms are
 * terms.ts, the token cursor tokenCursor.ts, the tokens lexer.ts. Errors: LangError 'parse' naming
 * the column and what was expected.
 */
import type { BinaryOp, BinderKind, Binding, Expr, LetBinding } from './ast.js';
import { langError } from './errors.js';
import { tokenize } from './lexer.js';
import { AGGREGATES, BINDERS, TermParser } from './terms.js';

export { MAX_DEPTH } from './tokenCursor.js';
export { MAX_EXPONENT } from './terms.js';

/** At most this many tokens, so checking and evaluation never run out of stack. */
export const MAX_TOKENS = 4096;
const COMPARISONS: readonly string[] = ['=', '!=', '<', '<=', '>', '>='];

class Parser extends TermParser {
  formula(): Expr {
    const e = this.expr();
    if (this.t.kind !== 'end') this.fail('an operator or the end of the formula');
    return e;
  }

  expr(): Expr {
    return this.nested(() => this.exprAt());
  }

  private exprAt(): Expr {
    const t = this.t;
    if (t.kind === 'keyword' && BINDERS.includes(t.text)) return this.binder();
    if (t.kind === 'keyword' && t.text === 'let') return this.letExpr();
    return this.iff();
  }

  protected binder(): Expr {
    const t = this.t;
    this.i++;
    const bindings: Binding[] = [];
    do {
      const v = this.name('a variable name');
      this.expect('in');
      const r = this.name('a domain or range, e.g. boolean(n), bijections(3), subsets(n)');
      bindings.push({ name: v.text, range: r.text, args: this.args(), at: v.offset });
    } while (this.eat(','));
    this.expect(':', "':' or ',' after the binding");
    const body = AGGREGATES.includes(t.text) ? this.operand(() => this.additive()) : this.expr();
    return { k: 'binder', binder: t.text as BinderKind, bindings, body, at: t.offset };
  }

  private letExpr(): Expr {
    const t = this.t;
    this.i++;
    const bindings: LetBinding[] = [];
    do {
      const v = this.name('a variable name');
      this.expect('=');
      bindings.push({ name: v.text, value: this.iff(), at: v.offset });
    } while (this.eat(','));
    this.expect('in', "'in' or ',' after the let binding");
    return { k: 'let', bindings, body: this.expr(), at: t.offset };
  }

  /** An operand that may also be a binder or let (which then extends to the right). */
  protected operand(next: () => Expr): Expr {
    const t = this.t;
    if (t.kind === 'keyword' && (t.text === 'let' || BINDERS.includes(t.text))) return this.expr();
    return next();
  }

  private iff(): Expr {
    const left = this.implies();
    if (!this.is('iff')) return left;
    const at = this.t.offset;
    this.i++;
    const right = this.operand(() => this.implies());
    if (this.is('iff')) this.fail("parentheses: 'iff' does not chain");
    return { k: 'binary', op: 'iff', left, right, at };
  }

  private implies(): Expr {
    const left = this.or();
    if (!this.is('implies')) return left;
    const at = this.t.offset;
    this.i++;
    return { k: 'binary', op: 'implies', left, right: this.operand(() => this.implies()), at };
  }

  private or(): Expr {
    return this.leftChain(['or'], () => this.and());
  }
  private and(): Expr {
    return this.leftChain(['and'], () => this.not());
  }
  private not(): Expr {
    const t = this.t;
    if (this.eat('not')) return { k: 'not', arg: this.nested(() => this.operand(() => this.not())), at: t.offset };
    return this.comparison();
  }
  private comparison(): Expr {
    const left = this.additive();
    if (!COMPARISONS.some((o) => this.is(o))) return left;
    const op = this.t;
    this.i++;
    const right = this.operand(() => this.additive());
    if (COMPARISONS.some((o) => this.is(o))) this.fail("'and' between comparisons (comparisons do not chain)");
    return { k: 'binary', op: op.text as BinaryOp, left, right, at: op.offset };
  }
  private additive(): Expr {
    return this.leftChain(['+', '-'], () => this.multiplicative());
  }
  private multiplicative(): Expr {
    return this.leftChain(['*', '/'], () => this.unary());
  }
}

/** The formula's AST; throws a LangError 'parse' on malformed text. */
export function parseFormula(source: string): Expr {
  const tokens = tokenize(source);
  if (tokens.length - 1 > MAX_TOKENS) throw langError('parse', source, tokens[MAX_TOKENS]!.offset, `a formula has at most ${MAX_TOKENS} tokens`);
  return new Parser(source, tokens).formula();
}
