/**
 * Re-checks a general recovery certificate (docs/certificates.md, "Recovery certificates with
 * partial support or rational tasks"): an exact answer of `recover` with a latent support U
 * and/or rational-valued tasks, d <= 4, a head-only bias. Its own route, sharing nothing with
 * src/recovery:
 *
 * - For a bijection V the heads need only fit g_t(V(z)) = h_t(z) on U, so the objective of V is
 *   the combined cost of the data each head has on S = V(U) (recoveryGeneralCosts.ts).
 * - Every set S of |U| points lies in one class of recoveryGeneralSymmetry.ts (checked there):
 *   the minimisers with V(U) in a class are |class| times those with V(U) = its representative.
 * - For each representative S0 every data tuple on S0 with the tasks' joint histogram on U and
 *   cost <= the stated minimum is visited (recoveryGeneralSearch.ts): one below it refutes the
 *   minimum, so an accepted certificate proves every smaller total infeasible; those at it are
 *   counted by prod (class size)! (with C_d \ U as one more class).
 * - The verdict: a witness (recovers false) must be a bijection outside the group costing the
 *   minimum; recovers true needs the minimisers inside the group, counted by enumerating the
 *   group and costing each element, to number all of them.
 */
import { record, reject } from './reject.js';
import { type Q, compare, rat, text } from './rational.js';
import { type Combine, type Cost, type Kind, type PlaceCoster, combine, compareCost, costText, placeCoster, zeroCost } from './recoveryGeneralCosts.js';
import { GROUPS, type Group, groupElements, inGroup, ones, parseBijection } from './recoveryGeneralGroup.js';
import { type Budget, type GeneralTask, costOf, countAtPlace, multinomial } from './recoveryGeneralSearch.js';
import { type Classes, pointSetClasses } from './recoveryGeneralSymmetry.js';

const BIASES = ['head-degree', 'head-gf2', 'head-max', 'head-profile'] as const;
type Bias = (typeof BIASES)[number];
const FIELDS = ['format', 'version', 'problem', 'result', 'produced', 'integrity'];
/**
 * Search steps (candidate data listed, checked or generated), at most: a crafted certificate cannot
 * hang the verifier. A step costs about 2 us with number costs and several times that with
 * rational profiles, hence the smaller budget there (about a minute either way).
 */
export const GENERAL_MAX_STEPS = 30_000_000;
export const GENERAL_MAX_PROFILE_STEPS = 6_000_000;
/** Candidate data listed (each kept with its cost until the check ends), at most: bounds the memory. */
export const GENERAL_MAX_LISTED = 1_500_000;

/** Whether a recovery certificate is one for this route: a head-only bias with a partial support or a task that is not a hex truth table. */
export function isGeneralRecovery(top: Record<string, unknown>): boolean {
  const p = top.problem as Record<string, unknown> | null;
  if (typeof p !== 'object' || p === null || !(BIASES as readonly unknown[]).includes(p.bias)) return false;
  return p.support !== 'all' || (Array.isArray(p.tasks) && p.tasks.some((t) => typeof t !== 'string' || !t.startsWith('hex:')));
}

export function parseRational(s: string, path: string): Q {
  const m = /^(-?\d{1,30})(?:\/([1-9]\d{0,29}))?$/.exec(s);
  if (m === null) reject(`${path} must be a rational p or p/q (at most 30 digits each)`);
  return rat(BigInt(m[1]!), BigInt(m[2] ?? '1'));
}

/** A task as 2^d exact values: "hex:..." (Boolean, bit z set where -1) or "vals:v0,v1,...". */
export function parseTask(v: unknown, d: number, path: string): Q[] {
  const size = 1 << d;
  const digits = Math.max(4, size / 4);
  if (typeof v === 'string' && new RegExp(`^hex:[0-9a-f]{1,${digits}}$`).test(v)) {
    const c = parseInt(v.slice(4), 16);
    if (c >= 2 ** size) reject(`${path} has more bits than 2^${d} points`);
    return Array.from({ length: size }, (_, z) => rat((c >>> z) & 1 ? -1n : 1n));
  }
  if (typeof v !== 'string' || !v.startsWith('vals:') || v.length > 64 * size) reject(`${path} must be hex:... (at most ${digits} digits) or vals:v0,v1,... (2^${d} rationals)`);
  const parts = v.slice(5).split(',');
  if (parts.length !== size) reject(`${path} must list 2^${d} = ${size} values`);
  return parts.map((s, z) => parseRational(s, `${path} value ${z}`));
}

