/** Splitting `a; b; c` at the semicolons outside parentheses, keeping each part's 1-based column. */
export interface Segment {
  readonly text: string;
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

/** An error message of a part, re-stated at the column of the whole text. */
export function shiftColumn(message: string, column: number | null, segmentColumn: number): { column: number | null; message: string } {
  if (column === null) return { column: null, message };
  const at = column + segmentColumn - 1;
  return { column: at, message: `column ${at}: ${message.replace(/^column \d+: /, '')}` };
}
