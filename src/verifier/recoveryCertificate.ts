/**
 * Re-checks a recovery certificate (docs/certificates.md, "Recovery certificates"): an exact answer
 * of `recover` for Boolean tasks with full support, d <= 4, a number bias (head-degree, head-gf2,
 * head-max) or head-profile (costs 4^d (W^0..W^d) from the plain Walsh double sum, added level by
 * level and compared from the top level down, an order that addition preserves, so the same
 * cuts are exact). Its own route, sharing nothing with src/recovery:
 *
 * - Heads from the definition: for a bijection V of C_d the heads are g_t = h_t o V^-1. Their
 *   joint histogram (how many x carry each value vector (g_1(x)..g_k(x))) equals the tasks'; and
 *   conversely, for a tuple (g_1..g_k) with the tasks' histogram the V with g_t = h_t o V^-1 for
 *   all t are exactly the bijections sending each z-fibre {z : (h_t(z))_t = v} onto the x-fibre
 *   {x : (g_t(x))_t = v}: prod over v of (fibre size)! of them. Each V has one tuple, so summing
 *   that product over all tuples of cost <= B counts the V of cost <= B.
 * - The search: every tuple of heads, task by task, each head one of the codes with as many -1
 *   values as its task, of cost within what the others' least costs leave, and with, in every
 *   class of equal values so far, as many -1 values as the task has in the matching class. No
 *   symmetry is used. Every tuple of cost <= the stated minimum is visited: one below it refutes
 *   the minimum (so every smaller total is proven infeasible), those at it are counted.
 * - The verdict: the minimisers inside the group are counted by enumerating the group (signed
 *   permutations, or GF(2)-affine maps) and scoring each V from the definition; recovers is true
 *   exactly when that count equals the total. A stated witness is re-scored and checked outside.
 */
import { reject } from './reject.js';
import { checkRecoveryRepCertificate, isRepCertificate } from './recoveryRepCertificate.js';
import { checkGeneralRecoveryCertificate, isGeneralRecovery } from './recoveryGeneral.js';
import { checkRecoveryD5 } from './recoveryD5.js';
import { checkGeneralRepCertificate, isGeneralRepCertificate } from './recoveryGeneralRep.js';
import { checkD5GeneralRepCertificate, isD5GeneralRepCertificate } from './recoveryD5GeneralRep.js';
import { checkRecoveryD5Rep } from './recoveryD5Rep.js';
import { checkRecoveryD5General, isD5GeneralRecovery } from './recoveryD5General.js';
import { checkRecoveryD5Observed, isD5ObservedCertificate } from './recoveryD5Observed.js';

const BIASES = ['head-degree', 'head-gf2', 'head-max', 'head-profile'] as const;
const GROUPS = ['signed-permutation', 'gf2-affine'] as const;
type Bias = (typeof BIASES)[number];
type Group = (typeof GROUPS)[number];
export const RECOVERY_CERT_FIELDS = ['format', 'version', 'problem', 'result', 'produced', 'integrity'];
/** The verifier's own limit: d <= 4 (16 points, codes fit 16 bits). */
const MAX_D = 4;
/** The search visits at most this many nodes (a crafted certificate cannot hang the verifier). */
const MAX_NODES = 50_000_000;

export function ones(v: number): number {
  let c = 0;
  for (let m = v >>> 0; m !== 0; m &= m - 1) c++;
  return c;
}

/** Fourier degree of the Boolean function with code c (bit x set: value -1), 0 for constants. */
export function fourierDegree(d: number, c: number): number {
  const size = 1 << d;
  let best = 0;
  for (let s = 1; s < size; s++) {
    if (ones(s) <= best) continue;
    let sum = 0;
    for (let x = 0; x < size; x++) sum += ((c >>> x) & 1) ^ (ones(x & s) & 1) ? -1 : 1;
    if (sum !== 0) best = ones(s);
  }
  return best;
}

/** GF(2) degree of F = (1 - g)/2 (the code's bits) by the Moebius transform; 0 for constants. */
export function gf2Degree(d: number, c: number): number {
  const size = 1 << d;
  const a = Array.from({ length: size }, (_, x) => (c >>> x) & 1);
  for (let bit = 1; bit < size; bit <<= 1) for (let x = 0; x < size; x++) if (x & bit) a[x]! ^= a[x ^ bit]!;
  let best = 0;
  a.forEach((v, s) => (best = v ? Math.max(best, ones(s)) : best));
  return best;
}

function parseCode(v: unknown, d: number, path: string): number {
  if (typeof v !== 'string' || !/^hex:[0-9a-f]{1,4}$/.test(v)) reject(`${path} must be a hex:... truth table (bit z set where the task is -1)`);
  const c = parseInt(v.slice(4), 16);
  if (c >= 2 ** (1 << d)) reject(`${path} has more bits than 2^${d} points`);
  return c;
}

