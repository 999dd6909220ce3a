/**
 * Tokens of the expression language. Columns are 1-based positions in the whole input: a segment
 * of a larger input (a map coordinate) is lexed with the column of its first character.
 */
import { type Result, ok, err } from '../core/result.js';
import { type ExprError, parseError } from './errors.js';
import { LIMIT_TEXT, MAX_LITERAL_DIGITS, MAX_TOKENS } from './numberLimits.js';

export type Punct = '(' | ')' | ',' | ';' | '+' | '-' | '*' | '/' | '^';

export type Token =
  | { readonly kind: 'num'; readonly text: string; readonly column: number }
  | { readonly kind: 'ident'; readonly text: string; readonly column: number }
  | { readonly kind: 'punct'; readonly text: Punct; readonly column: number }
  | { readonly kind: 'end'; readonly text: ''; readonly column: number };

const PUNCT = '(),;+-*/^';
export const LITERAL_PREFIXES: readonly string[] = ['tt', 'hex', 'vals', 'perm'];

/** How a token is named in messages: 'x1', ')', end of input. */
export function describeToken(t: Token): string {
  return t.kind === 'end' ? 'end of input' : `'${t.text}'`;
}

export function tokenize(text: string, firstColumn = 1): Result<Token[], ExprError> {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    const column = firstColumn + i;
    if (out.length >= MAX_TOKENS && !/\s/.test(c)) {
      return err(parseError(column, `the expression has more than 2^20 tokens; write a function this large as a hex:, tt: or vals: literal`));
    }
    if (/\s/.test(c)) {
      i++;
    } else if (/[0-9]/.test(c)) {
      const start = i;
      while (i < text.length && /[0-9]/.test(text[i]!)) i++;
      let first = start;
      while (first < i - 1 && text[first] === '0') first++;
      const digits = i - first;
      if (digits > MAX_LITERAL_DIGITS) {
        return err(parseError(column, `integer literal of ${digits} digits is too large: numbers in expressions are limited to ${LIMIT_TEXT} (at most ${MAX_LITERAL_DIGITS} digits)`));
      }
      out.push({ kind: 'num', text: text.slice(start, i), column });
    } else if (/[A-Za-z_]/.test(c)) {
      const start = i;
      while (i < text.length && /[A-Za-z0-9_]/.test(text[i]!)) i++;
      const word = text.slice(start, i);
      out.push({ kind: 'ident', text: word, column });
      if (text[i] === ':' && LITERAL_PREFIXES.includes(word.toLowerCase())) {
        return err(parseError(column, `a '${word}:' literal cannot be part of an expression; it must be the whole input (or a whole map coordinate)`));
      }
    } else if (PUNCT.includes(c)) {
      out.push({ kind: 'punct', text: c as Punct, column });
      i++;
    } else {
      return err(parseError(column, `unexpected character '${c}'${hint(c)}`));
    }
  }
  out.push({ kind: 'end', text: '', column: firstColumn + text.length });
  return ok(out);
}

function hint(c: string): string {
  if (c === '.') return ' (constants are integers or fractions such as 1/2)';
  if (c === ':') return ' (literals tt:, hex:, vals: must be the whole input)';
  if (c === '[' || c === '{') return " (group with '(' and ')')";
  return '';
}
