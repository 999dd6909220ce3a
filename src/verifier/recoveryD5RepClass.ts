/**
 * The certified class of the d = 5 representation-bias re-checks with full support
 * (recoveryD5Rep.ts at m = 5, recoveryD5Observed.ts at m = 6; docs/certificates.md, "Dear
 * coordinates in the d = 5 re-checks"), as one pure test that the verifier and the certificate
 * writers (src/certificates/recoveryD5Rep.ts, recoveryD5Observed.ts) both call, so the writer
 * declines exactly what the verifier refuses, in the same words.
 *
 * - Heads: a head of task t costs at most minimum - the other heads' floors - the coordinates'
 *   floors (5 for the sums, one for the max). Heads are only listed (to Fourier degree 3): a
 *   budget above the lists' level is out of the class.
 * - Coordinates: at most minimum - the heads' floors - 4 coordinate floors (sums), or minimum -
 *   the heads' floors (max). Under the sums a coordinate past the list's reach is searched in a
 *   dear pass (recoveryD5RepSearch.ts), so any budget is in the class; under hier-max (one
 *   coordinate's cost, any number of them dear) a budget past the reach is out of the class.
 *
 * Floors: headFloors[t] = the least Fourier degree of a code of task t's weight, capped at
 * headReach + 1 (none listed); coordinateFloor = the least cost of a coordinate.
 */

export interface D5RepClassInput {
  /** Observed bits (5 or 6), for the message. */
  readonly M: number;
  readonly max: boolean;
  readonly minimum: number;
  readonly headFloors: readonly number[];
  /** The heads are listed to this Fourier degree. */
  readonly headReach: number;
  readonly coordinateFloor: number;
  /** Every coordinate of cost <= this is listed. */
  readonly coordinateReach: number;
}

/** The head budgets (per task) and the coordinate budget of the header. */
export function d5RepBudgets(x: D5RepClassInput): { heads: number[]; coordinate: number } {
  const sum = x.headFloors.reduce((a, b) => a + b, 0);
  const cf = x.coordinateFloor;
  const heads = x.headFloors.map((f) => x.minimum - (sum - f) - (x.max ? cf : 5 * cf));
  const coordinate = x.max ? x.minimum - sum : x.minimum - sum - 4 * cf;
  return { heads, coordinate };
}

/** Why the instance is out of the certified class (one line), or null. */
export function d5RepClassProblem(x: D5RepClassInput): string | null {
  const { heads, coordinate } = d5RepBudgets(x);
  const worst = Math.max(...heads);
  if (worst > x.headReach) return `out of the certified class at d = 5: the minimum ${x.minimum} leaves a head a Fourier degree of up to ${worst}, the verifier's lists stop at ${x.headReach}`;
  if (x.max && coordinate > x.coordinateReach) {
    const where = x.M === 5 ? '' : `, m = ${x.M}`;
    return `out of the certified class at d = 5${where}: under hier-max the minimum ${x.minimum} leaves a coordinate of Phi a degree of up to ${coordinate}, the verifier lists the coordinates to degree ${x.coordinateReach} (past it only under the sums)`;
  }
  return null;
}
