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
 *
 * hier-sum by its definition (docs/math.md, "hier-sum at m = d in the verifier"): sum_t deg(g_t)
 * + sum_j deg(Phi_j), Phi = V o psi^-1. validate takes psi a bijection of C_4 only (isBijection
 * checks m = n), so Phi is fixed on all of C_m, and deg(Phi_j) is the Fourier degree of the
 * coordinate's code moved by psi: the coordinate cost below (coordinateCost, m = d). head+rep's
 * definition gives the same formula at m = d, hence one code path (`sum`) for both names.
 *
 * recoveryVerdictRep: the verdict without the count, for psi the identity and the signed
 * permutations under every representation bias (elsewhere the summary's verdict). A count can pass
 * 10^10 (hier-max: a V with one coordinate of degree 3 leaves the others free), so it asks only
 * whether some V costs < b (`below`): the same search with every coordinate cost shifted so that no
 * V's total is b (no leaf is counted, the search returns 0) and a V of total < b is a leaf below b,
 * which the search rejects at once (BelowMinimum, carrying that total): that rejection is the
 * answer yes. Every coordinate 1/2 cheaper (max) or 1/(2d) = 1/8 cheaper (sums) lowers every total
 * by exactly 1/2, so "a total < b" is "a true cost <= b". These are exact binary fractions; the
 * search's cuts hold for any costs (the composition bound reads the heads' costs, left the Fourier
 * degrees). The minimum: downward from a V's cost m (the identity's total I at most): a V of cost <= m - 1
 * found lowers m to its cost, none found (the search ended) proves m. The group: a balanced
 * degree-1 code is a signed dictator, so V is a signed permutation exactly when all its
 * coordinates have degree 1, and each costs I. So recovers exactly when no V outside the group
 * costs <= I (then the minimum is I), asked first; a V met there (cost <= I, read off its shifted
 * total) starts the descent: under max, asked with coordinate cost max(deg, 2) (V's true cost
 * outside the group, I + 1 on it); under sums, with deg + 1/4 on each degree-1 coordinate (at most
 * 3 of them outside the group, so + <= 3/4; the group + 1), all minus 7/32 (7/8 in all), asked below
 * I: no total is whole, the group's is I + 1/8, and an outside V's is below I exactly when its true
 * cost is <= I (docs/math.md, "Verdicts without the count under the sums").
 * Which task goes first changes the work a lot (a cheaper V met at once under one, millions of
 * steps under another): a short round of HUNT_STEPS under every task first, then MAX_STEPS each; a
 * search that ends or meets a V decides (each is exhaustive for its own first task).
 */
import type { RecoveryQuery, RecoverySummary, RecoveryVerdict } from '../claim/worldModel.js';
import type { BasicKernel } from './kernel.js';
import { groupElements, ones } from './recoveryCertificate.js';
import { coordinateCost, fourierDegrees, repScore } from './recoveryRepCosts.js';
import { BelowMinimum, type RepBias, countRepMinimisers, defaultFirstTask } from './recoveryRepSearch.js';
import { Rejection, reject } from './reject.js';

const BIASES: readonly string[] = ['head+rep', 'hier-sum', 'hier-max'];
/** Steps of one search at most (as the rep certificates' check allows). */
const MAX_STEPS = 200_000_000;
const D = 4;
/** The verdict route's short round: this step budget per first task (then MAX_STEPS each). */
const HUNT_STEPS = 2_000_000;

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
/** The least total of any V under this bias (psi the identity, coordinates costed by latent degree), each head's floor plus the coordinates' (sum or max). */
function floorOf(tasks: readonly number[], headCost: (g: number) => number, coordCost: (b: number) => number, sum: boolean): number {
  const least = new Array<number>((1 << D) + 1).fill(Infinity);
  let leastCoordinate = Infinity;
  for (let g = 0; g < 2 ** (1 << D); g++) {
    least[ones(g)] = Math.min(least[ones(g)]!, headCost(g));
    if (ones(g) === 1 << (D - 1)) leastCoordinate = Math.min(leastCoordinate, coordCost(g));
  }
  return tasks.reduce((s, h) => s + least[ones(h)]!, 0) + (sum ? D : 1) * leastCoordinate;
}

const isIdentity = (q: RecoveryQuery): boolean => q.psi === undefined || Array.from(q.psi.image).every((x, z) => x === z);

