/**
 * Degrees of all component functions chi_S o T and the parity degree sum of a bijection
 * (docs/math.md section 4, T7): P(T) = sum_{S subset [n]} deg(chi_S o T).
 *
 * Method: 2^n * (coefficient of chi_U in chi_S o T) = sum_y h_U(y) chi_S(y) with
 * h_U(y) = sum_{x : T(x) = y} chi_U(x), so one Walsh transform of h_U (a "column" U) gives that
 * coefficient for every S at once. Columns are taken level by level from |U| = n down; deg(chi_S o T)
 * is the level of the first column where S is non-zero, and the scan stops once every S has its
 * degree. Cost: (columns scanned) * (2^n + m 2^m) additions. Random bijections finish within the
 * top levels (3 columns even at n = 20); maps with a low-degree component scan nearly all 2^n
 * columns, about n 4^n operations. So the scan runs under a cost budget (additions, default
 * DEFAULT_PARITY_BUDGET, about a second or two on one core) instead of a cap on n, and reports
 * 'over-budget' rather than run on.
 *
 * GF(2)-affine maps (b(T(x)) = L b(x) + c, recognised in O(2^n)) skip the scan: chi_S o T =
 * +-chi_{L^T S}, so deg(chi_S o T) = |L^T S|, and P(T) = n 2^(n-1) for affine bijections (T7).
 */
import { popcount } from '../core/cube.js';
import { fwhtInt32InPlace } from '../core/fwht.js';
import { type Result, err, ok } from '../core/result.js';
import type { BoolMap } from './boolMap.js';
import { type NonBijective, bijectivity } from './bijectivity.js';
import { affineBits } from './gf2Linear.js';

/**
 * Largest n for which every map, whatever its structure, fits the default budget (a map with a
 * degree-1 component scans all 2^n columns). Larger maps are tried and may come back over budget.
 */
export const MAX_PARITY_DEGREE_SUM_N = 13;

/** Additions the column scan may spend by default (about n 4^n at n = 13). */
export const DEFAULT_PARITY_BUDGET = 2 ** 30;

export type ComponentDegreesOutcome =
  | { readonly kind: 'done'; readonly degrees: Int32Array; readonly columns: number }
  | { readonly kind: 'over-budget'; readonly columns: number; readonly budget: number };

function overBudget(t: BoolMap, budget: number): RangeError {
  return new RangeError(
    `component degrees of a map C_${t.n} -> C_${t.m} need more than ${budget} additions here ` +
      `(a low-degree component makes the scan cost about n 4^n); every map with n, m <= ${MAX_PARITY_DEGREE_SUM_N} fits`,
  );
}

/** deg(chi_S o T) = |L^T S| for an affine map: bit k of L^T S is the parity of S & L(e_k). */
function affineDegrees(m: number, columns: Uint32Array): Int32Array {
  const g = new Uint32Array(2 ** m); // g[S] = L^T S as a mask over [n], linear in S
  const degrees = new Int32Array(2 ** m);
  for (let s = 1; s < g.length; s++) {
    const low = s & -s;
    if (s === low) {
      for (let k = 0; k < columns.length; k++) if (columns[k]! & low) g[s]! |= 1 << k;
    } else g[s] = g[s ^ low]! ^ g[low]!;
    degrees[s] = popcount(g[s]!);
  }
  return degrees;
}

/** Subset masks of [n] ordered by size, largest first (ascending masks within a size). */
function masksByLevelDescending(n: number): Uint32Array {
  const size = 2 ** n;
  const start = new Uint32Array(n + 2);
  for (let u = 0; u < size; u++) start[n - popcount(u) + 1]! += 1;
  for (let k = 1; k <= n + 1; k++) start[k]! += start[k - 1]!;
  const order = new Uint32Array(size);
  for (let u = 0; u < size; u++) order[start[n - popcount(u)]!++] = u;
  return order;
}

/**
 * degrees[S] = deg(chi_S o T) for every subset mask S of [m] (never null: chi_S o T != 0), or
 * 'over-budget' when the column scan would spend more than `budget` additions.
 */
export function componentDegreesWithin(t: BoolMap, budget: number = DEFAULT_PARITY_BUDGET, useAffine = true): ComponentDegreesOutcome {
  const affine = useAffine ? affineBits(t) : null;
  if (affine) return { kind: 'done', degrees: affineDegrees(t.m, affine.columns), columns: 0 };
  const ySize = 2 ** t.m;
  const degrees = new Int32Array(ySize).fill(-1);
  degrees[0] = 0; // chi_{} o T = 1, found only by the last column: settle it now
  let unassigned = ySize - 1;
  if (unassigned === 0) return { kind: 'done', degrees, columns: 0 };
  const columnCost = 2 ** t.n + (t.m + 1) * ySize;
  let columns = 0;
  const column = new Int32Array(ySize);
  const sign = new Int32Array(2 ** t.n); // sign[v] = (-1)^popcount(v)
  for (let v = 0; v < sign.length; v++) sign[v] = popcount(v) & 1 ? -1 : 1;
  for (const u of masksByLevelDescending(t.n)) {
    if ((columns + 1) * columnCost > budget) return { kind: 'over-budget', columns, budget };
    columns++;
    column.fill(0);
    for (let x = 0; x < t.image.length; x++) column[t.image[x]!]! += sign[u & x]!;
    fwhtInt32InPlace(column); // sum of |column| is 2^n <= 2^20: no overflow
    const level = popcount(u);
    for (let s = 0; s < ySize; s++) {
      if (column[s] !== 0 && degrees[s] === -1) {
        degrees[s] = level;
        unassigned--;
      }
    }
    if (unassigned === 0) break;
  }
  return { kind: 'done', degrees, columns };
}

/** componentDegreesWithin under the default budget; a RangeError when over it. */
export function componentDegrees(t: BoolMap, budget: number = DEFAULT_PARITY_BUDGET): Int32Array {
  const out = componentDegreesWithin(t, budget);
  if (out.kind === 'over-budget') throw overBudget(t, budget);
  return out.degrees;
}

export type ParityDegreeSumOutcome =
  | { readonly kind: 'done'; readonly value: number }
  | { readonly kind: 'not-bijective'; readonly witness: NonBijective }
  | { readonly kind: 'over-budget'; readonly budget: number };

/** P(T) for a bijection T under a budget: n 2^(n-1) at once for affine T, else the column scan. */
export function parityDegreeSumWithin(t: BoolMap, budget: number = DEFAULT_PARITY_BUDGET): ParityDegreeSumOutcome {
  const b = bijectivity(t);
  if (!b.bijective) return { kind: 'not-bijective', witness: b };
  if (affineBits(t)) return { kind: 'done', value: parityDegreeSumLowerBound(t.n) };
  const d = componentDegreesWithin(t, budget, false);
  if (d.kind === 'over-budget') return { kind: 'over-budget', budget };
  let sum = 0;
  for (const v of d.degrees) sum += v;
  return { kind: 'done', value: sum };
}

/** P(T) for a bijection T, or the witness that T is not one; a RangeError when over the default budget. */
export function parityDegreeSum(t: BoolMap, budget: number = DEFAULT_PARITY_BUDGET): Result<number, NonBijective> {
  const out = parityDegreeSumWithin(t, budget);
  if (out.kind === 'over-budget') throw overBudget(t, budget);
  return out.kind === 'done' ? ok(out.value) : err(out.witness);
}

/** The lower bound n 2^{n-1} of docs/math.md T7 (attained exactly by the GF(2)-affine maps). */
export function parityDegreeSumLowerBound(n: number): number {
  return n === 0 ? 0 : n * 2 ** (n - 1);
}