function parseMap(v: unknown, d: number, path: string): number[] {
  const size = 1 << d;
  if (typeof v !== 'string' || !v.startsWith('perm:')) reject(`${path} must be perm:v0,v1,... (an image table)`);
  const image = v.slice(5).split(',').map((t) => (/^\d+$/.test(t) ? Number(t) : -1));
  if (image.length !== size || image.some((x) => x < 0 || x >= size) || new Set(image).size !== size) reject(`${path} is not a bijection of C_${d}`);
  return image;
}

function isSignedPermutation(d: number, v: readonly number[]): boolean {
  const c = v[0]!;
  const cols = Array.from({ length: d }, (_, j) => v[1 << j]! ^ c);
  if (cols.some((b) => ones(b) !== 1) || new Set(cols).size !== d) return false;
  return v.every((y, z) => y === cols.reduce((acc, b, j) => ((z >>> j) & 1 ? acc | b : acc), c));
}

function isAffine(d: number, v: readonly number[]): boolean {
  const c = v[0]!;
  const cols = Array.from({ length: d }, (_, j) => v[1 << j]! ^ c);
  return v.every((y, z) => y === cols.reduce((acc, b, j) => ((z >>> j) & 1 ? acc ^ b : acc), c));
}

const inGroup = (d: number, g: Group, v: readonly number[]): boolean => (g === 'signed-permutation' ? isSignedPermutation(d, v) : isAffine(d, v));

/** Every element of the group as an image table (bijective by construction or by a check). */
export function groupElements(d: number, g: Group): number[][] {
  const size = 1 << d;
  const out: number[][] = [];
  const columns = (cols: readonly number[], c: number): number[] =>
    Array.from({ length: size }, (_, z) => cols.reduce((acc, b, j) => ((z >>> j) & 1 ? acc ^ b : acc), c));
  const rec = (cols: number[]): void => {
    if (cols.length === d) {
      for (let c = 0; c < size; c++) {
        const v = columns(cols, c);
        if (new Set(v).size === size) out.push(v);
      }
      return;
    }
    const choices = g === 'signed-permutation' ? Array.from({ length: d }, (_, j) => 1 << j) : Array.from({ length: size - 1 }, (_, i) => i + 1);
    for (const b of choices) if (!cols.includes(b)) rec([...cols, b]);
  };
  rec([]);
  return out;
}

/** The scaled profile 4^d (W^0..W^d) of the code's function: sum over |S| = k of c_S^2, c_S by the plain double sum. */
export function scaledProfile(d: number, c: number): number[] {
  const size = 1 << d;
  const w = new Array<number>(d + 1).fill(0);
  for (let s = 0; s < size; s++) {
    let sum = 0;
    for (let x = 0; x < size; x++) sum += ((c >>> x) & 1) ^ (ones(x & s) & 1) ? -1 : 1;
    w[ones(s)]! += sum * sum;
  }
  return w;
}

/** A number bias's value, or a scaled profile (head-profile). */
type Cost = number | readonly number[];

/** Negative when a is simpler: numbers by size, profiles from the top level down. */
function compareCost(a: Cost, b: Cost): number {
  if (typeof a === 'number') return a - (b as number);
  const bb = b as readonly number[];
  for (let k = a.length - 1; k >= 0; k--) if (a[k] !== bb[k]) return a[k]! - bb[k]!;
  return 0;
}

/** The stated profile minimum ("p/q" per level) scaled by 4^d; it must be integral. */
function parseProfile(v: unknown, d: number): number[] {
  if (!Array.isArray(v) || v.length !== d + 1) reject(`result.minimum must list the ${d + 1} weights W^0..W^${d}`);
  return (v as unknown[]).map((t, k) => {
    const m = typeof t === 'string' ? /^(\d+)(?:\/([1-9]\d*))?$/.exec(t) : null;
    if (m === null) reject(`result.minimum[${k}] must be a fraction p/q in a string`);
    const num = BigInt(m[1]!) * 4n ** BigInt(d);
    const den = BigInt(m[2] ?? '1');
    if (num % den !== 0n || num / den > BigInt(Number.MAX_SAFE_INTEGER)) reject(`result.minimum[${k}] is not a profile weight of Boolean heads (4^${d} W^${k} must be a whole number)`);
    return Number(num / den);
  });
}

interface Problem {
  readonly d: number;
  readonly tasks: readonly number[];
  readonly bias: Bias;
  readonly group: Group;
}

