/**
 * The budgets of the d = 5 representation-bias re-checks with full support (recoveryD5Rep.ts at
 * m = 5, recoveryD5Observed.ts at m = 6; docs/certificates.md, "Past the lists in the d = 5
 * re-checks"), one pure function that the verifier and the certificate writers
 * (src/certificates/recoveryD5Rep.ts, recoveryD5Observed.ts) both call.
 *
 * - Heads: a head of task t costs at most minimum - the other heads' floors - the coordinates'
 *   floors (5 for the sums, one for the max).
 * - Coordinates: at most minimum - the heads' floors - 4 coordinate floors (sums), or minimum -
 *   the heads' floors (max).
 * - Past the lists: a head budget above the head lists' level (heads are listed to Fourier degree
 *   3) or a coordinate budget above the coordinate list's reach. The re-check then searches past
 *   the lists (recoveryD5RepSearch.ts: dear heads checked at the leaf; recoveryD5RepDear.ts: dear
 *   coordinates last), exactly but maybe slowly; the writers run the verifier's own check on such
 *   a certificate first and decline with its reason when it refuses.
 *
 * Floors: headFloors[t] = the least Fourier degree of a code of task t's weight, capped at
 * headReach + 1 (none listed); coordinateFloor = the least cost of a coordinate.
 */

export interface D5RepClassInput {
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

/** What the budgets admit past the lists (header), in words, or null when the lists hold every candidate. */
export function d5RepPastLists(x: D5RepClassInput): string | null {
  const { heads, coordinate } = d5RepBudgets(x);
  const worst = Math.max(...heads);
  const parts = [
    ...(worst > x.headReach ? [`heads of Fourier degree up to ${worst} past the lists (degree <= ${x.headReach}), costed at the leaves`] : []),
    ...(coordinate > x.coordinateReach ? [`coordinates of degree up to ${coordinate} past the list (degree <= ${x.coordinateReach}), searched last and costed by their definition`] : []),
  ];
  return parts.length === 0 ? null : parts.join('; ');
}
