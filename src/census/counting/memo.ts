/** The memo tables of the counting census, in one place so a benchmark can clear them all. */
export const memoTables: Map<number, unknown>[] = [];

export function registerMemo<T>(table: Map<number, T>): Map<number, T> {
  memoTables.push(table as Map<number, unknown>);
  return table;
}

export function clearCountingMemo(): void {
  for (const t of memoTables) t.clear();
}
