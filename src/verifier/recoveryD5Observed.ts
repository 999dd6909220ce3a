/**
 * Re-checks a recovery certificate at d = 5 with observations longer than the latents
 * (docs/certificates.md, "Recovery certificates at d = 5 with m > d"): head+rep, hier-sum or
 * hier-max, Boolean tasks, full support, psi: C_5 -> C_M injective (M = 6). The route of the
 * m = 5 re-check (recoveryD5Rep.ts) with one piece changed, the coordinates:
 *
 * - Coordinates (recoveryD5ObservedCoords.ts): Phi_j is free off psi(C_5) and costs the least
 *   degree of a real extension of its values there to C_M. The verifier lists every balanced code
 *   of cost <= upTo (3, or 2 when level 3 is too large) by exact linear algebra, and costs any
 *   other one exactly by membership. Their floor is the list's least cost.
 * - Heads (recoveryD5Candidates.ts): g_t = h_t o V^-1 on C_5, as at m = 5: every code of Fourier
 *   degree <= k (k = 2, or 3 when the budgets need it) of each task's weight.
 * - Budgets (recoveryD5RepClass.ts): a head of task t at most minimum - the other heads' floors -
 *   the coordinates' floor (5 of them for the sums, one for the max); a coordinate at most
 *   minimum - the heads' floors - 4 coordinate floors (sums), or minimum - the heads' floors (max).
 *   A head budget above k or a coordinate budget above upTo admits candidates past the lists: they
 *   are searched exactly (docs/certificates.md, "Past the lists in the d = 5 re-checks"): heads
 *   checked at the leaves (recoveryD5RepSearch.ts), coordinates last (recoveryD5RepDear.ts).
 * - Search (recoveryD5RepSearch.ts, searchRep, in the orders of recoveryD5Portfolio.ts): every V
 *   of cost <= the minimum; one below refutes it (so every smaller total is infeasible), those at
 *   it are counted with those in the group. Its symmetry V -> A o V (A a signed permutation of
 *   C_5) permutes and complements the coordinates, which keeps their costs (f and -f extend
 *   alike). A witness is re-scored from the definitions.
 */
import { reject } from './reject.js';
import { d5Candidates, fourierDegree5, ones32 } from './recoveryD5Candidates.js';
import type { D5Group } from './recoveryD5Search.js';
import { checkCountAndVerdict, parseCode, record } from './recoveryD5Maps.js';
import { tryOrders } from './recoveryD5Portfolio.js';
import { type CostList, type RepLists, repRules, searchRep } from './recoveryD5RepSearch.js';
import { parsePsi } from './recoveryGeneralRep.js';
import { observedCoordinates5 } from './recoveryD5ObservedCoords.js';
import { d5RepBudgets, d5RepPastLists } from './recoveryD5RepClass.js';

const BIASES = ['head+rep', 'hier-sum', 'hier-max'];
const GROUPS = ['signed-permutation', 'gf2-affine'];
/** At most this many steps (as at m = 5). */
export const D5_OBSERVED_MAX_WORK = 200_000_000;

/** Whether a d = 5 representation-bias certificate with full support has observations longer than the latents. */
export function isD5ObservedCertificate(top: Record<string, unknown>): boolean {
  const p = top.problem as Record<string, unknown> | null;
  return typeof p === 'object' && p !== null && p.latents === 5 && typeof p.observed === 'number' && p.observed > 5;
}

/** The code on C_5 of latent data b moved by the bijection v: bit v(z) set where bit z of b is. */
function moved(v: readonly number[], b: number): number {
  let c = 0;
  for (let z = 0; z < 32; z++) if ((b >>> z) & 1) c |= 1 << v[z]!;
  return c >>> 0;
}

/** The lists and budgets of the search (header), or a rejection beyond them. */
export function prepareD5Observed(tasks: readonly number[], psi: readonly number[], M: number, max: boolean, minimum: number, group: D5Group): { lists: RepLists; k: number; upTo: number; past: string | null } {
  const co = observedCoordinates5(psi, M);
  const cf = co.least;
  const weights = tasks.map(ones32);
  const budgetsAt = (k: 2 | 3) => {
    const cand = d5Candidates('fourier', k, weights);
    const input = { max, minimum, headFloors: weights.map((w) => cand.floor[w]!), headReach: cand.upTo, coordinateFloor: cf, coordinateReach: co.upTo };
    return { cand, input, ...d5RepBudgets(input) };
  };
  let b = budgetsAt(2);
  if (Math.max(...b.heads) > 2) b = budgetsAt(3);
  const past = d5RepPastLists(b.input);
  const cut = (codes: Uint32Array, costs: Uint8Array, budget: number): CostList => {
    const idx = Array.from(codes.keys()).filter((i) => costs[i]! <= budget).sort((x, y) => costs[x]! - costs[y]! || x - y);
    return { codes: Uint32Array.from(idx, (i) => codes[i]!), costs: Uint8Array.from(idx, (i) => costs[i]!) };
  };
  const heads = tasks.map((_, t) => {
    const l = b.cand.lists.get(weights[t]!)!;
    return cut(l.codes, l.costs, b.heads[t]!);
  });
  const coordinates = cut(co.codes, co.costs, b.coordinate);
  const lists = { tasks, max, minimum, group, heads, coordinates, coordinateFloor: cf, coordinateCost: co.costOf, coordinateReach: co.upTo, headReach: b.cand.upTo, headBudgets: b.heads };
  return { lists, k: b.cand.upTo, upTo: co.upTo, past };
}