function makeCost(p: Problem): (code: number) => Cost {
  const memo = new Map<number, Cost>();
  return (code) => {
    let c = memo.get(code);
    if (c === undefined) {
      c = p.bias === 'head-gf2' ? gf2Degree(p.d, code) : p.bias === 'head-profile' ? scaledProfile(p.d, code) : fourierDegree(p.d, code);
      memo.set(code, c);
    }
    return c;
  };
}

function combine(bias: Bias, a: Cost, b: Cost): Cost {
  if (typeof a !== 'number') return a.map((x, k) => x + (b as readonly number[])[k]!);
  return bias === 'head-max' ? Math.max(a, b as number) : a + (b as number);
}

const zeroOf = (p: Problem): Cost => (p.bias === 'head-profile' ? new Array<number>(p.d + 1).fill(0) : 0);
const costText = (c: Cost): string => (typeof c === 'number' ? String(c) : `(${c.join(',')})/4^d`);

/** The objective of V from the definition: the heads g_t = h_t o V^-1, costed and combined. */
function score(p: Problem, cost: (code: number) => Cost, v: readonly number[]): Cost {
  let total = zeroOf(p);
  for (const h of p.tasks) {
    let g = 0;
    v.forEach((x, z) => (g |= ((h >>> z) & 1) << x));
    total = combine(p.bias, total, cost(g >>> 0));
  }
  return total;
}

function factorial(n: number): bigint {
  let f = 1n;
  for (let i = 2; i <= n; i++) f *= BigInt(i);
  return f;
}

/** The number of bijections V of cost exactly `minimum`; rejects if any costs less. */
function countMinimisers(p: Problem, cost: (code: number) => Cost, minimum: Cost): bigint {
  const { d, tasks, bias } = p;
  const size = 1 << d;
  // For each task, the codes of its weight with their costs, and the least such cost.
  const lists = tasks.map((h) => {
    const w = ones(h);
    const codes: number[] = [];
    for (let g = 0; g < 2 ** size; g++) if (ones(g) === w) codes.push(g);
    return codes.map((g) => ({ g, c: cost(g) }));
  });
  const floors = lists.map((l) => l.reduce((m, e) => (compareCost(e.c, m) < 0 ? e.c : m), l[0]!.c));
  const restFloor = (j: number): Cost => floors.slice(j).reduce((a, b) => combine(bias, a, b), zeroOf(p));
  let count = 0n;
  let nodes = 0;
  // Classes as label arrays: xl[x], zl[z] = the class id (equal value vectors so far).
  const dfs = (j: number, xl: readonly number[], zl: readonly number[], classes: number, spent: Cost): void => {
    if (++nodes > MAX_NODES) reject(`the re-check would visit more than ${MAX_NODES} nodes (too large for the verifier)`);
    if (j === tasks.length) {
      if (compareCost(spent, minimum) < 0) reject(`a bijection costs ${costText(spent)}, less than the stated minimum ${costText(minimum)}`);
      const sizes = new Array<number>(classes).fill(0);
      xl.forEach((c) => sizes[c]!++);
      count += sizes.reduce((acc, s) => acc * factorial(s), 1n);
      return;
    }
    const h = tasks[j]!;
    const want = new Array<number>(classes).fill(0);
    zl.forEach((c, z) => (want[c]! += (h >>> z) & 1));
    const others = restFloor(j + 1);
    for (const { g, c } of lists[j]!) {
      const total = combine(bias, combine(bias, spent, c), others);
      if (compareCost(total, minimum) > 0) continue;
      const have = new Array<number>(classes).fill(0);
      xl.forEach((k, x) => (have[k]! += (g >>> x) & 1));
      if (have.some((a, k) => a !== want[k])) continue;
      // Split each class by the new value: class k -> 2k (value +1) or 2k + 1 (value -1), renumbered.
      const ids = new Map<number, number>();
      const id = (key: number): number => {
        if (!ids.has(key)) ids.set(key, ids.size);
        return ids.get(key)!;
      };
      const nx = xl.map((k, x) => id(2 * k + ((g >>> x) & 1)));
      const nz = zl.map((k, z) => id(2 * k + ((h >>> z) & 1)));
      dfs(j + 1, nx, nz, ids.size, combine(bias, spent, c));
    }
  };
  dfs(0, new Array<number>(size).fill(0), new Array<number>(size).fill(0), 1, zeroOf(p));
  return count;
}

function field(o: Record<string, unknown>, key: string, path: string): unknown {
  if (!Object.hasOwn(o, key)) reject(`${path}.${key} is missing`);
  return o[key];
}

function record(v: unknown, path: string, keys: readonly string[]): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) reject(`${path} must be an object`);
  for (const k of Object.keys(v)) if (!keys.includes(k)) reject(`${path} has an unknown field '${k}'`);
  for (const k of keys) field(v as Record<string, unknown>, k, path);
  return v as Record<string, unknown>;
}

