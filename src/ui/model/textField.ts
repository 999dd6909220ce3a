/** A one-line text field as data, and its pure edits. */
import type { KeyPress } from '../keys.js';

export interface TextField {
  readonly text: string;
  /** 0..text.length: the caret sits before text[cursor]. */
  readonly cursor: number;
  /**
   * The whole text is selected (a numeric field showing a default or a stepped value): the next
   * typed character replaces it, Backspace clears it, a caret move keeps it.
   */
  readonly selected?: boolean;
}

export function field(text = ''): TextField {
  return { text, cursor: text.length };
}

/** The field with its whole text selected, as a numeric field is when focus arrives. */
export function selectAll(f: TextField): TextField {
  return { text: f.text, cursor: f.text.length, selected: true };
}

/**
 * The field after an editing key, or null when the key is not an edit (the caller handles it).
 * `accept` filters typed characters (a numeric field takes digits only).
 */
export function editField(f: TextField, k: KeyPress, accept: (ch: string) => boolean = () => true): TextField | null {
  if (f.selected) {
    if (k.text !== '') {
      const typed = [...k.text].filter(accept).join('');
      return typed === '' ? f : { text: typed, cursor: typed.length };
    }
    if (k.erase) return field('');
    if (k.left || k.right || k.home || k.end) return editField({ text: f.text, cursor: f.cursor }, k, accept);
    return null;
  }
  if (k.text !== '') {
    const typed = [...k.text].filter(accept).join('');
    if (typed === '') return f;
    return { text: f.text.slice(0, f.cursor) + typed + f.text.slice(f.cursor), cursor: f.cursor + typed.length };
  }
  if (k.erase) return f.cursor === 0 ? f : { text: f.text.slice(0, f.cursor - 1) + f.text.slice(f.cursor), cursor: f.cursor - 1 };
  if (k.left) return { ...f, cursor: Math.max(0, f.cursor - 1) };
  if (k.right) return { ...f, cursor: Math.min(f.text.length, f.cursor + 1) };
  if (k.home) return { ...f, cursor: 0 };
  if (k.end) return { ...f, cursor: f.text.length };
  return null;
}

export const digitsOnly = (ch: string): boolean => ch >= '0' && ch <= '9';
export const signedDigits = (ch: string): boolean => digitsOnly(ch) || ch === '-';

/** The visible slice of a field `width` wide that keeps the caret in view. */
export function visibleWindow(f: TextField, width: number): { readonly start: number; readonly text: string } {
  const w = Math.max(1, width - 1);
  const start = f.cursor <= w ? 0 : f.cursor - w;
  return { start, text: f.text.slice(start, start + w + 1) };
}
