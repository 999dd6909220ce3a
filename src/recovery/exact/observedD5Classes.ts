/**
 * Coordinate levels by exact cost class (docs/math.md, "A dear first head, and passes by cost
 * class"): the split by dear coordinates (observedD5Split.ts) refined. A class vector gives each
 * position j a value v_j in 1..L (coordinate j costs exactly v_j: the list's codes of that cost,
 * complete) or L + 1 (dear: cost > L, generated past the list). Levels run cheapest class first
 * (bit order within a class), so the positions of cost 1 (12 codes with x6 = x1 x2) narrow the
 * classes before the longer cost-2 list is scanned, and the floors are the exact costs. The
 * vectors are keyed as numbers: key = sum_j v_j B^j (+ B^d when the first head is dear,
 * observedD5Passes.ts), B = L + 2.
 */
import type { Cost } from './costs.js';
import type { CandidateList } from './candidates.js';
import { type CoordinateCandidates, coordinatesUpTo } from './observedCoordinates.js';
import type { TupleTask } from './tupleSpec.js';
import { cheapCost, dearCostOf } from './observedD5Split.js';
import { fourierDegreeOfCode } from './costs.js';
import type { CoordinateClass } from './observedD5Profile.js';

/** See classLevels' `within`. */
const SCAN_SHARE = 8;

const EMPTY: CandidateList = { codes: new Uint32Array(0), costs: [] };

export const classBase = (c: CoordinateCandidates): number => c.completeUpTo + 2;

/** The class values v_0..v_{d-1} of a key. */
export function classVector(c: CoordinateCandidates, key: number): number[] {
  const B = classBase(c);
  return Array.from({ length: c.d }, (_, j) => Math.floor(key / B ** j) % B);
}

/** Every class vector whose floors (v_j each) sum to at most `budget`, as keys. */
export function classKeys(c: CoordinateCandidates, budget: number): number[] {
  const { d } = c;
  const B = classBase(c);
  const out: number[] = [];
  const rec = (j: number, key: number, sum: number) => {
    if (sum > budget) return;
    if (j === d) return void out.push(key);
    for (let v = 1; v < B; v++) rec(j + 1, key + v * B ** j, sum + v);
  };
  rec(0, 0, 0);
  return out;
}

/** The d coordinate levels of a class vector, cheapest class first, each level's class value and position. */
export function classLevels(c: CoordinateCandidates, key: number): { levels: TupleTask[]; values: number[]; positions: number[] } {
  const { d } = c;
  const L = c.completeUpTo;
  const size = 1 << d;
  const v = classVector(c, key);
  const cheap = cheapCost(c);
  const listed = coordinatesUpTo(c, L);
  const byCost = Array.from({ length: L + 1 }, (_, k) => {
    let a = 0;
    while (a < listed.costs.length && listed.costs[a]! < k) a++;
    let b = a;
    while (b < listed.costs.length && listed.costs[b]! === k) b++;
    return { codes: listed.codes.subarray(a, b), costs: listed.costs.slice(a, b) as number[] };
  });
  const dearCost = dearCostOf(c, cheap, L);
  const level = (j: number): TupleTask => {
    let code = 0;
    for (let r = 0; r < size; r++) if ((r >>> j) & 1) code |= 1 << r;
    const k = v[j]!;
    if (k > L) return { code: code >>> 0, floor: L + 1, ceiling: null, side: 'z', list: () => EMPTY, costOf: dearCost, listedWithin: () => 0, completeUpTo: () => L, compatibleWithin: c.compatibleWithin! };
    const list = byCost[k]!;
    // Reported as an eighth of the list: a scanned code costs a few class counts, a generated one
    // its generation and a cost look-up (measured on the parity: scanning unless the compatible
    // codes are that few). Only the choice between the two exact ways depends on it.
    const within = (w: number, allowed: Cost): number => (w === size / 2 && (allowed as number) >= k ? Math.ceil(list.codes.length / SCAN_SHARE) : 0);
    return { code: code >>> 0, floor: k, ceiling: null, side: 'z', list: (w) => (w === size / 2 ? list : EMPTY), costOf: (g) => (cheap(g) === k ? k : Infinity), complete: true, listedWithin: within };
  };
  const order = Array.from({ length: d }, (_, j) => j).sort((a, b) => v[a]! - v[b]! || a - b);
  return { levels: order.map(level), values: order.map((j) => v[j]!), positions: order };
}

const classCache = new WeakMap<CoordinateCandidates, Map<number, CoordinateClass>>();

/**
 * The latent degrees a coordinate of class value k may have, with its least cost: exact cost k
 * (k <= L) has the degrees of the listed codes of cost k; dear (k = L + 1) degrees from
 * dearFromL to d, costing max(L + 1, leastCost(e)).
 */
export function costClass(c: CoordinateCandidates, k: number, dearFromL: number, least: (e: number) => number): CoordinateClass {
  let byK = classCache.get(c);
  if (byK === undefined) classCache.set(c, (byK = new Map()));
  const hit = byK.get(k);
  if (hit) return hit;
  const L = c.completeUpTo;
  let out: CoordinateClass;
  if (k > L) out = { lo: dearFromL, hi: c.d, cost: (e) => Math.max(L + 1, least(e)) };
  else {
    let lo = c.d + 1;
    let hi = 0;
    const listed = coordinatesUpTo(c, L);
    listed.codes.forEach((code, i) => {
      if (listed.costs[i] !== k) return;
      const e = fourierDegreeOfCode(c.d, code);
      lo = Math.min(lo, e);
      hi = Math.max(hi, e);
    });
    out = { lo, hi, cost: () => k };
  }
  byK.set(k, out);
  return out;
}
