/**
 * Re-checks a recovery certificate at d = 5 (docs/certificates.md, "Recovery certificates at
 * d = 5"; head-profile: recoveryD5ProfileCheck.ts, the rep biases: recoveryD5Rep.ts):
 * Boolean tasks on C_5, full support, head-degree / head-gf2 / head-max, signed
 * permutations or GF(2)-affine maps, and a stated minimum that leaves every head a cost of at most
 * 3 (Fourier degree) or 2 (GF(2) degree). Same meaning and route as at d <= 4
 * (recoveryCertificate.ts), on 32-bit codes:
 *
 * - Candidates (recoveryD5Candidates.ts): every function of the tasks' weights with cost <= k,
 *   from the polynomials of GF(2) degree <= k (k = 2, or 3 when the budgets need it); a weight
 *   with none costs more than k, which gives each task a floor (a lower bound on its heads' cost).
 * - Budgets: a head of task t costs at most minimum - (the others' floors) (sum biases) or the
 *   minimum (head-max). Every budget must be at most k: beyond that the lists would not be
 *   complete, and the certificate is refused as out of reach, in one line.
 * - The search (recoveryD5Search.ts) visits every tuple within the budgets and total <= minimum:
 *   one below refutes the minimum, those at it give the count (bigint) and the count in the group.
 *   recovers is true exactly when the two agree; a witness is re-scored from the definition.
 *   It counts by orbits of a group H it picks and checks itself (recoveryD5Group.ts: the signed
 *   permutations, or AGL(5, 2) for head-gf2 up to GF(2)-affine maps), so 319,979,520 minimisers
 *   (|AGL(5, 2)|) take a handful of leaves instead of one each. head-gf2 up to signed permutations
 *   counts by AGL(5, 2) too; the minimisers are then closed under maps outside the group, so
 *   recovers must be false (the witness is checked as always) and the in-group count is skipped.
 * - head-gf2 past the lists (a budget above 2) with every x_i a task: the dictator route
 *   (recoveryD5Dictator.ts), which bounds the dictators' heads, W's coordinates, instead.
 */
import { reject } from './reject.js';
import { costOf5, d5Candidates, ones32, type D5Measure } from './recoveryD5Candidates.js';
import { type D5Group, searchD5 } from './recoveryD5Search.js';
import { checkRecoveryD5Profile } from './recoveryD5ProfileCheck.js';
import { checkCountAndVerdict, inGroup, parseCode, record } from './recoveryD5Maps.js';
import { d5Symmetry } from './recoveryD5Group.js';
import { checkRecoveryD5Dictators, dictatorReach } from './recoveryD5Dictator.js';

const BIASES = ['head-degree', 'head-gf2', 'head-max', 'head-profile'] as const;
const GROUPS = ['signed-permutation', 'gf2-affine'] as const;
type Bias = (typeof BIASES)[number];
/** At most this many search steps (tuples, candidates scanned, group elements tried). */
export const D5_MAX_WORK = 200_000_000;
/** The largest budget the lists cover, per measure (GF(2): the 2^16 polynomials of degree <= 2). */
const REACH: Record<D5Measure, 2 | 3> = { fourier: 3, gf2: 2 };

