/**
 * The verifier's algebraic immunity: order the monomials t by degree, then mask, up to degree
 * ceil(n/2), and find by plain GF(2) elimination the first whose column of values on the support
 * of F (resp. 1 + F) is a sum of the earlier columns: it gives the least-degree annihilator, and
 * that sum is the witness. Re-checked: g vanishes on that support.
 */
import { bitCount, elements } from './plainSums.js';
import { defineTwin } from './twin.js';

/**
 * Row-reduce the matrix whose columns are the monomials' values on the support, column by column
 * in order; the first column without a pivot is the first that depends on the earlier ones, and
 * its entries in the pivot rows say which earlier columns sum to it.
 */
function leastAnnihilator(n: number, support: readonly number[], cap: number) {
  const order = [...Array(2 ** n).keys()].filter((t) => bitCount(t) <= Math.ceil(n / 2));
  order.sort((a, b) => bitCount(a) - bitCount(b) || a - b);
  const rows: number[][] = support.map((b) => order.map((t) => ((b & t) === t ? 1 : 0)));
  const pivotColumns: number[] = [];
  for (let c = 0; c < order.length; c++) {
    if (bitCount(order[c]!) > cap) return null;
    const r = pivotColumns.length;
    const p = rows.findIndex((row, i) => i >= r && row[c] === 1);
    if (p < 0) {
      const g = [order[c]!, ...pivotColumns.filter((_, i) => rows[i]![c] === 1).map((k) => order[k]!)].sort((a, b) => a - b);
      for (const b of support) {
        if (g.filter((m) => (b & m) === m).length % 2 !== 0) throw new Error('annihilator does not vanish');
      }
      return { degree: bitCount(order[c]!), g };
    }
    [rows[r], rows[p]] = [rows[p]!, rows[r]!];
    for (let i = 0; i < rows.length; i++) if (i !== r && rows[i]![c] === 1) rows[i] = rows[i]!.map((v, j) => v ^ rows[r]![j]!);
    pivotColumns.push(c);
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