/** Checks the certificate's claim by the route above; returns the one-line summary. */
export function checkRecoveryCertificate(top: Record<string, unknown>): string {
  if (isGeneralRepCertificate(top) && isD5GeneralRepCertificate(top)) return checkD5GeneralRepCertificate(top); // d = 5, partial support or rational tasks: recoveryD5GeneralRep.ts
  if (isGeneralRepCertificate(top)) return checkGeneralRepCertificate(top); // partial support or rational tasks: recoveryGeneralRep.ts
  if (isRepCertificate(top) && isD5ObservedCertificate(top)) return checkRecoveryD5Observed(top); // d = 5, m > d: recoveryD5Observed.ts
  if (isRepCertificate(top) && (top.problem as Record<string, unknown>).latents === 5) return checkRecoveryD5Rep(top); // d = 5: recoveryD5Rep.ts
  if (isRepCertificate(top)) return checkRecoveryRepCertificate(top);
  if (isGeneralRecovery(top) && isD5GeneralRecovery(top)) return checkRecoveryD5General(top); // d = 5, partial support or rational tasks: recoveryD5General.ts
  if (isGeneralRecovery(top)) return checkGeneralRecoveryCertificate(top);
  record(top, 'certificate', RECOVERY_CERT_FIELDS);
  const pr = record(top.problem, 'problem', ['latents', 'tasks', 'bias', 'group', 'support']);
  if (pr.latents === 5) return checkRecoveryD5(top); // d = 5: recoveryD5.ts
  const d = pr.latents;
  if (!Number.isSafeInteger(d) || (d as number) < 1 || (d as number) > MAX_D) reject(`problem.latents must be 1..${MAX_D}`);
  if (!BIASES.includes(pr.bias as Bias)) reject(`problem.bias must be one of ${BIASES.join(', ')}`);
  if (!GROUPS.includes(pr.group as Group)) reject(`problem.group must be one of ${GROUPS.join(', ')}`);
  if (pr.support !== 'all') reject('problem.support must be "all" (full support)');
  if (!Array.isArray(pr.tasks) || pr.tasks.length < 1 || pr.tasks.length > 16) reject('problem.tasks must list 1..16 tasks');
  const p: Problem = { d: d as number, tasks: (pr.tasks as unknown[]).map((t, i) => parseCode(t, d as number, `problem.tasks[${i}]`)), bias: pr.bias as Bias, group: pr.group as Group };
  const r = record(top.result, 'result', ['minimum', 'minimizers', 'recovers', 'witness']);
  if (p.bias !== 'head-profile' && (!Number.isSafeInteger(r.minimum) || (r.minimum as number) < 0)) reject('result.minimum must be a whole number');
  if (typeof r.minimizers !== 'string' || !/^[1-9]\d*$/.test(r.minimizers)) reject('result.minimizers must be a positive whole number in a string');
  if (typeof r.recovers !== 'boolean') reject('result.recovers must be true or false');
  const minimum: Cost = p.bias === 'head-profile' ? parseProfile(r.minimum, p.d) : (r.minimum as number);
  const cost = makeCost(p);
  const count = countMinimisers(p, cost, minimum);
  if (count === 0n) reject(`no bijection attains the stated minimum ${costText(minimum)}`);
  if (count !== BigInt(r.minimizers)) reject(`the minimisers number ${count}, not ${r.minimizers}`);
  let inside = 0n;
  for (const v of groupElements(p.d, p.group)) if (compareCost(score(p, cost, v), minimum) === 0) inside++;
  const recovers = inside === count;
  if (recovers !== r.recovers) reject(`recovers is ${recovers} (${inside} of ${count} minimisers in the group), not ${r.recovers}`);
  if (recovers && r.witness !== null) reject('result.witness must be null when every minimiser lies in the group');
  if (!recovers) {
    const w = parseMap(r.witness, p.d, 'result.witness');
    if (inGroup(p.d, p.group, w)) reject('result.witness lies in the group');
    const s = score(p, cost, w);
    if (compareCost(s, minimum) !== 0) reject(`result.witness scores ${costText(s)}, not the minimum ${costText(minimum)}`);
  }
  const shown = typeof minimum === 'number' ? `${minimum} (every smaller total infeasible)` : `profile ${(r.minimum as string[]).join(', ')} (every smaller profile infeasible)`;
  return `recovery at d = ${p.d}, ${p.tasks.length} task(s), ${p.bias}: minimum ${shown}, ${count} minimisers, ${recovers ? 'recovers' : 'does not recover'} up to ${p.group} (${inside} minimisers in the group)`;
}
