/**
 * Recursive-descent parser of formulas (the EBNF in docs/claims.md, "Grammar"). Precedence, loosest
 * first: forall, exists and let (their body extends as far right as possible), iff, implies (right
 * associative), or, and, not, comparisons (not chained), + -, * /, unary -, ^ literal,
 * composition o, postfix [index]. sum, max and min are operands whose body is an additive expression. Errors: LangError 'parse' naming the column and what was expected.
 */
import type { BinaryOp, BinderKind, Binding, Expr, LetBinding } from './ast.js';
import { langError } from './errors.js';
import { type Token, tokenize } from './lexer.js';

/** At most this many tokens and this deep a nesting, so checking and evaluation never run out of stack. */
export const MAX_TOKENS = 4096;
export const MAX_DEPTH = 100;
/** Largest literal exponent of '^'. */
export const MAX_EXPONENT = 64;
const COMPARISONS: readonly string[] = ['=', '!=', '<', '<=', '>', '>='];
/** Quantifiers: their body (a truth value) extends as far right as possible. */
const BINDERS: readonly string[] = ['forall', 'exists'];
/** Aggregates: their body is an arithmetic expression (no comparison), so `sum ...: x^2 = 1` compares the sum. */
const AGGREGATES: readonly string[] = ['sum', 'max', 'min'];

class Parser {
  private i = 0;
  private depth = 0;
  constructor(
    private readonly source: string,
    private readonly tokens: readonly Token[],
  ) {}

  private get t(): Token {
    return this.tokens[this.i]!;
  }
  private describe(t: Token): string {
    return t.kind === 'end' ? 'the end of the formula' : `'${t.text}'`;
  }
  fail(expected: string, t: Token = this.t): never {
    throw langError('parse', this.source, t.offset, `expected ${expected}, got ${this.describe(t)}`);
  }
  private is(text: string): boolean {
    return (this.t.kind === 'op' || this.t.kind === 'keyword') && this.t.text === text;
  }
  private eat(text: string): boolean {
    if (!this.is(text)) return false;
    this.i++;
    return true;
  }
  private expect(text: string, what = `'${text}'`): Token {
    const t = this.t;
    if (!this.eat(text)) this.fail(what);
    return t;
  }
  private name(what: string): Token {
    const t = this.t;
    if (t.kind !== 'name') this.fail(what);
    this.i++;
    return t;
  }

  formula(): Expr {
    const e = this.expr();
    if (this.t.kind !== 'end') this.fail('an operator or the end of the formula');
    return e;
  }

  /** Runs a nested parse, refusing nesting deeper than MAX_DEPTH. */
  private nested<T>(f: () => T): T {
    if (++this.depth > MAX_DEPTH) throw langError('parse', this.source, this.t.offset, `nesting deeper than ${MAX_DEPTH} levels`);
    try {
      return f();
    } finally {
      this.depth--;
    }
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

  private binder(): Expr {
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
  private operand(next: () => Expr): Expr {
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

  private leftChain(ops: readonly string[], next: () => Expr): Expr {
    let left = next();
    while (ops.some((o) => this.is(o))) {
      const op = this.t;
      this.i++;
      left = { k: 'binary', op: op.text as BinaryOp, left, right: this.operand(next), at: op.offset };
    }
    return left;
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
  private unary(): Expr {
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
  private args(): Expr[] {
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

/** The formula's AST; throws a LangError 'parse' on malformed text. */
export function parseFormula(source: string): Expr {
  const tokens = tokenize(source);
  if (tokens.length - 1 > MAX_TOKENS) throw langError('parse', source, tokens[MAX_TOKENS]!.offset, `a formula has at most ${MAX_TOKENS} tokens`);
  return new Parser(source, tokens).formula();
}
