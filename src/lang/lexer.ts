/**
 * Tokens of the claim language (docs/claims.md, "Lexical structure"): integer literals, names,
 * keywords, punctuation and operators; '#' starts a comment to the end of the line; blanks and
 * newlines separate tokens.
 */
import { langError } from './errors.js';

export const KEYWORDS = ['forall', 'exists', 'in', 'let', 'sum', 'max', 'min', 'and', 'or', 'not', 'implies', 'iff', 'true', 'false', 'o'] as const;
export type Keyword = (typeof KEYWORDS)[number];

export type TokenKind = 'int' | 'name' | 'keyword' | 'op' | 'end';
export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  readonly offset: number;
}

/** Longest first, so '<=' wins over '<'. */
const OPERATORS = ['<=', '>=', '!=', '(', ')', '[', ']', ',', ':', '+', '-', '*', '/', '^', '=', '<', '>'] as const;
/** Integer literals longer than this are refused (exact, but a formula has no use for them). */
export const MAX_LITERAL_DIGITS = 40;

const isKeyword = (s: string): s is Keyword => (KEYWORDS as readonly string[]).includes(s);

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    if (c === '#') {
      while (i < source.length && source[i] !== '\n') i++;
      continue;
    }
    const start = i;
    if (/[0-9]/.test(c)) {
      while (i < source.length && /[0-9]/.test(source[i]!)) i++;
      if (i - start > MAX_LITERAL_DIGITS) throw langError('parse', source, start, `integer literal longer than ${MAX_LITERAL_DIGITS} digits`);
      if (i < source.length && /[A-Za-z_.]/.test(source[i]!)) throw langError('parse', source, i, `expected an operator after the number, got '${source[i]}' (numbers are whole; write 1/2 for a fraction)`);
      tokens.push({ kind: 'int', text: source.slice(start, i), offset: start });
      continue;
    }
    if (/[A-Za-z_]/.test(c)) {
      while (i < source.length && /[A-Za-z0-9_]/.test(source[i]!)) i++;
      const text = source.slice(start, i);
      tokens.push({ kind: isKeyword(text) ? 'keyword' : 'name', text, offset: start });
      continue;
    }
    const op = OPERATORS.find((o) => source.startsWith(o, i));
    if (op === undefined) throw langError('parse', source, i, `unexpected character '${c}'`);
    tokens.push({ kind: 'op', text: op, offset: start });
    i += op.length;
  }
  tokens.push({ kind: 'end', text: '', offset: source.length });
  return tokens;
}
