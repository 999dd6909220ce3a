/**
 * Re-checks a recovery certificate under a representation bias with partial support or rational
 * tasks (docs/certificates.md, "Recovery certificates under representation biases with partial
 * support or rational tasks"): head+rep or hier-sum (sum_t deg(g_t) + sum_j deg(Phi_j)) or
 * hier-max (sum_t deg(g_t) + max_j deg(Phi_j)), d <= 4, psi: C_d -> C_m injective (m <= 6),
 * Phi = V o psi^-1 on psi's image, a latent support U, tasks Boolean or rational. Its own route,
 * sharing nothing with src/recovery:
 *
 * - Costs from the definitions: a head need only fit g_t(V(z)) = h_t(z) on U and costs the least
 *   degree of a real fit of its data on S = V(U) (recoveryGeneralCosts.ts, the verifier's own
 *   interpolator); a coordinate Phi_j costs the least degree of a fit of its data on psi's image
 *   (recoveryRepCosts.ts: the Fourier degree of the moved code when m = d, exact annihilators
 *   when m > d).
 * - Symmetry, checked (recoveryGeneralRepSymmetry.ts): the point sets of |U| points fall into
 *   classes {A(S0)}, A a signed permutation; V -> A o V keeps every cost, so the V with V(U) in a
 *   class number |class| times those with V(U) = S0.
 * - The search (recoveryGeneralRepSearch.ts) visits, for each representative S0, every V with
 *   V(U) = S0 of cost <= the stated minimum, each once: one below it refutes the minimum (so an
 *   accepted certificate proves every smaller total infeasible, the recorded infeasible totals
 *   among them), none at it refutes it too, and those at it must number `minimizers`.
 * - The verdict: a witness (recovers false) must be a bijection outside the group costing the
 *   minimum, costed directly at its own V(U); recovers true needs the minimisers inside the group,
 *   counted by enumerating the group and costing each element, to number all of them.
 */
import { record, reject } from './reject.js';
import { type Cost, type PlaceCoster, placeCoster } from './recoveryGeneralCosts.js';
import { GROUPS, type Group, groupElements, inGroup, ones, parseBijection } from './recoveryGeneralGroup.js';
import { GENERAL_MAX_LISTED, parseSupport, parseTask, scoreOf, taskOn } from './recoveryGeneral.js';
import { type Budget, type GeneralTask, multinomial } from './recoveryGeneralSearch.js';
import { type Coordinates, type RepBias, countRepAtPlace } from './recoveryGeneralRepSearch.js';
import { repClasses } from './recoveryGeneralRepSymmetry.js';
import { coordinateCost, fourierDegrees } from './recoveryRepCosts.js';

const REP_BIASES: readonly string[] = ['head+rep', 'hier-sum', 'hier-max'];
const FIELDS = ['format', 'version', 'problem', 'result', 'produced', 'integrity'];
/** Search steps (candidate data listed, head and coordinate candidates examined), at most: a crafted certificate cannot hang the verifier. */
export const GENERAL_REP_MAX_STEPS = 500_000_000;

/** Whether a recovery certificate is one for this route: a representation bias with a partial support or a task that is not a hex truth table. */
export function isGeneralRepCertificate(top: Record<string, unknown>): boolean {
  const p = top.problem as Record<string, unknown> | null;
  if (typeof p !== 'object' || p === null || !REP_BIASES.includes(p.bias as string)) return false;
  return p.support !== 'all' || (Array.isArray(p.tasks) && p.tasks.some((t) => typeof t !== 'string' || !t.startsWith('hex:')));
}

/** psi as "map:v0,v1,...": 2^d distinct points of C_m. */
export function parsePsi(v: unknown, d: number, m: number): number[] {
  if (typeof v !== 'string' || !v.startsWith('map:') || v.length > 4 * (1 << d) + 8) reject('problem.psi must be map:v0,v1,... (an image table)');
  const image = v.slice(4).split(',').map((t) => (/^\d{1,2}$/.test(t) ? Number(t) : -1));
  if (image.length !== 1 << d || image.some((x) => x < 0 || x >= 1 << m) || new Set(image).size !== image.length) reject(`problem.psi is not an injective map C_${d} -> C_${m}`);
  return image;
}

