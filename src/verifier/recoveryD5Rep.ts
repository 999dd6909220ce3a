/**
 * Re-checks a recovery certificate at d = 5 under head+rep, hier-sum or hier-max
 * (docs/certificates.md, "Recovery certificates at d = 5"): Boolean tasks, full support,
 * observations as long as the latents (m = 5, psi a bijection of C_5), either group.
 *
 * - Lists (recoveryD5Candidates.ts): every function of Fourier degree <= k (k = 2, or 3 when the
 *   budgets need it) of the tasks' weights (heads) and balanced (coordinates: a code c on the
 *   observations gives Phi_j = c, whose data on the latents is b(z) = c(psi(z))). Floors: the
 *   least listed cost of a weight (k + 1 when none), for coordinates the least listed (1).
 * - Budgets (recoveryD5RepClass.ts): a head of task t costs at most minimum - the other heads'
 *   floors - the coordinates' floor (5 coordinates for the sums, one for the max); a coordinate at
 *   most minimum - the heads' floors - 4 coordinate floors (sums), or minimum - the heads' floors
 *   (max). A head budget above k would admit a head beyond the lists, as would a coordinate budget
 *   above k under hier-max: out of the certified class, rejected in one line, never accepted.
 *   Under the sums a coordinate budget above k (Fourier degree 4 or 5) is searched by cost
 *   profile, the dear coordinates last and costed exactly (recoveryD5RepDear.ts).
 * - Search (recoveryD5RepSearch.ts), in the orders of recoveryD5Portfolio.ts. The verdict counts
 *   the minimisers in the group at the leaves; a witness is re-scored from the definitions.
 */
import { reject } from './reject.js';
import { d5Candidates, fourierDegree5, ones32 } from './recoveryD5Candidates.js';
import type { D5Group } from './recoveryD5Search.js';
import { checkCountAndVerdict, parseCode, parseMap, record } from './recoveryD5Maps.js';
import { tryOrders } from './recoveryD5Portfolio.js';
import { type CostList, type RepLists, repRules, searchRep } from './recoveryD5RepSearch.js';
import { d5RepBudgets, d5RepPastLists } from './recoveryD5RepClass.js';

const BIASES = ['head+rep', 'hier-sum', 'hier-max'];
const GROUPS = ['signed-permutation', 'gf2-affine'];
/** At most this many steps (nodes, candidates scanned, compatible coordinates 4 each, orbit images). */
export const D5_REP_MAX_WORK = 200_000_000;

/** psi's image table map:p0,...,p31, a bijection of C_5 (m = 5). */
function parsePsi(v: unknown): number[] {
  if (typeof v !== 'string' || !v.startsWith('map:')) reject('problem.psi must be map:p0,p1,... (an image table)');
  return parseMap(`perm:${v.slice(4)}`, 'problem.psi');
}

/** The code on the observations of latent data b moved by psi: bit psi(z) set where bit z of b is. */
function moved(psi: readonly number[], b: number): number {
  let c = 0;
  for (let z = 0; z < 32; z++) if ((b >>> z) & 1) c |= 1 << psi[z]!;
  return c >>> 0;
}

function byCost(codes: readonly number[], costs: readonly number[]): CostList {
  const idx = codes.map((_, i) => i).sort((a, b) => costs[a]! - costs[b]! || a - b);
  return { codes: Uint32Array.from(idx, (i) => codes[i]!), costs: Uint8Array.from(idx, (i) => costs[i]!) };
}

/**
 * The lists and floors of the search (see the header), or a rejection when a budget exceeds the
 * lists' degree (out of the certified class).
 */
export function prepareD5Rep(tasks: readonly number[], psi: readonly number[], max: boolean, minimum: number, group: D5Group): { lists: RepLists; upTo: number; past: string | null } {
  const weights = tasks.map(ones32);
  const budgetsAt = (k: 2 | 3) => {
    const cand = d5Candidates('fourier', k, [...weights, 16]);
    const input = { max, minimum, headFloors: weights.map((w) => cand.floor[w]!), headReach: cand.upTo, coordinateFloor: cand.floor[16]!, coordinateReach: cand.upTo };
    const budgets = d5RepBudgets(input);
    return { cand, input, cf: input.coordinateFloor, ...budgets, worst: Math.max(budgets.coordinate, ...budgets.heads) };
  };
  let b = budgetsAt(2);
  if (b.worst > 2) b = budgetsAt(3);
  const past = d5RepPastLists(b.input);
  const cut = (w: number, budget: number): CostList => {
    const l = b.cand.lists.get(w)!;
    const keep = Array.from(l.codes.keys()).filter((i) => l.costs[i]! <= budget);
    return byCost(keep.map((i) => l.codes[i]!), keep.map((i) => l.costs[i]!));
  };
  const heads = tasks.map((_, t) => cut(weights[t]!, b.heads[t]!));
  const onObs = cut(16, b.coordinate);
  // Coordinates as latent data: b(z) = c(psi(z)).
  const coordinates: CostList = { codes: onObs.codes.map((c) => psi.reduce((acc, x, z) => ((c >>> x) & 1 ? acc | (1 << z) : acc), 0) >>> 0), costs: onObs.costs };
  const coordinateCost = (data: number): number => fourierDegree5(moved(psi, data));
  // Under the sums a coordinate budget past the lists: the coordinates by cost profile, dear ones last (recoveryD5RepDear.ts).
  const coordinateReach = b.coordinate > b.cand.upTo ? b.cand.upTo : undefined;
  const lists = { tasks, max, minimum, group, heads, coordinates, coordinateFloor: b.cf, coordinateCost, coordinateReach, headReach: b.cand.upTo, headBudgets: b.heads };
  return { lists, upTo: b.cand.upTo, past };
}