export function parseSupport(v: unknown, d: number): number[] {
  const size = 1 << d;
  if (v === 'all') return Array.from({ length: size }, (_, z) => z);
  if (!Array.isArray(v) || v.length < 1 || v.length > size) reject(`problem.support must be "all" or a list of 1..${size} points`);
  if (v.some((z, i) => !Number.isSafeInteger(z) || z < 0 || z >= size || (i > 0 && z <= v[i - 1]))) reject(`problem.support must list distinct points of C_${d} in increasing order`);
  return v as number[];
}

export function taskOn(values: readonly Q[], U: readonly number[]): GeneralTask {
  const distinct = [...new Map(U.map((z) => [text(values[z]!), values[z]!])).values()].sort(compare);
  const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));
  const denominator = distinct.reduce((l, q) => (l * q.q) / gcd(l, q.q), 1n);
  const zIndex = U.map((z) => distinct.findIndex((q) => compare(q, values[z]!) === 0));
  return { numerators: distinct.map((q) => (q.p * denominator) / q.q), denominator, zIndex, counts: distinct.map((_, i) => zIndex.filter((j) => j === i).length), key: distinct.map(text).join(' ') };
}


function parseMinimum(v: unknown, bias: Bias, d: number): Cost {
  if (bias !== 'head-profile') {
    if (!Number.isSafeInteger(v) || (v as number) < 0) reject('result.minimum must be a whole number');
    return v as number;
  }
  if (!Array.isArray(v) || v.length !== d + 1 || v.some((s) => typeof s !== 'string')) reject(`result.minimum must list the ${d + 1} weights W^0..W^${d} as rationals in strings`);
  return (v as string[]).map((s, k) => {
    const q = parseRational(s, `result.minimum[${k}]`);
    if (q.p < 0n) reject(`result.minimum[${k}] is negative`);
    return q;
  });
}

function groupOrder(d: number, g: Group): bigint {
  let order = 2n ** BigInt(d);
  for (let i = 0; i < d; i++) order *= g === 'signed-permutation' ? BigInt(i + 1) : 2n ** BigInt(d) - 2n ** BigInt(i);
  return order;
}

