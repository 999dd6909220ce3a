/**
 * Phi's coordinates at d = 5, m = 5 for the d = 5 representation-bias re-check
 * (recoveryD5GeneralRep.ts): the verifier's own list of the coordinates of Fourier degree <= 3,
 * complete by the argument below, and the exact degree of any other one computed on demand.
 *
 * A coordinate Phi_j is a balanced Boolean function f on the observations C_5 (psi a bijection);
 * as a code on the latents, b (bit z set: f(psi(z)) = -1). Its cost is deg(f), at least 1 (f is
 * not constant). The C(32, 16) balanced codes cannot be tabled, so:
 *
 * - The list (every balanced f with deg(f) <= 3). Write g0, g1 for the restrictions of f to
 *   x5 = +1 (bit 4 of x is 0) and x5 = -1, functions on C_4. With Walsh sums c_T(g) =
 *   sum_x g(x) chi_T(x): c_T(f) = c_T(g0) + c_T(g1) and c_{T+{5}}(f) = c_T(g0) - c_T(g1) for T in
 *   {1..4}. So deg(f) <= 3 iff c_1234(g0) = c_1234(g1) = 0 and c_T(g0) = c_T(g1) for the four
 *   |T| = 3: iff g0, g1 both have degree <= 3 and the same level-3 Walsh sums. The list is built
 *   exactly so: all 65,536 functions on C_4, those of degree <= 3 grouped by (level-3 sums,
 *   weight), and every pair (g0, g1) from one group with weights adding up to 16 (balanced). Each
 *   f so built is re-checked by its own Walsh transform on C_5 (its degree, <= 3, is its cost).
 * - Any other balanced code costs 4 or 5 (not <= 3 by the iff; not more than 5). The search uses 4
 *   as its lower bound and, where such a code must be costed, its exact degree by degree5.
 * - Buckets: the listed codes grouped by their part inside U (a mask of latents), each bucket in
 *   increasing cost, with its least cost.
 * - Complement: f and -f have the same degree; the list is checked to be closed under
 *   complement with equal costs (the symmetry of recoveryD5GeneralRep.ts needs it).
 */
import { ones } from './recoveryGeneralGroup.js';

/** The Fourier degree of f on C_5 (bit x of code set: f(x) = -1); 0 for a constant. */
export function degree5(code: number): number {
  const c = new Int32Array(32);
  for (let x = 0; x < 32; x++) c[x] = (code >>> x) & 1 ? -1 : 1;
  for (let bit = 1; bit < 32; bit <<= 1) {
    for (let x = 0; x < 32; x++) {
      if (x & bit) continue;
      const a = c[x]!;
      const b = c[x | bit]!;
      c[x] = a + b;
      c[x | bit] = a - b;
    }
  }
  let top = 0;
  for (let s = 0; s < 32; s++) if (c[s] !== 0) top = Math.max(top, ones(s));
  return top;
}

/** Walsh sums of a function on C_4 (bit x of the 16-bit code set: value -1). */
function walsh4(code: number): Int32Array {
  const c = new Int32Array(16);
  for (let x = 0; x < 16; x++) c[x] = (code >>> x) & 1 ? -1 : 1;
  for (let bit = 1; bit < 16; bit <<= 1) {
    for (let x = 0; x < 16; x++) {
      if (x & bit) continue;
      const a = c[x]!;
      const b = c[x | bit]!;
      c[x] = a + b;
      c[x | bit] = a - b;
    }
  }
  return c;
}

let lowCache: { codes: Uint32Array; costs: Uint8Array } | null = null;

