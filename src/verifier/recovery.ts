/**
 * The recovery summary (docs/math.md section 5) by plain brute force: every bijection V of C_d
 * (d <= 3, at most 8! = 40320), each head g_t built from its data g_t(V(z)) = h_t(z) for z in
 * the support U and costed from the definitions, the objective of the bias, then the least value,
 * the V attaining it, and whether they all lie in the group. A head's cost is remembered per data
 * table only to save repeating the same computation. With full support, Boolean tasks and a
 * head-only bias, one V per orbit of the signed permutations is enough, by the checks that
 * recoveryCosets.ts runs itself (the group, the representatives, the invariance of the head cost
 * on every table); without them every V is enumerated.
 */
import type { CubeMap, Fn } from '../claim/values.js';
import type { RecoveryQuery, RecoverySummary } from '../claim/worldModel.js';
import { MAX_INTERPOLATION_N, interpolate } from './interpolate.js';
import type { BasicKernel } from './kernel.js';
import { type Q, add, compare, rat, text } from './rational.js';
import { bitCount, topLevel, walshOf } from './walsh.js';
import { type Cosets, cosetsOf, costIsInvariant } from './recoveryCosets.js';

/** A number bias's value, or the summed profile (W^0..W^d). */
type Cost = number | readonly Q[];

function permutations(items: readonly number[]): number[][] {
  if (items.length === 0) return [[]];
  return items.flatMap((first) => permutations(items.filter((y) => y !== first)).map((rest) => [first, ...rest]));
}

const bijectionLists = new Map<number, readonly CubeMap[]>();

/** Every bijection of C_d (each ordering of the 2^d points as an image table), made once per d. */
function bijections(d: number): readonly CubeMap[] {
  if (!bijectionLists.has(d)) {
    bijectionLists.set(d, permutations([...Array(2 ** d).keys()]).map((p) => ({ n: d, m: d, image: Uint32Array.from(p) })));
  }
  return bijectionLists.get(d)!;
}

/** (W^0..W^n) of the table numerators / den: W^k = sum_{|S| = k} c_S^2 / (4^n den^2). */
function profile(n: number, numerators: readonly bigint[], den: bigint): Q[] {
  const c = walshOf(numerators);
  return [...Array(n + 1).keys()].map((k) => rat(c.reduce((acc, v, s) => (bitCount(s) === k ? acc + v * v : acc), 0n), 4n ** BigInt(n) * den * den));
}

/** The cost of one head from its data: table[x] = the value at a seen x, null where unseen. */
function headCost(K: BasicKernel, d: number, bias: RecoveryQuery['bias'], table: readonly (number | null)[]): Cost {
  const on = table.flatMap((v, x) => (v === null ? [] : [x]));
  if (bias === 'head-gf2') {
    // The least GF(2) degree over every Boolean extension of the data (0 for g = +1).
    const unseen = table.flatMap((v, x) => (v === null ? [x] : []));
    let best = Infinity;
    for (let bits = 0; bits < 2 ** unseen.length; bits++) {
      const g = Int32Array.from(table, (v) => v ?? 1);
      unseen.forEach((x, i) => (g[x] = (bits >>> i) & 1 ? -1 : 1));
      best = Math.min(best, K.gf2Degree({ n: d, values: g }) ?? 0);
    }
    return best;
  }
  // The Fourier measures are those of the min-degree interpolator (the table itself when all is seen).
  const g = interpolate({ n: d, values: Int32Array.from(table, (v) => v ?? 0) }, { n: d, points: Uint32Array.from(on) });
  if (bias === 'head-profile') return profile(d, g.numerators, g.denominator);
  return topLevel(walshOf(g.numerators)) ?? 0;
}