/** Checks the certificate's claim by the route above; returns the one-line summary. */
export function checkGeneralRecoveryCertificate(top: Record<string, unknown>): string {
  record(top, 'certificate', FIELDS);
  const pr = record(top.problem, 'problem', ['latents', 'tasks', 'bias', 'group', 'support']);
  const d = pr.latents as number;
  if (!Number.isSafeInteger(d) || d < 1 || d > 4) reject('problem.latents must be 1..4 (partial support or rational tasks)');
  const bias = pr.bias as Bias;
  if (!GROUPS.includes(pr.group as Group)) reject(`problem.group must be one of ${GROUPS.join(', ')}`);
  const group = pr.group as Group;
  if (!Array.isArray(pr.tasks) || pr.tasks.length < 1 || pr.tasks.length > 16) reject('problem.tasks must list 1..16 tasks');
  const tables = (pr.tasks as unknown[]).map((t, i) => parseTask(t, d, `problem.tasks[${i}]`));
  const U = parseSupport(pr.support, d);
  const m = U.length;
  const boolean = tables.every((t) => t.every((q) => q.q === 1n && (q.p === 1n || q.p === -1n)));
  if (bias === 'head-gf2' && !boolean) reject('problem.bias head-gf2 needs Boolean tasks (values +1 and -1)');
  const tasks = tables.map((t) => taskOn(t, U));
  const r = record(top.result, 'result', ['minimum', 'minimizers', 'recovers', 'witness']);
  if (typeof r.minimizers !== 'string' || !/^[1-9]\d{0,40}$/.test(r.minimizers)) reject('result.minimizers must be a positive whole number in a string');
  if (typeof r.recovers !== 'boolean') reject('result.recovers must be true or false');
  const minimum = parseMinimum(r.minimum, bias, d);
  const kind: Kind = bias === 'head-gf2' ? 'gf2' : bias === 'head-profile' ? 'profile' : 'degree';
  const how: Combine = bias === 'head-max' ? 'max' : bias === 'head-profile' ? 'profile' : 'sum';

  const classes = pointSetClasses(d, m, kind === 'gf2');
  const distinctTasks = [...new Map(tasks.map((t) => [`${t.key}|${t.counts.join(',')}`, t])).values()];
  const listed = classes.reps.length * distinctTasks.reduce((s, t) => s + multinomial(m, t.counts), 0);
  const limit = kind === 'profile' ? GENERAL_MAX_PROFILE_STEPS : GENERAL_MAX_STEPS;
  if (listed > Math.min(limit, GENERAL_MAX_LISTED)) reject(`the re-check would list ${listed} candidate data (too large for the verifier)`);
  const budget: Budget = { work: 0, limit };
  const costers = new Map<number, PlaceCoster>();
  const memos = new Map<number, Map<string, Cost>>();
  const pointsOf = (S: number): number[] => Array.from({ length: 1 << d }, (_, x) => x).filter((x) => (S >>> x) & 1);
  const atRep = (index: number): { coster: PlaceCoster; memo: Map<string, Cost> } => {
    if (!costers.has(index)) {
      costers.set(index, placeCoster(d, pointsOf(classes.reps[index]!), kind));
      memos.set(index, new Map());
    }
    return { coster: costers.get(index)!, memo: memos.get(index)! };
  };
  const spec = { d, tasks, how, zero: zeroCost(how, d), minimum, budget };
  let count = 0n;
  classes.reps.forEach((_, index) => {
    const { coster } = atRep(index);
    count += BigInt(classes.sizes[index]!) * countAtPlace(spec, m, (t, idx) => coster.cost(idx.map((i) => tasks[t]!.numerators[i]!), tasks[t]!.denominator));
  });
  if (count === 0n) reject(`no bijection attains the stated minimum ${costText(minimum)}`);
  if (count !== BigInt(r.minimizers)) reject(`the minimisers number ${count}, not ${r.minimizers}`);

  const score = (v: readonly number[]): Cost => scoreOf(d, U, tasks, classes, how, v, atRep);
  let inside: bigint | null = null;
  if (r.recovers) {
    if (r.witness !== null) reject('result.witness must be null when every minimiser lies in the group');
    const order = groupOrder(d, group);
    if (count > order) reject(`recovers is false: ${count} minimisers, more than the ${order} elements of the group`);
    inside = 0n;
    for (const v of groupElements(d, group)) if (compareCost(score(v), minimum) === 0) inside++;
    if (inside !== count) reject(`recovers is false (${inside} of ${count} minimisers in the group), not true`);
  } else {
    if (r.witness === null) reject('result.witness must be a minimiser outside the group when recovers is false');
    const w = parseBijection(r.witness, d, 'result.witness');
    if (inGroup(d, group, w)) reject('result.witness lies in the group');
    const s = score(w);
    if (compareCost(s, minimum) !== 0) reject(`result.witness scores ${costText(s)}, not the minimum ${costText(minimum)}`);
  }
  const shown = typeof minimum === 'number' ? `${minimum} (every smaller total infeasible)` : `profile ${costText(minimum)} (every smaller profile infeasible)`;
  const values = boolean ? 'Boolean' : 'rational';
  return `recovery at d = ${d}, ${tasks.length} ${values} task(s), support ${m} of ${1 << d} points, ${bias}: minimum ${shown}, ${count} minimisers, ${r.recovers ? 'recovers' : 'does not recover'} up to ${group} (${classes.reps.length} point-set classes, ${budget.work} search steps${inside === null ? '' : `, ${inside} minimisers in the group`})`;
}

/** The objective of V: each head's data on S = V(U), costed at the class representative S0 (moved by A^-1 with A(S0) = S). */
export function scoreOf(d: number, U: readonly number[], tasks: readonly GeneralTask[], classes: Classes, how: Combine, v: readonly number[], atRep: (index: number) => { coster: PlaceCoster; memo: Map<string, Cost> }): Cost {
  const S = U.reduce((mk, z) => mk | (1 << v[z]!), 0) >>> 0;
  const cls = classes.of.get(S);
  if (cls === undefined || ones(S) !== U.length) throw new Error('internal: a point set without a class');
  const vInv = new Array<number>(v.length);
  v.forEach((x, z) => (vInv[x] = z));
  const uPos = new Map(U.map((z, p) => [z, p]));
  // Position i of S0 is the point p_i; A(p_i) is in S, and V^-1(A(p_i)) in U.
  const zAt = Array.from({ length: 1 << d }, (_, x) => x)
    .filter((x) => (cls.rep >>> x) & 1)
    .map((x) => uPos.get(vInv[cls.move[x]!]!)!);
  const { coster, memo } = atRep(cls.index);
  return tasks.reduce<Cost>((acc, t) => combine(how, acc, costOf(coster, memo, t, zAt.map((p) => t.zIndex[p]!))), zeroCost(how, d));
}
