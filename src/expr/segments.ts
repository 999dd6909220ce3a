/** Splitting `a; b; c` at the semicolons outside parentheses (thr(k; ...) keeps its ';'). */
export interface Segment {
  readonly text: string;
  /** 1-based column of the segment's first character in the whole text. */
  readonly column: number;
}

export function splitTopLevel(text: string): Segment[] {
  const out: Segment[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ';' && depth === 0) {
      out.push({ text: text.slice(from, i), column: from + 1 });
      from = i + 1;
    }
  }
  out.push({ text: text.slice(from), column: from + 1 });
  return out;
}
