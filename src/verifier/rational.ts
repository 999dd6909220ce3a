/**
 * Exact rationals p/q on native bigint (q > 0, lowest terms) and Gaussian elimination over them:
 * just what the verifier's min-degree interpolator and profile sums need.
 */
export interface Q {
  readonly p: bigint;
  readonly q: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  [a, b] = [a < 0n ? -a : a, b < 0n ? -b : b];
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export function rat(p: bigint, q = 1n): Q {
  if (q === 0n) throw new RangeError('division by zero');
  if (q < 0n) [p, q] = [-p, -q];
  const g = gcd(p, q); // q > 0, so g >= 1
  return { p: p / g, q: q / g };
}

export const ZERO = rat(0n);
export const add = (a: Q, b: Q): Q => rat(a.p * b.q + b.p * a.q, a.q * b.q);
export const sub = (a: Q, b: Q): Q => rat(a.p * b.q - b.p * a.q, a.q * b.q);
export const mul = (a: Q, b: Q): Q => rat(a.p * b.p, a.q * b.q);
export const div = (a: Q, b: Q): Q => rat(a.p * b.q, a.q * b.p);
export const sum = (xs: readonly Q[]): Q => xs.reduce(add, ZERO);
/** Negative, zero or positive as a < b, a = b, a > b. */
export const compare = (a: Q, b: Q): number => Number(a.p * b.q - b.p * a.q > 0n) - Number(a.p * b.q - b.p * a.q < 0n);
/** "p" or "p/q". */
export const text = (a: Q): string => (a.q === 1n ? `${a.p}` : `${a.p}/${a.q}`);

/**
 * All solutions of A x = b (A has `cols` columns) as x + span(kernel), by reduction to reduced row
 * echelon form. Throws when there is none.
 */
export function solve(a: readonly (readonly Q[])[], b: readonly Q[], cols: number): { x: Q[]; kernel: Q[][] } {
  const rows = a.map((row, i) => [...row, b[i]!]);
  const pivots: number[] = [];
  for (let c = 0; c < cols && pivots.length < rows.length; c++) {
    const r = pivots.length;
    const k = rows.findIndex((row, i) => i >= r && row[c]!.p !== 0n);
    if (k < 0) continue;
    [rows[r], rows[k]] = [rows[k]!, rows[r]!];
    const lead = rows[r]![c]!;
    rows[r] = rows[r]!.map((v) => div(v, lead));
    rows.forEach((row, i) => {
      const f = row[c]!;
      if (i !== r && f.p !== 0n) rows[i] = row.map((v, j) => sub(v, mul(f, rows[r]![j]!)));
    });
    pivots.push(c);
  }
  if (rows.slice(pivots.length).some((row) => row[cols]!.p !== 0n)) throw new RangeError('the linear system has no solution');
  const x = new Array<Q>(cols).fill(ZERO);
  pivots.forEach((c, i) => (x[c] = rows[i]![cols]!));
  const free = [...Array(cols).keys()].filter((c) => !pivots.includes(c));
  const kernel = free.map((f) => {
    const v = new Array<Q>(cols).fill(ZERO);
    v[f] = rat(1n);
    pivots.forEach((c, i) => (v[c] = sub(ZERO, rows[i]![f]!)));
    return v;
  });
  return { x, kernel };
}
