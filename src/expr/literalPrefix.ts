/** Recognising a literal (tt:, hex:, vals:, perm:) at the start of an input or map coordinate. */

export type LiteralWord = 'tt' | 'hex' | 'vals' | 'perm';

export interface LiteralStart {
  readonly word: LiteralWord;
  /** Index in the text of the first character after the ':'. */
  readonly bodyStart: number;
  /** Index in the text of the prefix word. */
  readonly wordStart: number;
}

/** The literal prefix the text starts with (case-insensitive, whitespace allowed), or null. */
export function literalStart(text: string): LiteralStart | null {
  const m = /^(\s*)([A-Za-z]+)\s*:/.exec(text);
  if (!m) return null;
  const word = m[2]!.toLowerCase();
  if (word !== 'tt' && word !== 'hex' && word !== 'vals' && word !== 'perm') return null;
  return { word, bodyStart: m[0].length, wordStart: m[1]!.length };
}

/** log2 of a power of two, or null. */
export function log2Exact(count: number): number | null {
  if (count < 1 || !Number.isInteger(count)) return null;
  const k = Math.round(Math.log2(count));
  return 2 ** k === count ? k : null;
}
