/**
 * Re-checks a general recovery certificate at d = 5 (docs/certificates.md, "Recovery certificates
 * with partial support or rational tasks", d = 5): an exact answer of `recover` with a latent
 * support U of 1..9 points (1..4 for head-profile) and Boolean or rational tasks, a head-only bias.
 * The same meaning and route as at d <= 4 (recoveryGeneral.ts), with the pieces d = 5 needs of
 * its own, sharing nothing with src/recovery:
 *
 * - The objective of V is the combined cost of the data each head has on S = V(U)
 *   (recoveryD5GeneralCosts.ts: exact at every degree, so no degree class is assumed).
 * - The C(32, |U|) sets are not scanned: one representative per class of the 3,840 maps
 *   x -> P(x) xor c, listed by the verifier (recoveryD5GeneralClasses.ts, with the cost
 *   invariance checked there and the class weights adding up to C(32, |U|)); the minimisers with
 *   V(U) in a class are |class| times those with V(U) = its representative.
 * - For each representative S0 every data tuple on S0 with the tasks' joint histogram on U and
 *   cost <= the stated minimum is visited (recoveryGeneralSearch.ts countAtPlace, the d <= 4
 *   route's search, no symmetry): one below it refutes the minimum, so an accepted certificate
 *   proves every smaller total infeasible; those at it are counted by prod (class size)! times
 *   (32 - |U|)! (the latents outside U go anywhere outside S0).
 * - The verdict: with |U| <= 30 it is always false (for a minimiser V and tau swapping two latents
 *   outside U, V o tau costs the same, and V, V o tau are not both in the group: tau fixes 30
 *   points, which span C_5 affinely, so an affine tau would be the identity); a stated true is
 *   refused, and the stated witness must be a bijection outside the group whose cost, computed
 *   directly on its own set V(U) (no symmetry), is the minimum.
 * Over the step budget, or beyond the support bound, the certificate is refused as too large.
 */
import { record, reject } from './reject.js';
import { type Combine, type Cost, type Kind, combine, compareCost, costText, zeroCost } from './recoveryGeneralCosts.js';
import { type Budget, type GeneralTask, countAtPlace, multinomial } from './recoveryGeneralSearch.js';
import { inGroup, parseMap } from './recoveryD5Maps.js';
import { pointSetClasses5, symmetryHolds5General } from './recoveryD5GeneralClasses.js';
import { placeCoster5 } from './recoveryD5GeneralCosts.js';
import { parseRational, parseTask, taskOn } from './recoveryGeneral.js';

const BIASES = ['head-degree', 'head-gf2', 'head-max', 'head-profile'] as const;
type Bias = (typeof BIASES)[number];
const GROUPS = ['signed-permutation', 'gf2-affine'] as const;
type Group = (typeof GROUPS)[number];
const FIELDS = ['format', 'version', 'problem', 'result', 'produced', 'integrity'];
/** The largest support the verifier takes at d = 5 (the class listing grows about threefold per point; head-profile pays an interpolation per point and class). */
export const D5_GENERAL_MAX_SUPPORT = 9;
export const D5_GENERAL_MAX_PROFILE_SUPPORT = 4;
/** Search steps (candidate data listed, checked or generated), at most; fewer with rational profiles, whose steps cost several times more. */
export const D5_GENERAL_MAX_STEPS = 40_000_000;
export const D5_GENERAL_MAX_PROFILE_STEPS = 6_000_000;
/** Candidate data listed over all classes, at most (refused up front; each is also a step of the budget below). */
export const D5_GENERAL_MAX_LISTED = 8_000_000;

/** Whether this general recovery certificate is one at d = 5 (the caller has checked isGeneralRecovery). */
export function isD5GeneralRecovery(top: Record<string, unknown>): boolean {
  const p = top.problem as Record<string, unknown> | null;
  return typeof p === 'object' && p !== null && p.latents === 5;
}

function parseSupport5(v: unknown, max: number, bias: Bias): number[] {
  if (v === 'all') reject(`out of the verifier's reach at d = 5: full support with rational tasks (the d = 5 general route takes supports of 1..${max} points under ${bias})`);
  if (!Array.isArray(v) || v.length < 1) reject('problem.support must be "all" or a list of points');
  if (v.some((z, i) => !Number.isSafeInteger(z) || z < 0 || z >= 32 || (i > 0 && z <= v[i - 1]))) reject('problem.support must list distinct points of C_5 in increasing order');
  if (v.length > max) reject(`out of the verifier's reach at d = 5: a support of ${v.length} points (at most ${max} under ${bias})`);
  return v as number[];
}

function parseMinimum(v: unknown, bias: Bias): Cost {
  if (bias !== 'head-profile') {
    if (!Number.isSafeInteger(v) || (v as number) < 0 || (v as number) > 80) reject('result.minimum must be a whole number 0..80');
    return v as number;
  }
  if (!Array.isArray(v) || v.length !== 6 || v.some((s) => typeof s !== 'string')) reject('result.minimum must list the 6 weights W^0..W^5 as rationals in strings');
  return (v as string[]).map((s, k) => {
    const q = parseRational(s, `result.minimum[${k}]`);
    if (q.p < 0n) reject(`result.minimum[${k}] is negative`);
    return q;
  });
}

const pointsOf = (S: number): number[] => Array.from({ length: 32 }, (_, x) => x).filter((x) => (S >>> x) & 1);

