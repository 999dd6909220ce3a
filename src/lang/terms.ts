/**
 * The tight end of the formula grammar: unary minus, '^' with a literal exponent (at most
 * MAX_EXPONENT), composition 'o', postfix [index], call arguments and the atoms (integer and truth
 * literals, variables, calls, parenthesised formulas, and sum/max/min used as operands). A full
 * expression, a binder and the "operand that may be a binder or let" rule come from the looser
 * levels in parser.ts, which extends this class; the two halves recurse into each other.
 */
import type { BinaryOp, Expr } from './ast.js';
import { langError } from './errors.js';
import { TokenCursor } from './tokenCursor.js';

/** Largest literal exponent of '^'. */
export const MAX_EXPONENT = 64;
/** Quantifiers: their body (a truth value) extends as far right as possible. */
export const BINDERS: readonly string[] = ['forall', 'exists'];
/** Aggregates: their body is an arithmetic expression (no comparison), so `sum ...: x^2 = 1` compares the sum. */
export const AGGREGATES: readonly string[] = ['sum', 'max', 'min'];

export abstract class TermParser extends TokenCursor {
  /** A whole expression (binders and let included), nesting-bounded. */
  abstract expr(): Expr;
  /** A forall/exists/sum/max/min at the current token. */
  protected abstract binder(): Expr;
  /** An operand that may also be a binder or let (which then extends to the right). */
  protected abstract operand(next: () => Expr): Expr;

  protected unary(): Expr {
    const t = this.t;
    if (this.eat('-')) return { k: 'neg', arg: this.nested(() => this.operand(() => this.unary())), at: t.offset };
    return this.power();
  }
  private power(): Expr {
    let base = this.compose();
    while (this.is('^')) {
      const at = this.t.offset;
      this.i++;
      const e = this.t;
      if (e.kind !== 'int') this.fail(`a whole-number literal exponent (0..${MAX_EXPONENT})`);
      if (BigInt(e.text) > BigInt(MAX_EXPONENT)) throw langError('parse', this.source, e.offset, `exponent ${e.text} is larger than ${MAX_EXPONENT}`);
      this.i++;
      base = { k: 'pow', base, exponent: Number(e.text), at };
    }
    return base;
  }
  private compose(): Expr {
    return this.leftChain(['o'], () => this.postfix());
  }

  /** `next (op next)*` for the operators `ops`, associating to the left. */
  protected leftChain(ops: readonly string[], next: () => Expr): Expr {
    let left = next();
    while (ops.some((o) => this.is(o))) {
      const op = this.t;
      this.i++;
      left = { k: 'binary', op: op.text as BinaryOp, left, right: this.operand(next), at: op.offset };
    }
    return left;
  }
  private postfix(): Expr {
    let e = this.primary();
    while (this.is('[')) {
      const at = this.t.offset;
      this.i++;
      const index = this.expr();
      this.expect(']', "']'");
      e = { k: 'index', target: e, index, at };
    }
    return e;
  }
  protected args(): Expr[] {
    this.expect('(', "'('");
    const args: Expr[] = [];
    if (this.eat(')')) return args;
    do args.push(this.expr());
    while (this.eat(','));
    this.expect(')', "',' or ')'");
    return args;
  }
  private primary(): Expr {
    const t = this.t;
    if (t.kind === 'int') {
      this.i++;
      return { k: 'int', value: BigInt(t.text), at: t.offset };
    }
    if (this.eat('true')) return { k: 'bool', value: true, at: t.offset };
    if (this.eat('false')) return { k: 'bool', value: false, at: t.offset };
    if (t.kind === 'keyword' && AGGREGATES.includes(t.text) && this.tokens[this.i + 1]?.text !== '(') return this.binder();
    if (t.kind === 'name' || (t.kind === 'keyword' && (t.text === 'max' || t.text === 'min'))) {
      this.i++;
      if (this.is('(')) return { k: 'call', name: t.text, args: this.args(), at: t.offset };
      if (t.kind === 'keyword') this.fail(`'(' or a variable after '${t.text}'`);
      return { k: 'var', name: t.text, at: t.offset };
    }
    if (this.eat('(')) {
      const e = this.expr();
      this.expect(')', "')'");
      return e;
    }
    if (t.kind === 'keyword' && (BINDERS.includes(t.text) || t.text === 'let')) return this.expr();
    return this.fail('a number, a name, a call or (');
  }
}