/** Checks a d = 5, m > 5 certificate under a representation bias; returns the summary line. */
export function checkRecoveryD5Observed(top: Record<string, unknown>): string {
  record(top, 'certificate', ['format', 'version', 'problem', 'result', 'produced', 'integrity']);
  const pr = record(top.problem, 'problem', ['latents', 'observed', 'psi', 'tasks', 'bias', 'group', 'support']);
  if (pr.latents !== 5) reject('problem.latents must be 5 here');
  if (pr.observed !== 6) reject('at d = 5 with m > d problem.observed must be 6');
  const M = pr.observed as number;
  if (!BIASES.includes(pr.bias as string)) reject(`problem.bias must be one of ${BIASES.join(', ')}`);
  if (!GROUPS.includes(pr.group as string)) reject(`problem.group must be one of ${GROUPS.join(', ')}`);
  if (pr.support !== 'all') reject('problem.support must be "all" (full support)');
  const psi = parsePsi(pr.psi, 5, M);
  if (!Array.isArray(pr.tasks) || pr.tasks.length < 1 || pr.tasks.length > 16) reject('problem.tasks must list 1..16 tasks');
  const tasks = (pr.tasks as unknown[]).map((t, i) => parseCode(t, `problem.tasks[${i}]`));
  const bias = pr.bias as string;
  const group = pr.group as D5Group;
  const max = bias === 'hier-max';
  const r = record(top.result, 'result', ['minimum', 'minimizers', 'recovers', 'witness']);
  if (!Number.isSafeInteger(r.minimum) || (r.minimum as number) < 0 || (r.minimum as number) > 16 * 5 + 5 * M) reject(`result.minimum must be a whole number 0..${16 * 5 + 5 * M}`);
  if (typeof r.minimizers !== 'string' || !/^[1-9]\d{0,40}$/.test(r.minimizers)) reject('result.minimizers must be a positive whole number in a string');
  if (typeof r.recovers !== 'boolean') reject('result.recovers must be true or false');
  const minimum = r.minimum as number;
  const { lists, k, upTo, past } = prepareD5Observed(tasks, psi, M, max, minimum, group);
  // A bijection's objective from the definitions (the witness's, and V = the identity's first:
  // a stated minimum above it is refuted at once, before any search).
  const score = (v: readonly number[]): number => {
    let total = 0;
    for (const h of tasks) total += fourierDegree5(moved(v, h));
    const ks = [0, 1, 2, 3, 4].map((j) => lists.coordinateCost(v.reduce((acc, x, z) => ((x >>> j) & 1 ? acc | (1 << z) : acc), 0) >>> 0));
    return total + (max ? Math.max(...ks) : ks.reduce((a, c) => a + c, 0));
  };
  const identity = score(Array.from({ length: 32 }, (_, z) => z));
  if (identity < minimum) reject(`a bijection costs ${identity}, less than the stated minimum ${minimum}`);
  const orbitCache = new Map();
  const out = tryOrders(repRules(tasks), D5_OBSERVED_MAX_WORK, ([rule], steps) => searchRep(lists, rule!, steps, orbitCache));
  const { recovers, witness: v } = checkCountAndVerdict(out, r, group, String(minimum));
  if (v !== null) {
    const total = score(v);
    if (total !== minimum) reject(`result.witness scores ${total}, not the minimum ${minimum}`);
  }
  return `recovery at d = 5, m = ${M}, ${tasks.length} task(s), ${bias}: minimum ${minimum} (every smaller total infeasible; heads of Fourier degree <= ${k} listed, coordinates of extension degree <= ${upTo} on psi's image listed by exact linear algebra${past !== null ? `; ${past}` : ''}), ${out.minimizers} minimisers, ${recovers ? 'recovers' : 'does not recover'} up to ${group} (${out.inGroup} minimisers in the group)`;
}