/** The cost of V computed directly on its own set V(U): task t's data at V(z) is h_t(z). */
function scoreDirect(U: readonly number[], tasks: readonly GeneralTask[], kind: Kind, how: Combine, v: readonly number[]): Cost {
  const S = U.reduce((m, z) => (m | (1 << v[z]!)) >>> 0, 0);
  const points = pointsOf(S);
  const coster = placeCoster5(points, kind);
  const zAt = new Map(U.map((z, i) => [v[z]!, i]));
  return tasks.reduce<Cost>((acc, t) => combine(how, acc, coster.cost(points.map((x) => t.numerators[t.zIndex[zAt.get(x)!]!]!), t.denominator)), zeroCost(how, 5));
}

/** Checks the certificate's claim by the route above; returns the one-line summary. `limit` (tests) lowers the step budget. */
export function checkRecoveryD5General(top: Record<string, unknown>, limit = D5_GENERAL_MAX_STEPS): string {
  record(top, 'certificate', FIELDS);
  const pr = record(top.problem, 'problem', ['latents', 'tasks', 'bias', 'group', 'support']);
  if (pr.latents !== 5) reject('problem.latents must be 5 here');
  if (!BIASES.includes(pr.bias as Bias)) reject(`problem.bias must be one of ${BIASES.join(', ')}`);
  const bias = pr.bias as Bias;
  if (!GROUPS.includes(pr.group as Group)) reject(`problem.group must be one of ${GROUPS.join(', ')}`);
  const group = pr.group as Group;
  if (!Array.isArray(pr.tasks) || pr.tasks.length < 1 || pr.tasks.length > 16) reject('problem.tasks must list 1..16 tasks');
  const tables = (pr.tasks as unknown[]).map((t, i) => parseTask(t, 5, `problem.tasks[${i}]`));
  const boolean = tables.every((t) => t.every((q) => q.q === 1n && (q.p === 1n || q.p === -1n)));
  if (bias === 'head-gf2' && !boolean) reject('problem.bias head-gf2 needs Boolean tasks (values +1 and -1)');
  const U = parseSupport5(pr.support, bias === 'head-profile' ? D5_GENERAL_MAX_PROFILE_SUPPORT : D5_GENERAL_MAX_SUPPORT, bias);
  const m = U.length;
  const tasks = tables.map((t) => taskOn(t, U));
  const r = record(top.result, 'result', ['minimum', 'minimizers', 'recovers', 'witness']);
  if (typeof r.minimizers !== 'string' || !/^[1-9]\d{0,40}$/.test(r.minimizers)) reject('result.minimizers must be a positive whole number in a string');
  if (typeof r.recovers !== 'boolean') reject('result.recovers must be true or false');
  const minimum = parseMinimum(r.minimum, bias);
  const kind: Kind = bias === 'head-gf2' ? 'gf2' : bias === 'head-profile' ? 'profile' : 'degree';
  const how: Combine = bias === 'head-max' ? 'max' : bias === 'head-profile' ? 'profile' : 'sum';
  if (r.recovers) reject(`recovers is false: with ${m} of 32 latents in the support a minimiser composed with a swap of two latents outside U is another minimiser, and not both are in the group`);
  if (r.witness === null) reject('result.witness must be a minimiser outside the group when recovers is false');
  const witness = parseMap(r.witness, 'result.witness');
  if (inGroup(group, witness)) reject('result.witness lies in the group');

  if (!symmetryHolds5General(kind === 'gf2')) throw new Error('internal: the signed permutations of C_5 do not keep the costs');
  const classes = pointSetClasses5(m);
  const distinctTasks = [...new Map(tasks.map((t) => [`${t.key}|${t.counts.join(',')}`, t])).values()];
  const listed = classes.length * distinctTasks.reduce((s, t) => s + multinomial(m, t.counts), 0);
  if (listed > D5_GENERAL_MAX_LISTED) reject(`the re-check would list ${listed} candidate data (too large for the verifier)`);
  const budget: Budget = { work: 0, limit: Math.min(limit, kind === 'profile' ? D5_GENERAL_MAX_PROFILE_STEPS : D5_GENERAL_MAX_STEPS) };
  const spec = { d: 5, tasks, how, zero: zeroCost(how, 5), minimum, budget };
  let count = 0n;
  for (const cls of classes) {
    const coster = placeCoster5(pointsOf(cls.rep), kind);
    count += BigInt(cls.size) * countAtPlace(spec, m, (t, idx) => coster.cost(idx.map((i) => tasks[t]!.numerators[i]!), tasks[t]!.denominator));
  }
  if (count === 0n) reject(`no bijection attains the stated minimum ${costText(minimum)}`);
  if (count !== BigInt(r.minimizers)) reject(`the minimisers number ${count}, not ${r.minimizers}`);
  const s = scoreDirect(U, tasks, kind, how, witness);
  if (compareCost(s, minimum) !== 0) reject(`result.witness scores ${costText(s)}, not the minimum ${costText(minimum)}`);
  const shown = typeof minimum === 'number' ? `${minimum} (every smaller total infeasible)` : `profile ${costText(minimum)} (every smaller profile infeasible)`;
  return `recovery at d = 5, ${tasks.length} ${boolean ? 'Boolean' : 'rational'} task(s), support ${m} of 32 points, ${bias}: minimum ${shown}, ${count} minimisers, does not recover up to ${group} (${classes.length} point-set classes, ${budget.work} search steps)`;
}
