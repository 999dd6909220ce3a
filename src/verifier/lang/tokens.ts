/**
 * The verifier's tokenizer of formulas (docs/claims.md, "Lexical structure"), one regular
 * expression per token class, independent of src/lang/lexer.ts.
 */
import { problem } from './syntax.js';

export type TokKind = 'num' | 'word' | 'kw' | 'sym' | 'eof';
export interface Tok {
  readonly kind: TokKind;
  readonly s: string;
  readonly pos: number;
}

const KW = new Set(['forall', 'exists', 'in', 'let', 'sum', 'max', 'min', 'and', 'or', 'not', 'implies', 'iff', 'true', 'false', 'o']);
const SYMBOLS = ['<=', '>=', '!=', '(', ')', '[', ']', ',', ':', '+', '-', '*', '/', '^', '=', '<', '>'];
export const MAX_TOKS = 4096;

export function tokens(text: string): Tok[] {
  const out: Tok[] = [];
  let at = 0;
  const rest = (re: RegExp): string | null => {
    re.lastIndex = at;
    const m = re.exec(text);
    return m === null ? null : m[0];
  };
  while (at < text.length) {
    const space = rest(/[ \t\r\n]+|#[^\n]*/y);
    if (space !== null) {
      at += space.length;
      continue;
    }
    const digits = rest(/[0-9]+/y);
    if (digits !== null) {
      if (digits.length > 40) problem('parse', at, 'an integer literal has at most 40 digits');
      const after = text[at + digits.length];
      if (after !== undefined && /[A-Za-z_.]/.test(after)) problem('parse', at + digits.length, `a number may not be followed by '${after}'`);
      out.push({ kind: 'num', s: digits, pos: at });
      at += digits.length;
      continue;
    }
    const word = rest(/[A-Za-z_][A-Za-z0-9_]*/y);
    if (word !== null) {
      out.push({ kind: KW.has(word) ? 'kw' : 'word', s: word, pos: at });
      at += word.length;
      continue;
    }
    const sym = SYMBOLS.find((s) => text.startsWith(s, at));
    if (sym === undefined) problem('parse', at, `unexpected character ${JSON.stringify(text[at])}`);
    out.push({ kind: 'sym', s: sym, pos: at });
    at += sym.length;
  }
  if (out.length > MAX_TOKS) problem('parse', out[MAX_TOKS]!.pos, `a formula has at most ${MAX_TOKS} tokens`);
  out.push({ kind: 'eof', s: '', pos: text.length });
  return out;
}