/** Checks a d = 5 recovery certificate (the top level already has the right fields); returns the summary line. */
export function checkRecoveryD5(top: Record<string, unknown>): string {
  const pr = record(top.problem, 'problem', ['latents', 'tasks', 'bias', 'group', 'support']);
  if (pr.latents !== 5) reject('problem.latents must be 5 here');
  if (!BIASES.includes(pr.bias as Bias)) reject(`at d = 5 problem.bias must be one of ${BIASES.join(', ')}`);
  if (!GROUPS.includes(pr.group as D5Group)) reject(`problem.group must be one of ${GROUPS.join(', ')}`);
  if (pr.support !== 'all') reject('problem.support must be "all" (full support)');
  if (!Array.isArray(pr.tasks) || pr.tasks.length < 1 || pr.tasks.length > 16) reject('problem.tasks must list 1..16 tasks');
  const tasks = (pr.tasks as unknown[]).map((t, i) => parseCode(t, `problem.tasks[${i}]`));
  const bias = pr.bias as Bias;
  const group = pr.group as D5Group;
  const r = record(top.result, 'result', ['minimum', 'minimizers', 'recovers', 'witness']);
  if (bias === 'head-profile') return checkRecoveryD5Profile(tasks, group, r); // recoveryD5ProfileCheck.ts
  if (!Number.isSafeInteger(r.minimum) || (r.minimum as number) < 0 || (r.minimum as number) > 5 * 16) reject('result.minimum must be a whole number 0..80');
  if (typeof r.minimizers !== 'string' || !/^[1-9]\d{0,40}$/.test(r.minimizers)) reject('result.minimizers must be a positive whole number in a string');
  if (typeof r.recovers !== 'boolean') reject('result.recovers must be true or false');
  const minimum = r.minimum as number;
  const measure: D5Measure = bias === 'head-gf2' ? 'gf2' : 'fourier';
  const max = bias === 'head-max';
  const weights = tasks.map(ones32);
  // Floors from the cheap lists first (k = 2), then k = 3 if a budget needs it and the measure allows.
  const budgetsOf = (floor: readonly number[]): number[] => {
    const f = weights.map((w) => floor[w]!);
    const sum = f.reduce((a, b) => a + b, 0);
    return f.map((ft) => (max ? minimum : minimum - (sum - ft)));
  };
  let cand = d5Candidates(measure, 2, weights);
  let budgets = budgetsOf(cand.floor);
  if (budgets.some((b) => b > 2) && REACH[measure] === 3) {
    cand = d5Candidates(measure, 3, weights);
    budgets = budgetsOf(cand.floor);
  }
  const worst = Math.max(...budgets);
  if (worst > cand.upTo && measure === 'gf2') {
    // Past RM(2,5): the dictator route (recoveryD5Dictator.ts) when every x_i is a task, else refused.
    const reach = dictatorReach(tasks, minimum);
    if (typeof reach !== 'string') return checkRecoveryD5Dictators(tasks, group, r);
    reject(`out of the verifier's reach at d = 5: the minimum ${minimum} leaves a head a GF(2) degree of up to ${worst}, the lists stop at ${cand.upTo}; ${reach}`);
  }
  if (worst > cand.upTo) reject(`out of the verifier's reach at d = 5: the minimum ${minimum} leaves a head a ${measure === 'gf2' ? 'GF(2)' : 'Fourier'} degree of up to ${worst}, the lists stop at ${cand.upTo}`);
  const lists = tasks.map((_, t) => {
    const l = cand.lists.get(weights[t]!)!;
    const keep = Array.from(l.codes.keys()).filter((i) => l.costs[i]! <= budgets[t]!);
    return { codes: Uint32Array.from(keep, (i) => l.codes[i]!), costs: Uint8Array.from(keep, (i) => l.costs[i]!) };
  });
  const floors = weights.map((w) => cand.floor[w]!);
  // head-gf2 up to signed permutations: count by AGL(5, 2) orbits; it holds maps outside the group,
  // so the minimisers (non-empty, closed under it) are not all in the group (docs/math.md,
  // "Counting minimisers by orbits in the verifier"), and the in-group count is not computed.
  const affine = measure === 'gf2' && group === 'signed-permutation' ? d5Symmetry('gf2', 'gf2-affine') : [];
  const outside = affine.some((a) => !inGroup(group, a));
  const symmetry = outside ? affine : d5Symmetry(measure, group);
  const out = searchD5({ tasks, lists, budgets, floors, max, minimum, group, cost: (c) => costOf5(measure, c), maxWork: D5_MAX_WORK, symmetry });
  if (outside && out.minimizers > 0n && r.recovers === true) reject(`recovers is false: the ${out.minimizers} minimisers are closed under AGL(5, 2), which holds maps outside the signed permutations`);
  const { recovers, witness: v } = checkCountAndVerdict(outside ? { minimizers: out.minimizers, inGroup: 0n } : out, r, group, String(minimum));
  if (v !== null) {
    let total = 0;
    for (const h of tasks) {
      let g = 0;
      v.forEach((x, z) => (g |= ((h >>> z) & 1) << x));
      const c = costOf5(measure, g >>> 0);
      total = max ? Math.max(total, c) : total + c;
    }
    if (total !== minimum) reject(`result.witness scores ${total}, not the minimum ${minimum}`);
  }
  return `recovery at d = 5, ${tasks.length} task(s), ${bias}: minimum ${minimum} (every smaller total infeasible; heads of cost <= ${cand.upTo} listed from the GF(2) polynomials of degree <= ${cand.upTo}), ${out.minimizers} minimisers, ${recovers ? 'recovers' : 'does not recover'} up to ${group} (${outside ? 'closed under AGL(5, 2), not all in the group' : `${out.inGroup} minimisers in the group`})`;
}