/** Every balanced code on the observations C_5 of Fourier degree <= 3 with its degree (header), sorted by degree. */
export function lowCoordinates5(): { readonly codes: Uint32Array; readonly costs: Uint8Array } {
  if (lowCache !== null) return lowCache;
  const groups = new Map<string, number[]>();
  for (let g = 0; g < 65536; g++) {
    const c = walsh4(g);
    if (c[15] !== 0) continue; // degree 4 on C_4
    const key = `${c[7]},${c[11]},${c[13]},${c[14]}|${ones(g)}`;
    let l = groups.get(key);
    if (l === undefined) groups.set(key, (l = []));
    l.push(g);
  }
  const byCost: number[][] = [[], [], [], []];
  for (const [key, g0s] of groups) {
    const bar = key.indexOf('|');
    const w = Number(key.slice(bar + 1));
    const g1s = groups.get(`${key.slice(0, bar)}|${16 - w}`);
    if (g1s === undefined) continue;
    for (const g0 of g0s) {
      for (const g1 of g1s) {
        const f = (g0 | (g1 << 16)) >>> 0;
        const k = degree5(f);
        if (k > 3 || k < 1) throw new Error(`internal: a listed coordinate has degree ${k}`);
        byCost[k]!.push(f);
      }
    }
  }
  const codes = Uint32Array.from(byCost.flat());
  const costs = Uint8Array.from(byCost.flatMap((l, k) => l.map(() => k)));
  lowCache = { codes, costs };
  return lowCache;
}

export interface D5RepCoordinates {
  /** psi as an image table of C_5. */
  readonly psi: readonly number[];
  /** Listed latent codes (cost <= 3) with their costs. */
  readonly listed: ReadonlyMap<number, number>;
  /** The listed latent codes by their part inside U, each bucket in increasing cost. */
  readonly buckets: ReadonlyMap<number, { readonly codes: Uint32Array; readonly costs: Uint8Array }>;
  /** The least cost of any coordinate (the list's least: every balanced f has degree >= 1). */
  readonly least: number;
  /** Every code not listed costs at least this (4 here: the list holds every code of degree <= 3). */
  readonly beyond: number;
  /** The exact cost of a latent code (listed, else its degree on the observations). */
  costOf(code: number): number;
}

/** The latent code b of an observation code f (bit z of b = bit psi(z) of f), and back. */
export function toLatents(psi: readonly number[], f: number): number {
  let b = 0;
  for (let z = 0; z < 32; z++) if ((f >>> psi[z]!) & 1) b |= 1 << z;
  return b >>> 0;
}

export function toObservations(psi: readonly number[], b: number): number {
  let f = 0;
  for (let z = 0; z < 32; z++) if ((b >>> z) & 1) f |= 1 << psi[z]!;
  return f >>> 0;
}

let last: { key: string; value: D5RepCoordinates } | null = null;

/** The coordinates for psi and the support mask uMask (header); checks the complement closure. The last one is kept. */
export function d5RepCoordinates(psi: readonly number[], uMask: number): D5RepCoordinates {
  const key = `${psi.join(',')}|${uMask}`;
  if (last?.key === key) return last.value;
  const value = buildCoordinates(psi, uMask);
  last = { key, value };
  return value;
}

function buildCoordinates(psi: readonly number[], uMask: number): D5RepCoordinates {
  const low = lowCoordinates5();
  const listed = new Map<number, number>();
  const lists = new Map<number, number[]>();
  low.codes.forEach((f, i) => {
    const b = toLatents(psi, f);
    listed.set(b, low.costs[i]!);
    const key = (b & uMask) >>> 0;
    let l = lists.get(key);
    if (l === undefined) lists.set(key, (l = []));
    l.push(i);
  });
  for (const [b, c] of listed) if (listed.get(~b >>> 0) !== c) throw new Error('internal: the coordinate list is not closed under complement');
  const buckets = new Map<number, { codes: Uint32Array; costs: Uint8Array }>();
  for (const [key, l] of lists) buckets.set(key, { codes: Uint32Array.from(l, (i) => toLatents(psi, low.codes[i]!)), costs: Uint8Array.from(l, (i) => low.costs[i]!) });
  const costOf = (b: number): number => {
    const c = listed.get(b >>> 0);
    if (c !== undefined) return c;
    const k = degree5(toObservations(psi, b));
    if (k <= 3) throw new Error('internal: a coordinate of degree <= 3 is missing from the list');
    return k;
  };
  return { psi, listed, buckets, least: low.costs[0]!, beyond: 4, costOf };
}
