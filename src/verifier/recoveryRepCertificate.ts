/**
 * Re-checks a recovery certificate under a representation bias (docs/certificates.md, "Recovery
 * certificates under representation biases"): head+rep or hier-sum (sum_t deg(g_t) +
 * sum_j deg(Phi_j)) or hier-max (sum_t deg(g_t) + max_j deg(Phi_j)), Boolean tasks, full support,
 * d <= 4, psi: C_d -> C_m injective (m = d: a bijection; m <= 6), Phi = V o psi^-1 on psi's image.
 * Its own route, sharing nothing with src/recovery:
 *
 * - costs from the definitions (recoveryRepCosts.ts): heads by the plain Walsh double sum, each
 *   coordinate of Phi as the Fourier degree of its data moved by psi (m = d) or the least degree
 *   of a real fit of its data on psi's image (m > d, exact annihilators);
 * - the plain search of recoveryRepSearch.ts, no symmetry: every V of cost <= the stated minimum is
 *   visited, so one below it rejects the certificate (an accepted certificate proves every smaller
 *   total infeasible), none at it rejects it, and those at it must number `minimizers`;
 * - the verdict: every element of the group enumerated as an image table and scored from the
 *   definitions; `recovers` must be true exactly when all minimisers are among them; a witness
 *   must be a bijection outside the group that scores the minimum.
 */
import { record, reject } from './reject.js';
import { coordinateCost, fourierDegrees, repScore } from './recoveryRepCosts.js';
import { type RepBias, countRepMinimisers } from './recoveryRepSearch.js';

export const REP_BIASES: readonly string[] = ['head+rep', 'hier-sum', 'hier-max'];
const GROUPS = ['signed-permutation', 'gf2-affine'];
const FIELDS = ['format', 'version', 'problem', 'result', 'produced', 'integrity'];
const MAX_D = 4;
const MAX_M = 6;
/** Candidates examined at most (about 10 s); a crafted certificate cannot hang the verifier. */
const MAX_STEPS = 200_000_000;

/** Whether the certificate states a representation bias (then this file checks it). */
export function isRepCertificate(top: Record<string, unknown>): boolean {
  const p = top.problem;
  return typeof p === 'object' && p !== null && REP_BIASES.includes((p as Record<string, unknown>).bias as string);
}

function parseCode(v: unknown, d: number, path: string): number {
  if (typeof v !== 'string' || !/^hex:[0-9a-f]{1,4}$/.test(v)) reject(`${path} must be a hex:... truth table (bit z set where the task is -1)`);
  const c = parseInt(v.slice(4), 16);
  if (c >= 2 ** (1 << d)) reject(`${path} has more bits than 2^${d} points`);
  return c;
}

/** An image table "prefix:v0,v1,..." of 2^d distinct points of C_m. */
function parseTable(v: unknown, prefix: string, d: number, m: number, path: string): number[] {
  if (typeof v !== 'string' || !v.startsWith(prefix)) reject(`${path} must be ${prefix}v0,v1,... (an image table)`);
  const image = v.slice(prefix.length).split(',').map((t) => (/^\d{1,3}$/.test(t) ? Number(t) : -1));
  if (image.length !== 1 << d || image.some((x) => x < 0 || x >= 1 << m) || new Set(image).size !== image.length) reject(`${path} is not an injective map C_${d} -> C_${m}`);
  return image;
}

function ones(v: number): number {
  let c = 0;
  for (let m = v >>> 0; m !== 0; m &= m - 1) c++;
  return c;
}

/** The affine map z -> c xor (xor of cols[j] over the set bits j of z). */
const affine = (d: number, cols: readonly number[], c: number): number[] =>
  Array.from({ length: 1 << d }, (_, z) => cols.reduce((acc, b, j) => ((z >>> j) & 1 ? acc ^ b : acc), c));

/** Every element of the group as an image table; signed permutations have one-bit columns. */
function groupElements(d: number, group: string): number[][] {
  const out: number[][] = [];
  const choices = group === 'signed-permutation' ? [...Array(d).keys()].map((j) => 1 << j) : [...Array((1 << d) - 1).keys()].map((i) => i + 1);
  const rec = (cols: number[]): void => {
    if (cols.length === d) {
      for (let c = 0; c < 1 << d; c++) {
        const v = affine(d, cols, c);
        if (new Set(v).size === v.length) out.push(v);
      }
      return;
    }
    for (const b of choices) if (!cols.includes(b)) rec([...cols, b]);
  };
  rec([]);
  return out;
}

