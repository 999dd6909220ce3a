/**
 * Phi's coordinates at d = 5 with m > 5 observed bits (docs/math.md, "Certified coordinates at
 * d = 5 with m > d"), for the verifier's re-check (recoveryD5Observed.ts). psi: C_5 -> C_M is
 * injective; a coordinate Phi_j is a function on C_M, free off P = psi(C_5), whose values on P are
 * a balanced +-1 vector f (f(z) = Phi_j(psi(z)), as a latent code: bit z set where f(z) = -1).
 * Its cost is the least L such that some real function of degree <= L on C_M restricts to f on P.
 *
 * - Space: V_L = the span of the restrictions to P of the characters chi_S of C_M, |S| <= L (a
 *   vector in R^32 indexed by z). f has an extension of degree <= L iff f is in V_L.
 * - Exact linear algebra: the reduced row echelon form (bigint rationals) of the matrix whose rows
 *   are those restricted characters gives r = dim V_L, the pivot columns I (an information set:
 *   V_L -> R^I is bijective) and rows R_i with f = sum_i f(I_i) R_i for every f in V_L. Scaled by
 *   the common denominator D of R, f is in V_L iff for every non-pivot column c,
 *   D f(c) = sum_i f(I_i) (D R_i)(c), integers.
 * - Level: the list goes to upTo = 3 when dim V_3 <= 26 (as at m = 5, 407,690 codes), else to
 *   the largest L with dim V_L <= 26 (2 for one extra bit such as x1 x2, where dim V_3 = 29),
 *   at least 1 (dim V_1 <= M + 1).
 * - The list: the +-1 vectors of V_upTo are the 2^r sign patterns s on I whose sums at every
 *   non-pivot column c are +-D (then f(c) is that sign, and f is in V_3 exactly). They are found
 *   by meeting in the middle (r > 16: the first r - 16 pivots against the last 16, the 2^(32-r)
 *   sign choices at the non-pivot columns as lookups: 2^16 of each) or directly (r <= 16); each
 *   is kept when balanced (16 values -1) and costed as the least L <= upTo with f in V_L.
 * - Any balanced code not listed costs upTo + 1..M (not <= upTo by the iff; V_M is all of R^32 as the
 *   points are distinct), computed exactly on demand by membership.
 * - Complement: -f is in V_L iff f is: the list is checked to be closed under complement with
 *   equal costs.
 */
import { reject } from './reject.js';
import { type Q, div, mul, rat, sub } from './rational.js';

/** The list holds at most this many codes (a crafted psi cannot exhaust the verifier). */
export const D5_OBSERVED_MAX_LISTED = 4_000_000;

/** The list goes to the largest level whose space has at most this dimension (header). */
export const LISTED_DIMENSION = 26;

function popcount(v: number): number {
  let c = 0;
  for (let m = v >>> 0; m !== 0; m = (m & (m - 1)) >>> 0) c++;
  return c;
}

/** V_L as pivots and integer rows (header): f in V_L iff D f(c) = sum_i f(pivots[i]) rows[i][c] at each non-pivot c. */
export interface CharacterSpace {
  readonly level: number;
  readonly pivots: readonly number[];
  readonly others: readonly number[];
  /** rows[i][c] = D R_i(c), safe integers. */
  readonly rows: readonly (readonly number[])[];
  readonly denominator: number;
}

/** V_L for the points psi (image table, 32 points of C_M). */
export function characterSpace(psi: readonly number[], M: number, level: number): CharacterSpace {
  let chars: Q[][] = [];
  for (let s = 0; s < 1 << M; s++) if (popcount(s) <= level) chars.push(psi.map((x) => rat(popcount(x & s) & 1 ? -1n : 1n)));
  const pivots: number[] = [];
  let row = 0;
  for (let c = 0; c < 32 && row < chars.length; c++) {
    const p = chars.findIndex((r, i) => i >= row && r[c]!.p !== 0n);
    if (p < 0) continue;
    [chars[row], chars[p]] = [chars[p]!, chars[row]!];
    const lead = chars[row]![c]!;
    const pr = chars[row]!.map((v) => div(v, lead));
    chars[row] = pr;
    chars = chars.map((r, i) => (i === row || r[c]!.p === 0n ? r : r.map((v, k) => sub(v, mul(r[c]!, pr[k]!)))));
    pivots.push(c);
    row++;
  }
  const R = chars.slice(0, row);
  const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));
  let D = 1n;
  for (const r of R) for (const v of r) D = (D / gcd(D, v.q)) * v.q;
  const others = Array.from({ length: 32 }, (_, c) => c).filter((c) => !pivots.includes(c));
  const rows = R.map((r) => r.map((v) => (v.p * D) / v.q));
  const bound = rows.reduce((acc, r) => acc + r.reduce((a, v) => a + (v < 0n ? -v : v), 0n), D);
  if (bound > BigInt(Number.MAX_SAFE_INTEGER)) reject(`out of the verifier's reach at d = 5: psi's character matrix at degree ${level} has entries too large`);
  return { level, pivots, others, rows: rows.map((r) => r.map(Number)), denominator: Number(D) };
}

