/**
 * Formula text from an AST, fully parenthesized, so that parseFormula(printFormula(e)) is e up to
 * offsets (test/lang/roundTrip.test.ts checks this on random ASTs). Certificates (next session)
 * record formulas in this canonical form.
 */
import type { Binding, Expr } from './ast.js';

const list = (xs: readonly Expr[]): string => xs.map(printFormula).join(', ');
const binding = (b: Binding): string => `${b.name} in ${b.range}(${list(b.args)})`;
const atom = (e: Expr): string => (e.k === 'int' || e.k === 'bool' || e.k === 'var' || e.k === 'call' ? printFormula(e) : `(${printFormula(e)})`);

export function printFormula(e: Expr): string {
  switch (e.k) {
    case 'int':
      return e.value.toString();
    case 'bool':
      return e.value ? 'true' : 'false';
    case 'var':
      return e.name;
    case 'call':
      return `${e.name}(${list(e.args)})`;
    case 'index':
      return `${atom(e.target)}[${printFormula(e.index)}]`;
    case 'neg':
      return `-${atom(e.arg)}`;
    case 'not':
      return `not ${atom(e.arg)}`;
    case 'pow':
      return `${atom(e.base)}^${e.exponent}`;
    case 'binary':
      return `${atom(e.left)} ${e.op} ${atom(e.right)}`;
    case 'binder':
      return `${e.binder} ${e.bindings.map(binding).join(', ')}: ${e.binder === 'forall' || e.binder === 'exists' ? printFormula(e.body) : atom(e.body)}`;
    case 'let':
      return `let ${e.bindings.map((b) => `${b.name} = ${atom(b.value)}`).join(', ')} in ${printFormula(e.body)}`;
  }
}
