/** Re-stating an error of one `;`-separated part at its column in the whole text. */
export { type Segment, splitTopLevel } from '../../expr/index.js';

/** An error message of a part, re-stated at the column of the whole text. */
export function shiftColumn(message: string, column: number | null, segmentColumn: number): { column: number | null; message: string } {
  if (column === null) return { column: null, message };
  const at = column + segmentColumn - 1;
  return { column: at, message: `column ${at}: ${message.replace(/^column \d+: /, '')}` };
}
