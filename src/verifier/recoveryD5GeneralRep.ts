/**
 * Re-checks a recovery certificate under a representation bias at d = 5 with partial support or
 * rational tasks (docs/certificates.md, "Recovery certificates under representation biases at
 * d = 5 with partial support or rational tasks"): head+rep or hier-sum
 * (sum_t deg(g_t) + sum_j deg(Phi_j)) or hier-max (sum_t deg(g_t) + max_j deg(Phi_j)), m = d = 5
 * (psi a bijection of C_5, Phi = V o psi^-1) or m = 6 (below), a latent support U of 1..D5_GENERAL_REP_MAX_SUPPORT
 * points, tasks Boolean or rational. The route of the d <= 4 re-check (recoveryGeneralRep.ts)
 * with the d = 5 pieces of the verifier, sharing nothing with src/recovery:
 *
 * - Heads: task t's head need only fit g_t(V(z)) = h_t(z) on U and costs the least degree of a
 *   real fit of its data on S = V(U) (recoveryD5GeneralCosts.ts, exact at every degree).
 * - Coordinates: the verifier's own complete list of those of degree <= 3, any other costed
 *   exactly where it could matter, else the certificate refused as out of class
 *   (recoveryD5GeneralRepCoords.ts, recoveryD5GeneralRepSearch.ts).
 * - Symmetry: the point-set classes of the 3,840 maps A(x) = P(x) xor c
 *   (recoveryD5GeneralClasses.ts: listed, weights checked to add up to C(32, |U|), the heads'
 *   Fourier costs checked invariant); checked here too: every A moves bits (movesBits), and the
 *   coordinate list is closed under complement with equal costs; then V -> A o V keeps the heads'
 *   cost, permutes (and complements) the coordinates, so keeps their sum and max, and keeps group
 *   membership (A is in both groups): each class counts |class| times its representative, for
 *   the minimisers and for those inside the group.
 * - The search visits, per representative S0, every V with V(U) = S0 of cost <= the stated
 *   minimum: one below it refutes the minimum (an accepted certificate proves every smaller total
 *   infeasible), none at it refutes it too, those at it must number `minimizers`, and recovers
 *   must be true exactly when all of them lie in the group; a witness (recovers false) must be a
 *   bijection outside the group costing the minimum, costed directly at its own V(U) and with its
 *   coordinates' degrees computed by their Walsh transforms.
 * - m = 6 (psi: C_5 -> C_6 injective): the same route with Phi's coordinates costed on psi's
 *   image (recoveryD5ObservedGeneral.ts: listed up to extension degree 3, or 2, by exact linear
 *   algebra; the witness's coordinates costed by exact membership).
 * Over the step budget, or beyond the support bound, the certificate is refused as too large.
 */
import { record, reject } from './reject.js';
import type { Cost } from './recoveryGeneralCosts.js';
import { parseSupport, parseTask, taskOn } from './recoveryGeneral.js';
import { type Budget, type GeneralTask, multinomial } from './recoveryGeneralSearch.js';
import type { RepBias } from './recoveryGeneralRepBounds.js';
import { parseInfeasible, parsePsi } from './recoveryGeneralRep.js';
import { movesBits } from './recoveryGeneralRepSymmetry.js';
import { checkCountAndVerdict, inGroup } from './recoveryD5Maps.js';
import { pointSetClasses5, signedPermutations5, symmetryHolds5General } from './recoveryD5GeneralClasses.js';
import { placeCoster5 } from './recoveryD5GeneralCosts.js';
import { D5_GENERAL_MAX_LISTED } from './recoveryD5General.js';
import { d5RepCoordinates, degree5, toObservations } from './recoveryD5GeneralRepCoords.js';
import { countRepAtPlace5 } from './recoveryD5GeneralRepSearch.js';
import { observedRepCoordinates5 } from './recoveryD5ObservedGeneral.js';