export function parseInfeasible(v: unknown, minimum: number): number[] {
  if (!Array.isArray(v) || v.length > 64) reject('result.infeasible must list at most 64 totals');
  (v as unknown[]).forEach((t, i) => {
    if (!Number.isSafeInteger(t) || (t as number) < 0 || (i > 0 && (t as number) <= (v[i - 1] as number))) reject('result.infeasible must list whole numbers in increasing order');
    if ((t as number) >= minimum) reject(`result.infeasible lists ${t}, not below the minimum ${minimum}`);
  });
  return v as number[];
}

function groupOrder(d: number, g: Group): bigint {
  let order = 2n ** BigInt(d);
  for (let i = 0; i < d; i++) order *= g === 'signed-permutation' ? BigInt(i + 1) : 2n ** BigInt(d) - 2n ** BigInt(i);
  return order;
}

/** The coordinates' costs: every balanced code on the latents, sorted by cost. */
function coordinatesOf(d: number, cost: (b: number) => number): Coordinates {
  const size = 1 << d;
  const table = new Uint8Array(2 ** size);
  const sorted: { code: number; cost: number }[] = [];
  for (let b = 0; b < 2 ** size; b++) if (ones(b) === size / 2) sorted.push({ code: b, cost: (table[b] = cost(b)) });
  sorted.sort((a, b) => a.cost - b.cost);
  return { sorted, table };
}

