/**
 * The verifier's parser of formulas: recursive descent over the EBNF of docs/claims.md, written
 * apart from src/lang/parser.ts. Loosest first: forall/exists/let (body as far right as
 * possible), iff (no chain), implies (right), or, and, not, comparison (no chain), + -, * /,
 * unary -, ^ literal, o, [index]; sum/max/min are operands with an additive body.
 */
import { type Bound, type Def, type Node, type Quant, problem } from './syntax.js';
import { type Tok, tokens } from './tokens.js';

const MAX_NEST = 100;
const RELATIONS = ['=', '!=', '<', '<=', '>', '>='];

export function parse(text: string): Node {
  const ts: Tok[] = tokens(text);
  let k = 0;
  let nest = 0;
  const peek = (): Tok => ts[k]!;
  const isSym = (s: string, t: Tok = peek()): boolean => (t.kind === 'sym' || t.kind === 'kw') && t.s === s;
  const take = (s: string): boolean => (isSym(s) ? (k++, true) : false);
  const fail = (what: string): never => problem('parse', peek().pos, `expected ${what}, got ${peek().kind === 'eof' ? 'the end of the formula' : `'${peek().s}'`}`);
  const need = (s: string): void => void (take(s) || fail(`'${s}'`));
  const word = (what: string): Tok => (peek().kind === 'word' ? ts[k++]! : fail(what));
  const deeper = <T>(f: () => T): T => {
    if (++nest > MAX_NEST) problem('parse', peek().pos, `nesting deeper than ${MAX_NEST} levels`);
    const r = f();
    nest--;
    return r;
  };
  const startsBinder = (): boolean => peek().kind === 'kw' && ['forall', 'exists', 'let'].includes(peek().s);

  const expr = (): Node => deeper(() => (startsBinder() ? (peek().s === 'let' ? letIn() : quantified()) : iff()));
  /** A right operand: a forall/exists/let there runs to the right. */
  const operand = (level: () => Node): Node => (startsBinder() ? expr() : level());

  function argList(): Node[] {
    need('(');
    const out: Node[] = [];
    if (take(')')) return out;
    do out.push(expr());
    while (take(','));
    if (!take(')')) fail("',' or ')'");
    return out;
  }
  function quantified(): Node {
    const head = ts[k++]!;
    const vars: Bound[] = [];
    do {
      const v = word('a variable name');
      need('in');
      const r = word('a domain or range');
      vars.push({ id: v.s, range: r.s, args: argList(), pos: v.pos });
    } while (take(','));
    if (!take(':')) fail("':' or ','");
    const q = head.s as Quant;
    const body = q === 'forall' || q === 'exists' ? expr() : operand(additive);
    return { t: 'bind', q, vars, body, pos: head.pos };
  }
  function letIn(): Node {
    const head = ts[k++]!;
    const defs: Def[] = [];
    do {
      const v = word('a variable name');
      need('=');
      defs.push({ id: v.s, val: iff(), pos: v.pos });
    } while (take(','));
    if (!take('in')) fail("'in' or ','");
    return { t: 'let', defs, body: expr(), pos: head.pos };
  }
  function iff(): Node {
    const a = implies();
    if (!isSym('iff')) return a;
    const pos = ts[k++]!.pos;
    const b = operand(implies);
    if (isSym('iff')) fail("parentheses ('iff' does not chain)");
    return { t: 'bin', op: 'iff', a, b, pos };
  }
  function implies(): Node {
    const a = or();
    if (!isSym('implies')) return a;
    const pos = ts[k++]!.pos;
    return { t: 'bin', op: 'implies', a, b: operand(implies), pos };
  }
  /** Left-associative chain of the given operators over `next`. */
  function chain(ops: readonly string[], next: () => Node): Node {
    let a = next();
    while (ops.some((o) => isSym(o))) {
      const op = ts[k++]!;
      a = { t: 'bin', op: op.s, a, b: operand(next), pos: op.pos };
    }
    return a;
  }
  const or = (): Node => chain(['or'], and);
  const and = (): Node => chain(['and'], not);
  function not(): Node {
    const t = peek();
    if (!take('not')) return relation();
    return { t: 'not', a: deeper(() => operand(not)), pos: t.pos };
  }
  function relation(): Node {
    const a = additive();
    if (!RELATIONS.some((r) => isSym(r))) return a;
    const op = ts[k++]!;
    const b = operand(additive);
    if (RELATIONS.some((r) => isSym(r))) fail("'and' between comparisons");
    return { t: 'bin', op: op.s, a, b, pos: op.pos };
  }
  const additive = (): Node => chain(['+', '-'], multiplicative);
  const multiplicative = (): Node => chain(['*', '/'], unary);
  function unary(): Node {
    const t = peek();
    if (!take('-')) return power();
    return { t: 'neg', a: deeper(() => operand(unary)), pos: t.pos };
  }
  function power(): Node {
    let a = chain(['o'], postfix);
    while (isSym('^')) {
      const pos = ts[k++]!.pos;
      const e = peek();
      if (e.kind !== 'num') fail('a whole-number literal exponent');
      if (BigInt(e.s) > 64n) problem('parse', e.pos, `an exponent is at most 64, got ${e.s}`);
      k++;
      a = { t: 'pow', a, e: Number(e.s), pos };
    }
    return a;
  }
  function postfix(): Node {
    let a = primary();
    while (isSym('[')) {
      const pos = ts[k++]!.pos;
      const i = expr();
      need(']');
      a = { t: 'at', of: a, i, pos };
    }
    return a;
  }
  function primary(): Node {
    const t = peek();
    if (t.kind === 'num') return k++, { t: 'num', v: BigInt(t.s), pos: t.pos };
    if (t.kind === 'kw' && (t.s === 'true' || t.s === 'false')) return k++, { t: 'bool', v: t.s === 'true', pos: t.pos };
    const aggregate = t.kind === 'kw' && ['sum', 'max', 'min'].includes(t.s);
    if (aggregate && !isSym('(', ts[k + 1])) return quantified();
    if (t.kind === 'word' || (aggregate && t.s !== 'sum')) {
      k++;
      if (isSym('(')) return { t: 'call', f: t.s, args: argList(), pos: t.pos };
      return { t: 'name', id: t.s, pos: t.pos };
    }
    if (take('(')) {
      const e = expr();
      need(')');
      return e;
    }
    if (startsBinder()) return expr();
    return fail('a number, a name, a call or (');
  }

  const e = expr();
  if (peek().kind !== 'eof') fail('an operator or the end of the formula');
  return e;
}