/** The verdict (RecoveryVerdict of src/claim/worldModel.ts) by the route of the header. */
export function recoveryVerdictRep(q: RecoveryQuery, K: BasicKernel): RecoveryVerdict {
  if (!(q.group === 'signed-permutation' && isIdentity(q))) {
    const { minimum, recovers, outside } = recoverySummaryRep(q, K);
    return { minimum, recovers, outside };
  }
  const tasks = validate(q, K);
  const bias = q.bias as RepBias;
  const sum = bias !== 'hier-max';
  const degrees = fourierDegrees(D);
  const headCost = (g: number): number => degrees[g]!;
  const degree = (b: number): number => degrees[b]!;
  // The tasks that may go first: the default, then by degree (a cheaper V is often found at once under a low one).
  const firsts = [defaultFirstTask(D, tasks, headCost), ...[...tasks.keys()].sort((s, t) => degrees[tasks[s]!]! - degrees[tasks[t]!]! || s - t)].filter((t, i, all) => all.indexOf(t) === i);
  /** One search with this first task and step budget: a V's total below b, null for none, undefined when the budget ran out. */
  const run = (b: number, coordCost: (c: number) => number, first: number, budget: number): number | null | undefined => {
    try {
      if (countRepMinimisers({ d: D, tasks, bias, headCost, coordinateCost: coordCost }, b, budget, true, first) !== 0n) {
        throw new Error('internal: a total at the bound although no total can equal it');
      }
      return null;
    } catch (e) {
      if (e instanceof BelowMinimum) return e.total;
      if (e instanceof Rejection && e.message.startsWith('the re-check would examine more than ')) return undefined;
      throw e;
    }
  };
  /**
   * The total of some bijection V below b under the coordinate costs `coordCost`, or null when
   * none is (the costs must leave no total equal to b; see the header). A short round over
   * every first task, then each with the whole budget: the first search that ends (it searched
   * everything: none) or meets a V decides.
   */
  const below = (b: number, coordCost: (c: number) => number): number | null => {
    for (const budget of [HUNT_STEPS, MAX_STEPS]) {
      for (const first of firsts) {
        const r = run(b, coordCost, first, budget);
        if (r !== undefined) return r;
      }
    }
    return reject(`the re-check would examine more than ${MAX_STEPS} candidates under every first task (too large for the verifier)`);
  };
  // Every coordinate 1/2 (max) or 1/(2d) (sums) cheaper: every total exactly 1/2 lower, none whole.
  const shift = sum ? 1 / (2 * D) : 1 / 2;
  const lowered = (c: number): number => degree(c) - shift;
  // Outside the group: under max, coordinates max(deg, 2); under sums, deg + 1/4 for a degree-1
  // coordinate; then 1/2 (max) or 7/32 each (sums, 7/8 in all) lower, asked below I (see the header).
  const outsideCost = sum ? (c: number): number => degree(c) + (degree(c) === 1 ? 1 / 4 : 0) - 7 / 32 : (c: number): number => Math.max(degree(c), 2) - 1 / 2;
  const identity = repScore(D, tasks, headCost, degree, sum, [...Array(1 << D).keys()]);
  for (const v of groupElements(D, q.group)) if (repScore(D, tasks, headCost, degree, sum, v) !== identity) throw new Error('internal: a signed permutation costs other than the identity');
  // First: some V outside the group of cost <= I? None: every V costs >= I (the group costs I): recovered, minimum I.
  const out = below(identity, outsideCost);
  if (out === null) return { minimum: String(identity), recovers: true, outside: false };
  // Its true cost: under max, out + 1/2 (its max is >= 2); under sums, out + 7/8 - a/4 with a (0..3) its
  // number of degree-1 coordinates, read off the fraction of out (1/8, 3/8, 5/8, 7/8 for a = 0..3).
  const a = sum ? ((out - Math.floor(out)) * 8 - 1) / 2 : 0;
  const found = sum ? out + 7 / 8 - a / 4 : out + 1 / 2;
  if (!Number.isInteger(a) || a < 0 || a > 3 || !Number.isInteger(found) || found > identity) throw new Error(`internal: a shifted total ${out}`);
  // Downward from there: a V of cost <= minimum - 1 found lowers the minimum to its cost; none found proves it.
  const floor = floorOf(tasks, headCost, degree, sum);
  let minimum = found;
  while (minimum > floor) {
    const t = below(minimum - 1, lowered);
    if (t === null) break;
    if (!Number.isInteger(t + 1 / 2) || t + 1 / 2 > minimum - 1) throw new Error(`internal: a lowered total ${t}`);
    minimum = t + 1 / 2;
  }
  // Not recovered: a V outside the group costs <= I, so it is a minimiser (minimum I) or the minimum is below I.
  return { minimum: String(minimum), recovers: false, outside: true };
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
  const floor = floorOf(tasks, headCost, coordCost, sum);
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
