/** "Did you mean": the known name nearest to a mistyped one (edit distance), or null if none is near. */

/** Levenshtein distance, with adjacent transpositions counting as one edit. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** The nearest candidate within about a third of the word's length (at least 1, at most 3 edits); a unique prefix also counts. */
export function nearest(word: string, candidates: readonly string[]): string | null {
  const w = word.toLowerCase();
  const prefixed = candidates.filter((c) => w.length >= 2 && c.startsWith(w));
  if (prefixed.length === 1) return prefixed[0]!;
  let best: string | null = null;
  let bestDistance = Math.min(3, Math.max(1, Math.floor(w.length / 3)));
  for (const c of candidates) {
    const dist = editDistance(w, c.toLowerCase());
    if (dist <= bestDistance && (best === null || dist < bestDistance)) {
      best = c;
      bestDistance = dist;
    }
  }
  return best;
}