function combine(bias: RecoveryQuery['bias'], costs: readonly Cost[]): Cost {
  if (bias === 'head-profile') return (costs as Q[][]).reduce((acc, w) => acc.map((v, k) => add(v, w[k]!)));
  return bias === 'head-max' ? Math.max(...(costs as number[])) : (costs as number[]).reduce((a, b) => a + b, 0);
}

/** Negative when a is simpler: numbers by size, profiles from the top level down. */
function compareCosts(a: Cost, b: Cost): number {
  if (typeof a === 'number' || typeof b === 'number') return (a as number) - (b as number);
  for (let k = a.length - 1; k >= 0; k--) if (compare(a[k]!, b[k]!) !== 0) return compare(a[k]!, b[k]!);
  return 0;
}

/** symmetry false: never the shortcut (every V enumerated), for the tests that compare both. */
export function recoverySummary(q: RecoveryQuery, K: BasicKernel, symmetry = true): RecoverySummary {
  if (!['head-degree', 'head-gf2', 'head-max', 'head+rep', 'head-profile', 'hier-max', 'hier-sum'].includes(q.bias)) throw new RangeError(`unknown bias ${String(q.bias)}`);
  if (!['signed-permutation', 'gf2-affine'].includes(q.group)) throw new RangeError(`unknown group ${String(q.group)}`);
  const d = q.tasks[0]?.n ?? 0;
  const size = 2 ** d;
  if (!(Number.isInteger(d) && d >= 1 && d <= 3)) throw new RangeError(`recoverySummary is computed for tasks on C_d with 1 <= d <= 3, got d = ${d}`);
  if (q.tasks.some((h) => h.n !== d || h.values.length !== size)) throw new RangeError('the tasks must all be functions on the same C_d');
  if (q.bias === 'head-gf2' && !q.tasks.every(K.isBoolean)) throw new RangeError('head-gf2 needs Boolean (+-1 valued) tasks');
  const psi: CubeMap = q.psi ?? { n: d, m: d, image: Uint32Array.from(Array(size).keys()) };
  const injective = psi.m > d && psi.m <= MAX_INTERPOLATION_N && new Set(psi.image).size === size && psi.image.every((x) => x < 2 ** psi.m);
  if (psi.n !== d || !(K.isBijection(psi) || injective)) throw new RangeError(`psi must be a bijection of C_${d} or injective into C_m, ${d} < m <= ${MAX_INTERPOLATION_N}`);
  const support = q.support === undefined ? [...Array(size).keys()] : Array.from(q.support.points);
  if ((q.support !== undefined && q.support.n !== d) || support.length === 0 || support.some((z, k) => !(z < size) || (k > 0 && z <= support[k - 1]!))) {
    throw new RangeError(`the support must be a non-empty set of increasing points of C_${d}`);
  }
  const psiInverse = psi.m === d ? K.inverse(psi) : null;
  const seen = new Map<number | string, Cost>();
  const head = (h: Fn, v: CubeMap): Cost => {
    const table = new Array<number | null>(size).fill(null);
    for (const z of support) table[v.image[z]!] = h.values[z]!;
    // The table as a map key: +-1 data pack into a number (bit x: x is seen; bit 8 + x: its value is -1).
    const packed = table.every((y) => y === null || y === 1 || y === -1);
    const key = packed ? table.reduce<number>((k, y, x) => (y === null ? k : k | (1 << x) | (y === -1 ? 1 << (8 + x) : 0)), 0) : table.join(',');
    if (!seen.has(key)) seen.set(key, headCost(K, d, q.bias, table));
    return seen.get(key)!;
  };
  // head+rep and hier-sum add sum_j deg(Phi_j), hier-max max_j deg(Phi_j), Phi = V o psi^-1 as a
  // function of the observation x; with m > d Phi_j is known on psi's image only and costs the
  // degree of its min-degree interpolator on C_m.
  const repMemo = new Map<string, number>();
  const coordinateDegree = (v: CubeMap, j: number): number => {
    if (psiInverse !== null) return K.degree(K.coordinate(K.composeMaps(v, psiInverse), j + 1))!;
    const key = Array.from(v.image, (y) => (y >>> j) & 1).join('');
    if (!repMemo.has(key)) {
      const values = new Int32Array(2 ** psi.m).fill(0);
      psi.image.forEach((x, z) => (values[x] = (v.image[z]! >>> j) & 1 ? -1 : 1));
      const g = interpolate({ n: psi.m, values }, { n: psi.m, points: Uint32Array.from([...psi.image].sort((a, b) => a - b)) });
      repMemo.set(key, topLevel(walshOf(g.numerators)) ?? 0);
    }
    return repMemo.get(key)!;
  };
  const rep = (v: CubeMap): number => {
    if (q.bias !== 'head+rep' && q.bias !== 'hier-sum' && q.bias !== 'hier-max') return 0;
    const ks = [...Array(d).keys()].map((j) => coordinateDegree(v, j));
    return q.bias === 'hier-max' ? Math.max(...ks) : ks.reduce((a, b) => a + b, 0);
  };
  // The symmetry shortcut of recoveryCosets.ts where its checks pass: one V per orbit of H.
  const shortcut = symmetry ? fullSupportShortcut(K, d, q, support.length === size) : null;
  let least: Cost | null = null;
  let minimisers: CubeMap[] = [];
  for (const v of shortcut?.reps ?? bijections(d)) {
    const heads = combine(q.bias, q.tasks.map((h) => head(h, v)));
    const c = typeof heads === 'number' ? heads + rep(v) : heads;
    const order = least === null ? -1 : compareCosts(c, least);
    if (order < 0) [least, minimisers] = [c, []];
    if (order <= 0) minimisers.push(v);
  }
  const inGroup = (v: CubeMap): boolean => (q.group === 'signed-permutation' ? K.isSignedPermutation(v) : K.isGf2Affine(v));
  const outside = minimisers.some((v) => !inGroup(v));
  const minimum = typeof least === 'number' ? String(least) : least!.map(text).join(',');
  return { minimum, minimizers: minimisers.length * (shortcut?.order ?? 1), recovers: !outside, outside };
}