/** Checks the certificate's claim by the route above; returns the one-line summary. `limit`: the step budget (tests lower it). */
export function checkGeneralRepCertificate(top: Record<string, unknown>, limit = GENERAL_REP_MAX_STEPS): string {
  record(top, 'certificate', FIELDS);
  const pr = record(top.problem, 'problem', ['latents', 'observed', 'psi', 'tasks', 'bias', 'group', 'support']);
  const d = pr.latents as number;
  if (!Number.isSafeInteger(d) || d < 1 || d > 4) reject('problem.latents must be 1..4 (partial support or rational tasks)');
  const mObs = pr.observed as number;
  if (!Number.isSafeInteger(mObs) || mObs < d || mObs > 6) reject(`problem.observed must be ${d}..6`);
  const bias = pr.bias as RepBias;
  if (!GROUPS.includes(pr.group as Group)) reject(`problem.group must be one of ${GROUPS.join(', ')}`);
  const group = pr.group as Group;
  const psi = parsePsi(pr.psi, d, mObs);
  if (!Array.isArray(pr.tasks) || pr.tasks.length < 1 || pr.tasks.length > 16) reject('problem.tasks must list 1..16 tasks');
  const tables = (pr.tasks as unknown[]).map((t, i) => parseTask(t, d, `problem.tasks[${i}]`));
  const U = parseSupport(pr.support, d);
  const tasks = tables.map((t) => taskOn(t, U));
  const boolean = tables.every((t) => t.every((q) => q.q === 1n && (q.p === 1n || q.p === -1n)));
  const r = record(top.result, 'result', ['minimum', 'minimizers', 'recovers', 'witness', 'infeasible']);
  if (!Number.isSafeInteger(r.minimum) || (r.minimum as number) < 0) reject('result.minimum must be a whole number');
  const minimum = r.minimum as number;
  if (typeof r.minimizers !== 'string' || !/^[1-9]\d{0,40}$/.test(r.minimizers)) reject('result.minimizers must be a positive whole number in a string');
  if (typeof r.recovers !== 'boolean') reject('result.recovers must be true or false');
  const infeasible = parseInfeasible(r.infeasible, minimum);

  const coordCost = coordinateCost(d, mObs, psi, fourierDegrees(d));
  const coordinates = coordinatesOf(d, coordCost);
  const classes = repClasses(d, U.length, coordinates);
  const distinctTasks = [...new Map(tasks.map((t) => [`${t.key}|${t.counts.join(',')}`, t])).values()];
  const listed = classes.reps.length * distinctTasks.reduce((s, t) => s + multinomial(U.length, t.counts), 0);
  if (listed > GENERAL_MAX_LISTED) reject(`the re-check would list ${listed} candidate data (too large for the verifier)`);
  const budget: Budget = { work: 0, limit };
  const pointsOf = (S: number): number[] => [...Array(1 << d).keys()].filter((x) => (S >>> x) & 1);
  const atRep = new Map<number, { coster: PlaceCoster; memo: Map<string, Cost> }>();
  const rep = (index: number): { coster: PlaceCoster; memo: Map<string, Cost> } => {
    if (!atRep.has(index)) atRep.set(index, { coster: placeCoster(d, pointsOf(classes.reps[index]!), 'degree'), memo: new Map() });
    return atRep.get(index)!;
  };
  const spec = { d, U, tasks, bias, minimum, coordinates, budget };
  let count = 0n;
  classes.reps.forEach((S0, index) => {
    const { coster, memo } = rep(index);
    count += BigInt(classes.sizes[index]!) * countRepAtPlace(spec, S0, coster, memo);
    atRep.delete(index); // the memo of one set lives while it is searched
  });
  if (count === 0n) reject(`no bijection attains the stated minimum ${minimum}`);
  if (count !== BigInt(r.minimizers)) reject(`the minimisers number ${count}, not ${r.minimizers}`);

  const repCost = (v: readonly number[]): number => {
    const ks = [...Array(d).keys()].map((j) => coordCost(v.reduce((acc, x, z) => ((x >>> j) & 1 ? acc | (1 << z) : acc), 0) >>> 0));
    return bias === 'hier-max' ? Math.max(...ks) : ks.reduce((a, b) => a + b, 0);
  };
  let inside: bigint | null = null;
  if (r.recovers) {
    if (r.witness !== null) reject('result.witness must be null when every minimiser lies in the group');
    const order = groupOrder(d, group);
    if (count > order) reject(`recovers is false: ${count} minimisers, more than the ${order} elements of the group`);
    inside = 0n;
    for (const v of groupElements(d, group)) if ((scoreOf(d, U, tasks, classes, 'sum', v, rep) as number) + repCost(v) === minimum) inside++;
    if (inside !== count) reject(`recovers is false (${inside} of ${count} minimisers in the group), not true`);
  } else {
    if (r.witness === null) reject('result.witness must be a minimiser outside the group when recovers is false');
    const w = parseBijection(r.witness, d, 'result.witness');
    if (inGroup(d, group, w)) reject('result.witness lies in the group');
    const s = headsAt(d, U, tasks, w) + repCost(w);
    if (s !== minimum) reject(`result.witness scores ${s}, not the minimum ${minimum}`);
  }
  const values = boolean ? 'Boolean' : 'rational';
  const proven = infeasible.length === 0 ? 'every smaller total infeasible' : `every smaller total infeasible, ${infeasible.join(', ')} as recorded`;
  return `recovery at d = ${d}, m = ${mObs}, ${tasks.length} ${values} task(s), support ${U.length} of ${1 << d} points, ${bias}: minimum ${minimum} (${proven}), ${count} minimisers, ${r.recovers ? 'recovers' : 'does not recover'} up to ${group} (${classes.reps.length} point-set classes, ${budget.work} search steps${inside === null ? '' : `, ${inside} minimisers in the group`})`;
}

/** The heads' cost of V directly: each task's data on V(U), costed by a coster of that very set. */
function headsAt(d: number, U: readonly number[], tasks: readonly GeneralTask[], v: readonly number[]): number {
  const vInv = new Array<number>(v.length);
  v.forEach((x, z) => (vInv[x] = z));
  const S = [...Array(1 << d).keys()].filter((x) => U.includes(vInv[x]!));
  const coster = placeCoster(d, S, 'degree');
  const at = S.map((x) => U.indexOf(vInv[x]!));
  return tasks.reduce((acc, t) => acc + (coster.cost(at.map((p) => t.numerators[t.zIndex[p]!]!), t.denominator) as number), 0);
}
