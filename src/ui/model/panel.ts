/**
 * What a scrollable panel shows: rows of text or of bars. Bar lengths are display-only floats;
 * every number printed next to a bar is the exact value as text.
 */
import type { Tone } from '../theme.js';

export type PanelRow =
  | { readonly kind: 'text'; readonly text: string; readonly tone?: Tone }
  | { readonly kind: 'bar'; readonly label: string; readonly fraction: number; readonly value: string };

/** One tab of a panel: a title and its rows. */
export interface PanelView {
  readonly title: string;
  readonly rows: readonly PanelRow[];
}

export const text = (t: string, tone?: Tone): PanelRow => (tone === undefined ? { kind: 'text', text: t } : { kind: 'text', text: t, tone });

export const bar = (label: string, fraction: number, value: string): PanelRow => ({
  kind: 'bar',
  label,
  fraction: Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0,
  value,
});

/** Splits a long line into rows of at most `width` characters, continuation rows indented. */
export function wrap(line: string, width: number, indent = '    '): string[] {
  const w = Math.max(8, width);
  if (line.length <= w) return [line];
  const out: string[] = [];
  let rest = line;
  let first = true;
  while (rest.length > 0) {
    const room = first ? w : w - indent.length;
    let cut = rest.length <= room ? rest.length : rest.lastIndexOf(' ', room);
    if (cut <= 0) cut = Math.min(room, rest.length);
    out.push((first ? '' : indent) + rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
    first = false;
  }
  return out;
}

/** Text rows of a wrapped line. */
export function wrapped(line: string, width: number, tone?: Tone): PanelRow[] {
  return wrap(line, width).map((t) => text(t, tone));
}