const REP_BIASES: readonly string[] = ['head+rep', 'hier-sum', 'hier-max'];
const GROUPS = ['signed-permutation', 'gf2-affine'] as const;
type Group = (typeof GROUPS)[number];
const FIELDS = ['format', 'version', 'problem', 'result', 'produced', 'integrity'];
/** The largest support the route takes (the class listing and the head data grow fast with it). */
export const D5_GENERAL_REP_MAX_SUPPORT = 8;
/** Search steps (head data listed, keys and coordinate candidates examined), at most. */
export const D5_GENERAL_REP_MAX_STEPS = 60_000_000;
/** Compatible codes enumerated at a coordinate level that allows a coordinate of degree >= 4, at most. */
export const D5_GENERAL_REP_EXHAUSTIVE = 1 << 16;

/** Whether a general representation-bias certificate (isGeneralRepCertificate) is one at d = 5. */
export function isD5GeneralRepCertificate(top: Record<string, unknown>): boolean {
  const p = top.problem as Record<string, unknown> | null;
  return typeof p === 'object' && p !== null && p.latents === 5;
}

/** The cost of V computed directly: heads on its own V(U), coordinates by their Walsh transforms. */
function scoreDirect(U: readonly number[], tasks: readonly GeneralTask[], bias: RepBias, coordinateCost: (latentCode: number) => number, v: readonly number[]): number {
  const S = U.reduce((acc, z) => (acc | (1 << v[z]!)) >>> 0, 0);
  const points = Array.from({ length: 32 }, (_, x) => x).filter((x) => (S >>> x) & 1);
  const coster = placeCoster5(points, 'degree');
  const zAt = new Map(U.map((z, i) => [v[z]!, i]));
  const heads = tasks.reduce((acc, t) => acc + (coster.cost(points.map((x) => t.numerators[t.zIndex[zAt.get(x)!]!]!), t.denominator) as number), 0);
  const ks = [0, 1, 2, 3, 4].map((j) => coordinateCost(v.reduce((b, x, z) => ((x >>> j) & 1 ? b | (1 << z) : b), 0) >>> 0));
  return heads + (bias === 'hier-max' ? Math.max(...ks) : ks.reduce((a, b) => a + b, 0));
}

