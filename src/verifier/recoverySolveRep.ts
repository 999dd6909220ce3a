/**
 * The verifier's recovery summary under the representation biases at d = 4 (head+rep = hier-sum,
 * hier-max): Boolean tasks, full support, psi the identity or a bijection of C_4 (the kernel's
 * recoverySummary / recoveryVerdict route these here). It solves by the route the verifier checks
 * rep certificates with (recoveryRepSearch.ts, through its exported functions, unchanged):
 * countRepMinimisers(b) counts the bijections V of cost exactly b and throws when one costs less.
 *
 * - Totals b = floor, floor + 1, ... up to the true latents' cost (V the identity: attained, so
 *   the loop ends there at the latest). floor: each task's least head cost of its weight, plus the
 *   least coordinate cost (a coordinate is a balanced code), d times (sums) or once (hier-max): a
 *   lower bound on every V's cost. The first b with a minimiser is the minimum: every smaller
 *   total was searched and had none (and no search below it found one below, or it would have thrown).
 * - The count there is every minimiser; the verdict scores every element of the group from the
 *   definitions (heads h_t o V^-1, coordinates bit j of V(z)): recovers exactly when the group
 *   holds all the minimisers.
 * A search past MAX_STEPS throws (a predicate cannot hang the verifier; it is never an answer).
 */
import type { RecoveryQuery, RecoverySummary } from '../claim/worldModel.js';
import type { BasicKernel } from './kernel.js';
import { groupElements, ones } from './recoveryCertificate.js';
import { coordinateCost, fourierDegrees, repScore } from './recoveryRepCosts.js';
import { type RepBias, countRepMinimisers } from './recoveryRepSearch.js';

const BIASES: readonly string[] = ['head+rep', 'hier-sum', 'hier-max'];
/** Steps of one search at most (as the rep certificates' check allows). */
const MAX_STEPS = 200_000_000;
const D = 4;

const taskCode = (values: Int32Array): number => values.reduce((c, v, x) => (v === -1 ? c | (1 << x) : c), 0) >>> 0;

/** Whether this route answers the query (d = 4 and a representation bias). */
export const solvesRepAtD4 = (q: RecoveryQuery): boolean => q.tasks[0]?.n === D && BIASES.includes(q.bias);

function validate(q: RecoveryQuery, K: BasicKernel): number[] {
  if (!['signed-permutation', 'gf2-affine'].includes(q.group)) throw new RangeError(`unknown group ${String(q.group)}`);
  if (q.tasks.length < 1 || q.tasks.length > 16) throw new RangeError('the verifier solves 1..16 tasks under a representation bias');
  if (q.tasks.some((h) => h.n !== D || h.values.length !== 2 ** D || !K.isBoolean(h))) throw new RangeError(`the tasks must all be Boolean functions on C_${D}`);
  if (q.psi !== undefined && !(q.psi.n === D && K.isBijection(q.psi))) throw new RangeError(`at d = ${D} the verifier's representation route needs psi to be a bijection of C_${D}`);
  if (q.support !== undefined && !(q.support.n === D && q.support.points.length === 2 ** D && q.support.points.every((z, i) => z === i))) {
    throw new RangeError(`at d = ${D} the verifier needs full support`);
  }
  return q.tasks.map((h) => taskCode(h.values));
}

/** The summary (RecoverySummary of src/claim/worldModel.ts) by the route of the header. */
export function recoverySummaryRep(q: RecoveryQuery, K: BasicKernel): RecoverySummary {
  const tasks = validate(q, K);
  const bias = q.bias as RepBias;
  const psi = q.psi === undefined ? [...Array(1 << D).keys()] : Array.from(q.psi.image);
  const degrees = fourierDegrees(D);
  const headCost = (g: number): number => degrees[g]!;
  const coordCost = coordinateCost(D, D, psi, degrees);
  const sum = bias !== 'hier-max';
  /** V's objective from the definitions (V an image table z -> V(z)). */
  const score = (v: readonly number[]): number => repScore(D, tasks, headCost, coordCost, sum, v);
  const least = new Array<number>((1 << D) + 1).fill(Infinity);
  let leastCoordinate = Infinity;
  for (let g = 0; g < 2 ** (1 << D); g++) {
    least[ones(g)] = Math.min(least[ones(g)]!, headCost(g));
    if (ones(g) === 1 << (D - 1)) leastCoordinate = Math.min(leastCoordinate, coordCost(g));
  }
  const floor = tasks.reduce((s, h) => s + least[ones(h)]!, 0) + (sum ? D : 1) * leastCoordinate;
  const identity = score([...Array(1 << D).keys()]);
  for (let b = floor; b <= identity; b++) {
    const count = countRepMinimisers({ d: D, tasks, bias, headCost, coordinateCost: coordCost }, b, MAX_STEPS);
    if (count === 0n) continue;
    let inside = 0n;
    for (const v of groupElements(D, q.group)) {
      const s = score(v);
      if (s < b) throw new Error('internal: a group element below the minimum');
      if (s === b) inside++;
    }
    if (inside > count) throw new Error('internal: more minimisers in the group than in all');
    if (count > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('more minimisers than a summary can state exactly');
    return { minimum: String(b), minimizers: Number(count), recovers: inside === count, outside: inside !== count };
  }
  throw new Error('internal: the true latents attain no total up to their own cost');
}