/** Checks a d = 5 certificate under a representation bias; returns the summary line. */
export function checkRecoveryD5Rep(top: Record<string, unknown>): string {
  record(top, 'certificate', ['format', 'version', 'problem', 'result', 'produced', 'integrity']);
  const pr = record(top.problem, 'problem', ['latents', 'observed', 'psi', 'tasks', 'bias', 'group', 'support']);
  if (pr.latents !== 5) reject('problem.latents must be 5 here');
  if (pr.observed !== 5) reject('at d = 5 problem.observed must be 5 (psi a bijection of C_5)');
  if (!BIASES.includes(pr.bias as string)) reject(`problem.bias must be one of ${BIASES.join(', ')}`);
  if (!GROUPS.includes(pr.group as string)) reject(`problem.group must be one of ${GROUPS.join(', ')}`);
  if (pr.support !== 'all') reject('problem.support must be "all" (full support)');
  const psi = parsePsi(pr.psi);
  if (!Array.isArray(pr.tasks) || pr.tasks.length < 1 || pr.tasks.length > 16) reject('problem.tasks must list 1..16 tasks');
  const tasks = (pr.tasks as unknown[]).map((t, i) => parseCode(t, `problem.tasks[${i}]`));
  const bias = pr.bias as string;
  const group = pr.group as D5Group;
  const max = bias === 'hier-max';
  const r = record(top.result, 'result', ['minimum', 'minimizers', 'recovers', 'witness']);
  if (!Number.isSafeInteger(r.minimum) || (r.minimum as number) < 0 || (r.minimum as number) > 5 * 21) reject('result.minimum must be a whole number 0..105');
  if (typeof r.minimizers !== 'string' || !/^[1-9]\d{0,40}$/.test(r.minimizers)) reject('result.minimizers must be a positive whole number in a string');
  if (typeof r.recovers !== 'boolean') reject('result.recovers must be true or false');
  const minimum = r.minimum as number;
  const { lists, upTo, past } = prepareD5Rep(tasks, psi, max, minimum, group);
  const coordinateCost = lists.coordinateCost;
  // Two task orders (recoveryD5RepSearch.ts: fewest candidates first, most unbalanced first), the orbits shared.
  // A bijection's objective from the definitions (the witness's, and V = the identity's first:
  // a stated minimum above it is refuted at once, before any search).
  const score = (v: readonly number[]): number => {
    let total = 0;
    for (const h of tasks) total += fourierDegree5(moved(v, h));
    const ks = [0, 1, 2, 3, 4].map((j) => coordinateCost(v.reduce((acc, x, z) => ((x >>> j) & 1 ? acc | (1 << z) : acc), 0) >>> 0));
    return total + (max ? Math.max(...ks) : ks.reduce((a, c) => a + c, 0));
  };
  const identity = score(Array.from({ length: 32 }, (_, z) => z));
  if (identity < minimum) reject(`a bijection costs ${identity}, less than the stated minimum ${minimum}`);
  const orbitCache = new Map();
  const out = tryOrders(repRules(tasks), D5_REP_MAX_WORK, ([rule], steps) => searchRep(lists, rule!, steps, orbitCache));
  const { recovers, witness: v } = checkCountAndVerdict(out, r, group, String(minimum));
  if (v !== null) {
    const total = score(v);
    if (total !== minimum) reject(`result.witness scores ${total}, not the minimum ${minimum}`);
  }
  return `recovery at d = 5, m = 5, ${tasks.length} task(s), ${bias}: minimum ${minimum} (every smaller total infeasible; heads and coordinates of Fourier degree <= ${upTo} listed from the GF(2) polynomials of degree <= ${upTo}${past !== null ? `; ${past}` : ''}), ${out.minimizers} minimisers, ${recovers ? 'recovers' : 'does not recover'} up to ${group} (${out.inGroup} minimisers in the group)`;
}