/**
 * The coset representatives when the shortcut applies (full support, Boolean tasks, a head-only
 * bias, psi of C_d onto C_d) and its checks pass (recoveryCosets.ts: the group, the representatives, and the head
 * cost's invariance on every Boolean table); null otherwise.
 */
function fullSupportShortcut(K: BasicKernel, d: number, q: RecoveryQuery, full: boolean): { reps: readonly CubeMap[]; order: number } | null {
  // A representation cost (head+rep, hier-sum, hier-max) is not a head cost: never the shortcut.
  if (!full || q.bias === 'head+rep' || q.bias === 'hier-sum' || q.bias === 'hier-max' || !q.tasks.every(K.isBoolean)) return null;
  const key = `${d}:${q.bias}`;
  if (!invariantCosts.has(key)) {
    const costs: Cost[] = [];
    for (let code = 0; code < 2 ** 2 ** d; code++) costs.push(headCost(K, d, q.bias, Array.from({ length: 2 ** d }, (_, x) => ((code >>> x) & 1 ? -1 : 1))));
    invariantCosts.set(key, costIsInvariant(d, (c) => costs[c], (a, b) => compareCosts(a as Cost, b as Cost) === 0));
  }
  if (!invariantCosts.get(key)) return null;
  const cosets = cosetsOf(d, q.group, K);
  if (cosets === null) return null;
  if (!repMaps.has(cosets)) repMaps.set(cosets, cosets.reps.map((image) => ({ n: d, m: d, image })));
  return { reps: repMaps.get(cosets)!, order: cosets.order };
}

/** Per d and bias: whether check 2 of recoveryCosets.ts passed. */
const invariantCosts = new Map<string, boolean>();
const repMaps = new Map<Cosets, readonly CubeMap[]>();