function inGroup(d: number, group: string, v: readonly number[]): boolean {
  const cols = [...Array(d).keys()].map((j) => v[1 << j]! ^ v[0]!);
  if (group === 'signed-permutation' && cols.some((b) => ones(b) !== 1)) return false;
  return affine(d, cols, v[0]!).every((y, z) => y === v[z]);
}

/** Checks the certificate by the route above; returns the one-line summary. */
export function checkRecoveryRepCertificate(top: Record<string, unknown>): string {
  record(top, 'certificate', FIELDS);
  const pr = record(top.problem, 'problem', ['latents', 'observed', 'psi', 'tasks', 'bias', 'group', 'support']);
  const d = pr.latents as number;
  if (!Number.isSafeInteger(d) || d < 1 || d > MAX_D) reject(`problem.latents must be 1..${MAX_D}`);
  const m = pr.observed as number;
  if (!Number.isSafeInteger(m) || m < d || m > MAX_M) reject(`problem.observed must be ${d}..${MAX_M}`);
  const bias = pr.bias as RepBias;
  if (!REP_BIASES.includes(bias)) reject(`problem.bias must be one of ${REP_BIASES.join(', ')}`);
  if (!GROUPS.includes(pr.group as string)) reject(`problem.group must be one of ${GROUPS.join(', ')}`);
  const group = pr.group as string;
  if (pr.support !== 'all') reject('problem.support must be "all" (full support)');
  const psi = parseTable(pr.psi, 'map:', d, m, 'problem.psi');
  if (!Array.isArray(pr.tasks) || pr.tasks.length < 1 || pr.tasks.length > 16) reject('problem.tasks must list 1..16 tasks');
  const tasks = (pr.tasks as unknown[]).map((t, i) => parseCode(t, d, `problem.tasks[${i}]`));
  const r = record(top.result, 'result', ['minimum', 'minimizers', 'recovers', 'witness']);
  if (!Number.isSafeInteger(r.minimum) || (r.minimum as number) < 0) reject('result.minimum must be a whole number');
  if (typeof r.minimizers !== 'string' || !/^[1-9]\d*$/.test(r.minimizers)) reject('result.minimizers must be a positive whole number in a string');
  if (typeof r.recovers !== 'boolean') reject('result.recovers must be true or false');
  const minimum = r.minimum as number;
  const degrees = fourierDegrees(d);
  const headCost = (g: number): number => degrees[g]!;
  const coordCost = coordinateCost(d, m, psi, degrees);
  const count = countRepMinimisers({ d, tasks, bias, headCost, coordinateCost: coordCost }, minimum, MAX_STEPS);
  if (count === 0n) reject(`no bijection attains the stated minimum ${minimum}`);
  if (count !== BigInt(r.minimizers)) reject(`the minimisers number ${count}, not ${r.minimizers}`);
  // The objective of V from the definitions: heads h_t o V^-1, coordinates bit j of V(z).
  const score = (v: readonly number[]): number => repScore(d, tasks, headCost, coordCost, bias !== 'hier-max', v);
  let inside = 0n;
  for (const v of groupElements(d, group)) if (score(v) === minimum) inside++;
  const recovers = inside === count;
  if (recovers !== r.recovers) reject(`recovers is ${recovers} (${inside} of ${count} minimisers in the group), not ${r.recovers}`);
  if (recovers && r.witness !== null) reject('result.witness must be null when every minimiser lies in the group');
  if (!recovers) {
    const w = parseTable(r.witness, 'perm:', d, d, 'result.witness');
    if (inGroup(d, group, w)) reject('result.witness lies in the group');
    const s = score(w);
    if (s !== minimum) reject(`result.witness scores ${s}, not the minimum ${minimum}`);
  }
  return `recovery at d = ${d}, m = ${m}, ${tasks.length} task(s), ${bias}: minimum ${minimum} (every smaller total infeasible), ${count} minimisers, ${recovers ? 'recovers' : 'does not recover'} up to ${group} (${inside} minimisers in the group)`;
}
