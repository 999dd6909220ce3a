/**
 * Candidate heads for the tuple search, per (d, measure) and weight w (the number of -1 values,
 * which a head shares with its task: g = h o W moves h's values): the codes of Boolean functions
 * of that weight, sorted by cost, and the level up to which the list is complete.
 * - d <= 4: every function (2^(2^d) <= 65536), complete.
 * - d = 5, Fourier measures: every function of Fourier degree <= 3 (807,980 of them), found by
 *   splitting on x5: f = (f0, f1) has degree <= 3 exactly when both halves have degree <= 3 and
 *   the same level-3 Walsh coefficients (the x5-part (f0 - f1)/2 must have degree <= 2, the rest
 *   (f0 + f1)/2 degree <= 3). Complete for costs of degree <= 3.
 * - d = 5, GF(2): every function of GF(2) degree <= 2 (the Reed-Muller code RM(2,5), 2^16 words).
 */
import { fwhtInt32InPlace } from '../../core/fwht.js';
import { booleanTables } from '../booleanTables.js';
import { type Cost, type Measure, compareProfileVectors, costOfCode } from './costs.js';
import { cubicsOfWeight } from './gf2Cubics.js';

/**
 * d = 5, GF(2): list every function of GF(2) degree <= 3 (RM(3,5), gf2Cubics.ts, built per weight
 * on first use, about 10 s and 90 MB for weight 16) instead of RM(2,5). Off by default (the
 * certificates and the other d = 5 head-gf2 runs keep RM(2,5)); on for the bench row of issue 13.
 */
export const GF2_CUBICS = { on: false };

export interface CandidateList {
  readonly codes: Uint32Array;
  readonly costs: readonly Cost[];
}

export interface CandidateStore {
  readonly d: number;
  readonly measure: Measure;
  /** Functions missing from the lists all have (Fourier or GF(2)) degree above this (Infinity: none missing). */
  readonly completeUpTo: number;
  byWeight(w: number): CandidateList;
}

const stores = new Map<string, CandidateStore>();

export const MAX_EXACT_D = 5;

export function candidateStore(d: number, measure: Measure): CandidateStore {
  if (!Number.isInteger(d) || d < 1 || d > MAX_EXACT_D) throw new RangeError(`candidate heads are listed for 1 <= d <= ${MAX_EXACT_D}`);
  if (d === 5 && measure === 'gf2' && GF2_CUBICS.on) return cubicStore();
  const key = `${d}:${measure}`;
  const hit = stores.get(key);
  if (hit) return hit;
  const codes = d <= 4 ? allCodes(d) : measure === 'gf2' ? reedMuller2of5() : fourierDegree3of5();
  const completeUpTo = d <= 4 ? Infinity : measure === 'gf2' ? 2 : 3;
  const groups = new Map<number, number[]>();
  for (const c of codes) {
    const w = popcount32(c);
    let g = groups.get(w);
    if (!g) groups.set(w, (g = []));
    g.push(c);
  }
  const lists = new Map<number, CandidateList>();
  const empty: CandidateList = { codes: new Uint32Array(0), costs: [] };
  const store: CandidateStore = {
    d,
    measure,
    completeUpTo,
    byWeight(w) {
      let l = lists.get(w);
      if (l) return l;
      const raw = groups.get(w);
      if (!raw) return empty;
      const entries = raw.map((c) => ({ c, cost: costOfCode(d, measure, c) }));
      entries.sort((a, b) => compareCosts(a.cost, b.cost) || a.c - b.c);
      l = { codes: Uint32Array.from(entries, (e) => e.c), costs: entries.map((e) => e.cost) };
      lists.set(w, l);
      return l;
    },
  };
  stores.set(key, store);
  return store;
}

let cubics: CandidateStore | null = null;
function cubicStore(): CandidateStore {
  if (cubics !== null) return cubics;
  const lists = new Map<number, CandidateList>();
  cubics = {
    d: 5,
    measure: 'gf2',
    completeUpTo: 3,
    byWeight(w) {
      let l = lists.get(w);
      if (l) return l;
      const c = cubicsOfWeight(w);
      // The degrees as a byte array: read by index only, like a Cost[] of numbers.
      l = { codes: c.codes, costs: c.degrees as unknown as readonly Cost[] };
      lists.set(w, l);
      return l;
    },
  };
  return cubics;
}

export function compareCosts(a: Cost, b: Cost): number {
  return typeof a === 'number' ? a - (b as number) : compareProfileVectors(a, b as readonly number[]);
}

export function popcount32(v: number): number {
  v = v - ((v >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function allCodes(d: number): number[] {
  return Array.from({ length: 2 ** (2 ** d) }, (_, c) => c);
}

function fourierDegree3of5(): number[] {
  const t = booleanTables(4);
  const groups = new Map<string, number[]>();
  const a = new Int32Array(16);
  for (let c = 0; c < 65536; c++) {
    if (t.degree[c]! > 3) continue;
    for (let x = 0; x < 16; x++) a[x] = (c >>> x) & 1 ? -1 : 1;
    fwhtInt32InPlace(a);
    const key = `${a[7]},${a[11]},${a[13]},${a[14]}`; // the four sets of size 3 in [4]
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(c);
  }
  const out: number[] = [];
  for (const g of groups.values()) for (const f0 of g) for (const f1 of g) out.push((f0 | (f1 << 16)) >>> 0);
  return out;
}

function reedMuller2of5(): number[] {
  const monomials: number[] = [];
  for (let S = 0; S < 32; S++) if (popcount32(S) <= 2) monomials.push(S);
  // The truth-table bits of each monomial prod_{i in S} b_i: set where x contains S.
  const rows = monomials.map((S) => {
    let code = 0;
    for (let x = 0; x < 32; x++) if ((x & S) === S) code |= 1 << x;
    return code >>> 0;
  });
  const out: number[] = [];
  for (let m = 0; m < 2 ** rows.length; m++) {
    let code = 0;
    for (let i = 0; i < rows.length; i++) if ((m >>> i) & 1) code ^= rows[i]!;
    out.push(code >>> 0);
  }
  return out;
}