/** Checks the certificate's claim by the route above; returns the one-line summary. `limit`, `exhaustive` (tests) lower the budgets. */
export function checkD5GeneralRepCertificate(top: Record<string, unknown>, limit = D5_GENERAL_REP_MAX_STEPS, exhaustive = D5_GENERAL_REP_EXHAUSTIVE): string {
  record(top, 'certificate', FIELDS);
  const pr = record(top.problem, 'problem', ['latents', 'observed', 'psi', 'tasks', 'bias', 'group', 'support']);
  if (pr.latents !== 5) reject('problem.latents must be 5 here');
  // m = 6: the same route with the coordinates on psi's image (recoveryD5ObservedGeneral.ts).
  if (pr.observed !== 5 && pr.observed !== 6) reject("out of the verifier's class at d = 5: problem.observed must be 5, or 6 (observations one bit longer than the latents)");
  const M = pr.observed as number;
  if (!REP_BIASES.includes(pr.bias as string)) reject(`problem.bias must be one of ${REP_BIASES.join(', ')}`);
  const bias = pr.bias as RepBias;
  if (!GROUPS.includes(pr.group as Group)) reject(`problem.group must be one of ${GROUPS.join(', ')}`);
  const group = pr.group as Group;
  const psi = parsePsi(pr.psi, 5, M);
  if (!Array.isArray(pr.tasks) || pr.tasks.length < 1 || pr.tasks.length > 16) reject('problem.tasks must list 1..16 tasks');
  const tables = (pr.tasks as unknown[]).map((t, i) => parseTask(t, 5, `problem.tasks[${i}]`));
  const boolean = tables.every((t) => t.every((q) => q.q === 1n && (q.p === 1n || q.p === -1n)));
  if (pr.support === 'all') reject(`out of the verifier's reach at d = 5: full support with rational tasks (supports of 1..${D5_GENERAL_REP_MAX_SUPPORT} points)`);
  const U = parseSupport(pr.support, 5);
  if (U.length > D5_GENERAL_REP_MAX_SUPPORT) reject(`out of the verifier's reach at d = 5: a support of ${U.length} points (at most ${D5_GENERAL_REP_MAX_SUPPORT} under ${bias})`);
  const tasks = tables.map((t) => taskOn(t, U));
  const r = record(top.result, 'result', ['minimum', 'minimizers', 'recovers', 'witness', 'infeasible']);
  if (!Number.isSafeInteger(r.minimum) || (r.minimum as number) < 0 || (r.minimum as number) > 200) reject('result.minimum must be a whole number 0..200');
  const minimum = r.minimum as number;
  if (typeof r.minimizers !== 'string' || !/^[1-9]\d{0,40}$/.test(r.minimizers)) reject('result.minimizers must be a positive whole number in a string');
  if (typeof r.recovers !== 'boolean') reject('result.recovers must be true or false');
  const infeasible = parseInfeasible(r.infeasible, minimum);

  // The symmetry's facts (header), checked before it is used.
  const maps = signedPermutations5();
  if (!symmetryHolds5General(false) || !maps.every((a) => movesBits(5, Array.from(a)))) throw new Error('internal: the signed permutations of C_5 do not keep the costs');
  const uMask = U.reduce((acc, z) => (acc | (1 << z)) >>> 0, 0);
  const coordinates = M === 5 ? d5RepCoordinates(psi, uMask) : observedRepCoordinates5(psi, M, uMask);
  const classes = pointSetClasses5(U.length);
  const distinctTasks = [...new Map(tasks.map((t) => [`${t.key}|${t.counts.join(',')}`, t])).values()];
  const listed = classes.length * distinctTasks.reduce((s, t) => s + multinomial(U.length, t.counts), 0);
  if (listed > D5_GENERAL_MAX_LISTED) reject(`the re-check would list ${listed} candidate data (too large for the verifier)`);
  const budget: Budget = { work: 0, limit: Math.min(limit, D5_GENERAL_REP_MAX_STEPS) };
  const spec = { U, tasks, bias, minimum, coordinates, budget, inGroup: (v: readonly number[]) => inGroup(group, v), exhaustive };
  let count = 0n;
  let inside = 0n;
  for (const cls of classes) {
    const points = Array.from({ length: 32 }, (_, x) => x).filter((x) => (cls.rep >>> x) & 1);
    const found = countRepAtPlace5(spec, cls.rep, placeCoster5(points, 'degree'), new Map<string, Cost>());
    count += BigInt(cls.size) * found.count;
    inside += BigInt(cls.size) * found.inside;
  }
  const { recovers, witness } = checkCountAndVerdict({ minimizers: count, inGroup: inside }, r, group, String(minimum));
  if (witness !== null) {
    const s = scoreDirect(U, tasks, bias, M === 5 ? (b) => degree5(toObservations(psi, b)) : (b) => coordinates.costOf(b), witness);
    if (s !== minimum) reject(`result.witness scores ${s}, not the minimum ${minimum}`);
  }
  const proven = infeasible.length === 0 ? 'every smaller total infeasible' : `every smaller total infeasible, ${infeasible.join(', ')} as recorded`;
  return `recovery at d = 5, m = ${M}, ${tasks.length} ${boolean ? 'Boolean' : 'rational'} task(s), support ${U.length} of 32 points, ${bias}: minimum ${minimum} (${proven}), ${count} minimisers, ${recovers ? 'recovers' : 'does not recover'} up to ${group} (${classes.length} point-set classes, ${budget.work} search steps, ${inside} minimisers in the group${M === 5 ? '' : `; coordinates of extension degree <= ${coordinates.beyond - 1} on psi's image listed by exact linear algebra`})`;
}