/** Whether the +-1 vector of latent code b lies in the space (header). */
export function inSpace(sp: CharacterSpace, b: number): boolean {
  const sign = (z: number): number => ((b >>> z) & 1 ? -1 : 1);
  return sp.others.every((c) => sp.pivots.reduce((acc, p, i) => acc + sign(p) * sp.rows[i]![c]!, 0) === sp.denominator * sign(c));
}

/** Every +-1 vector of the space with 16 values -1, as latent codes (header: meet in the middle). */
export function balancedInSpace(sp: CharacterSpace): number[] {
  const r = sp.pivots.length;
  const q = sp.others.length;
  const h = Math.max(0, r - 16);
  const D = sp.denominator;
  const sums = (from: number, to: number, mask: number): number[] =>
    sp.others.map((c) => {
      let acc = 0;
      for (let i = from; i < to; i++) acc += ((mask >>> (i - from)) & 1 ? -1 : 1) * sp.rows[i]![c]!;
      return acc;
    });
  const table = new Map<string, number[]>();
  for (let m2 = 0; m2 < 2 ** (r - h); m2++) {
    const key = sums(h, r, m2).join(',');
    let l = table.get(key);
    if (l === undefined) table.set(key, (l = []));
    l.push(m2);
  }
  const out: number[] = [];
  // r <= 16: every pattern directly (its sums must be +-D); else the 2^q sign choices as lookups.
  const direct = (): Array<[number, number[]]> =>
    [...table.entries()].flatMap(([key, l]) => {
      const v = key === '' ? [] : key.split(',').map(Number);
      if (!v.every((x) => x === D || x === -D)) return [];
      return [[v.reduce((t, x, k) => (x === -D ? t | (1 << k) : t), 0), l] as [number, number[]]];
    });
  for (let m1 = 0; m1 < 2 ** h; m1++) {
    const a = sums(0, h, m1);
    const choices: Iterable<[number, number[] | undefined]> =
      h === 0 ? direct() : Array.from({ length: 2 ** q }, (_, t) => [t, table.get(a.map((v, k) => ((t >>> k) & 1 ? -D : D) - v).join(','))] as [number, number[] | undefined]);
    for (const [t, hits] of choices) {
      if (hits === undefined) continue;
      for (const m2 of hits) {
        let b = 0;
        sp.pivots.forEach((p, i) => {
          if (i < h ? (m1 >>> i) & 1 : (m2 >>> (i - h)) & 1) b |= 1 << p;
        });
        sp.others.forEach((c, k) => {
          if ((t >>> k) & 1) b |= 1 << c;
        });
        if (popcount(b) !== 16) continue;
        out.push(b >>> 0);
        if (out.length > D5_OBSERVED_MAX_LISTED) reject(`out of the verifier's reach at d = 5: more than ${D5_OBSERVED_MAX_LISTED} coordinates of degree <= ${sp.level} on psi's image`);
      }
    }
  }
  return out;
}

export interface ObservedCoordinates {
  /** Every balanced code of cost <= upTo is listed; any other costs more. */
  readonly upTo: number;
  /** Listed latent codes (cost <= upTo), by increasing cost. */
  readonly codes: Uint32Array;
  readonly costs: Uint8Array;
  /** The least cost of any coordinate (upTo + 1 when none is listed). */
  readonly least: number;
  /** The exact cost (least extension degree) of any balanced latent code. */
  costOf(b: number): number;
}

let last: { key: string; value: ObservedCoordinates } | null = null;

/** The coordinates on psi(C_5) in C_M (header); checks the complement closure. The last one is kept. */
export function observedCoordinates5(psi: readonly number[], M: number): ObservedCoordinates {
  const key = `${M}|${psi.join(',')}`;
  if (last?.key === key) return last.value;
  const spaces = new Map<number, CharacterSpace>();
  const space = (L: number): CharacterSpace => {
    let s = spaces.get(L);
    if (s === undefined) spaces.set(L, (s = characterSpace(psi, M, L)));
    return s;
  };
  const upTo = [3, 2].find((L) => space(L).pivots.length <= LISTED_DIMENSION) ?? 1;
  const byCost: number[][] = [[], [], [], []];
  const listed = new Map<number, number>();
  for (const b of balancedInSpace(space(upTo))) {
    const k = [1, 2, 3].find((L) => inSpace(space(L), b))!;
    byCost[k]!.push(b);
    listed.set(b, k);
  }
  for (const [b, c] of listed) if (listed.get(~b >>> 0) !== c) throw new Error('internal: the observed coordinate list is not closed under complement');
  const costOf = (b: number): number => {
    const c = listed.get(b >>> 0);
    if (c !== undefined) return c;
    for (let L = upTo + 1; L <= M; L++) if (inSpace(space(L), b)) return L;
    throw new Error('internal: a code on psi(C_5) has no extension of degree <= M');
  };
  const costs = byCost.flatMap((l, k) => l.map(() => k));
  const value = { codes: Uint32Array.from(byCost.flat()), costs: Uint8Array.from(costs), least: costs.length > 0 ? costs[0]! : upTo + 1, upTo, costOf };
  last = { key, value };
  return value;
}
