/**
 * The verifier's algebraic immunity: for each monomial t (by degree, then mask, up to degree
 * ceil(n/2)) ask by plain GF(2) elimination whether its column of values on the support of F
 * (resp. 1 + F) is a sum of the earlier columns; the first t that is gives the least-degree
 * annihilator, and the sum found is the witness. Re-checked: g vanishes on that support.
 */
import { bitCount, elements } from './plainSums.js';
import { defineTwin } from './twin.js';

/** Solve sum_k c_k cols[k] = target over GF(2) (0/1 arrays); the set of k used, or null. */
function express(cols: readonly number[][], target: readonly number[]): number[] | null {
  // Gaussian elimination on the augmented rows [cols... | target] (one row per support point).
  const rows = target.map((t, r) => [...cols.map((c) => c[r]!), t]);
  const k = cols.length;
  const pivots: number[] = [];
  let r = 0;
  for (let c = 0; c < k && r < rows.length; c++) {
    const p = rows.findIndex((row, i) => i >= r && row[c] === 1);
    if (p < 0) continue;
    [rows[r], rows[p]] = [rows[p]!, rows[r]!];
    for (let i = 0; i < rows.length; i++) if (i !== r && rows[i]![c] === 1) rows[i] = rows[i]!.map((v, j) => v ^ rows[r]![j]!);
    pivots.push(c);
    r++;
  }
  if (rows.some((row, i) => i >= r && row[k] === 1)) return null;
  return pivots.filter((_, i) => rows[i]![k] === 1);
}

function leastAnnihilator(n: number, support: readonly number[], cap: number) {
  const order = [...Array(2 ** n).keys()].filter((t) => bitCount(t) <= Math.ceil(n / 2));
  order.sort((a, b) => bitCount(a) - bitCount(b) || a - b);
  const cols: number[][] = [];
  for (const t of order) {
    if (bitCount(t) > cap) return null;
    const col = support.map((b) => ((b & t) === t ? 1 : 0));
    const used = express(cols, col);
    if (used) {
      const g = [t, ...used.map((k) => order[k]!)].sort((a, b) => a - b);
      for (const b of support) {
        if (g.filter((m) => (b & m) === m).length % 2 !== 0) throw new Error('annihilator does not vanish');
      }
      return { degree: bitCount(t), g };
    }
    cols.push(col);
  }
  return null;
}

export function plainAlgebraicImmunity(n: number, values: ArrayLike<number>) {
  const points = [...Array(2 ** n).keys()];
  const ofF = leastAnnihilator(n, points.filter((b) => values[b] === -1), n);
  const ofNot = leastAnnihilator(n, points.filter((b) => values[b] === 1), ofF ? ofF.degree - 1 : n);
  const [annihilates, found] = ofNot ? (['1+F', ofNot] as const) : (['F', ofF!] as const);
  return { order: found.degree, annihilates, annihilator: found.g.map(elements) };
}

export const algebraicImmunity = defineTwin({
  input: 'boolean',
  compute: (f) => plainAlgebraicImmunity(f.n, f.values),
  value: (v) => v.order,
});
