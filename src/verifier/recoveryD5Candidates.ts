/**
 * Candidate heads at d = 5 for the recovery certificates (docs/certificates.md, "Recovery
 * certificates at d = 5"): per weight w (the number of -1 values), every Boolean function on C_5
 * of weight w whose cost (Fourier degree, or GF(2) degree) is at most 3, and the least cost of a
 * weight-w function (4 standing for "at least 4" when none has cost <= 3).
 *
 * The route, plain and complete: every function of Fourier degree <= k has GF(2) degree <= k
 * (docs/math.md, "GF(2) degree is at most Fourier degree"), so the 2^26 polynomials of GF(2)
 * degree <= 3 in x1..x5 (26 monomials of degree <= 3) contain every candidate of either measure.
 * They are visited in Gray-code order (one XOR of a monomial's truth table per step), and each
 * code's cost is computed from the definition: the Fourier degree from the 32 Walsh sums
 * 32 - 2 |g xor chi_S| (chi_S's code: bit x set where popcount(x & S) is odd), the GF(2) degree
 * from the Moebius transform of the code. Codes are 32-bit: bit x set where g(x) = -1, always
 * read through >>> 0. Shares nothing with src/recovery.
 */

export type D5Measure = 'fourier' | 'gf2';

/** The number of set bits of a 32-bit word (the usual SWAR sum of bit pairs, nibbles, bytes). */
export function ones32(v: number): number {
  let m = v >>> 0;
  m = m - ((m >>> 1) & 0x55555555);
  m = (m & 0x33333333) + ((m >>> 2) & 0x33333333);
  m = (m + (m >>> 4)) & 0x0f0f0f0f;
  return Math.imul(m, 0x01010101) >>> 24;
}

/** The code of chi_S on C_5: bit x set where chi_S(x) = -1. */
export function characterCode(s: number): number {
  let c = 0;
  for (let x = 0; x < 32; x++) if (ones32(x & s) & 1) c |= 1 << x;
  return c >>> 0;
}

const CHI = Array.from({ length: 32 }, (_, s) => characterCode(s));
/** Sets S by decreasing size, so the first nonzero Walsh sum gives the degree. */
const BY_SIZE = Array.from({ length: 32 }, (_, s) => s).sort((a, b) => ones32(b) - ones32(a) || a - b);

/** Fourier degree of the code's function on C_5 (0 for constants): the largest |S| with sum_x g(x) chi_S(x) != 0. */
export function fourierDegree5(code: number): number {
  for (const s of BY_SIZE) if (s !== 0 && ones32((code ^ CHI[s]!) >>> 0) !== 16) return ones32(s);
  return 0;
}

/** GF(2) degree of F = (1 - g)/2 on C_5 (0 for constants): Moebius transform of the 32 bits, plainly. */
export function gf2Degree5(code: number): number {
  const a = Array.from({ length: 32 }, (_, x) => ((code >>> 0) >>> x) & 1);
  for (let bit = 1; bit < 32; bit <<= 1) for (let x = 0; x < 32; x++) if (x & bit) a[x]! ^= a[x ^ bit]!;
  let best = 0;
  a.forEach((v, s) => (best = v ? Math.max(best, ones32(s)) : best));
  return best;
}

export const costOf5 = (m: D5Measure, code: number): number => (m === 'fourier' ? fourierDegree5(code) : gf2Degree5(code));

/** The truth table of the monomial prod_{i in S} x_i over GF(2): bit x set where x contains S. */
function monomialCode(s: number): number {
  let c = 0;
  for (let x = 0; x < 32; x++) if ((x & s) === s) c |= 1 << x;
  return c >>> 0;
}

export interface D5Candidates {
  /** The degree k of the polynomials visited: every function of cost <= k is listed, the others cost > k. */
  readonly upTo: number;
  /** floor[w]: the least cost of a weight-w function when it is <= k, else k + 1 (a lower bound). */
  readonly floor: readonly number[];
  /** For each weight asked, every code of that weight and cost <= k, with its cost. */
  readonly lists: ReadonlyMap<number, { readonly codes: Uint32Array; readonly costs: Uint8Array }>;
}

const cache = new Map<string, D5Candidates>();

/**
 * Visits every polynomial of GF(2) degree <= k (k = 2: 2^16 of them; k = 3: 2^26) and keeps those
 * of the weights asked, with cost <= k (their Fourier degree is computed from the code's Walsh
 * sums; their GF(2) degree is that of the highest monomial present, the normal form being unique).
 * Every function of cost <= k is among them; the floors of the other weights are not computed.
 */
export function d5Candidates(measure: D5Measure, k: 2 | 3, weights: readonly number[]): D5Candidates {
  const asked = [...new Set(weights)].sort((x, y) => x - y);
  const key = `${measure}:${k}:${asked.join(',')}`;
  const hit = cache.get(key);
  if (hit) return hit;
  // Monomials by increasing degree, so the highest one present is at the top set bit of the Gray index.
  const sets = Array.from({ length: 32 }, (_, s) => s).filter((s) => ones32(s) <= k).sort((a, b) => ones32(a) - ones32(b) || a - b);
  const monomials = Uint32Array.from(sets, monomialCode);
  const want = new Int8Array(33);
  for (const w of asked) want[w] = 1;
  const floor = Array.from({ length: 33 }, () => k + 1);
  const keep: number[][] = Array.from({ length: 33 }, () => []);
  // chi_S for the S with |S| > k; the Walsh sum at S vanishes exactly when g xor chi_S has 16 ones.
  const high = BY_SIZE.filter((s) => ones32(s) > k).map((s) => CHI[s]!);
  const [t0, t1, t2, t3, t4, t5] = high as [number, number, number, number, number, number];
  const fourierAbove = (c: number): boolean =>
    k === 3 ? ones32(c ^ t0) !== 16 || ones32(c ^ t1) !== 16 || ones32(c ^ t2) !== 16 || ones32(c ^ t3) !== 16 || ones32(c ^ t4) !== 16 || ones32(c ^ t5) !== 16 : high.some((chi) => ones32(c ^ chi) !== 16);
  let code = 0;
  const total = 2 ** monomials.length;
  for (let i = 0; i < total; i++) {
    if (i > 0) code = (code ^ monomials[31 - Math.clz32(i & -i)]!) >>> 0;
    const w = ones32(code);
    if (want[w] === 0) continue;
    let c: number;
    if (measure === 'gf2') {
      const gray = (i ^ (i >>> 1)) >>> 0;
      c = gray === 0 ? 0 : ones32(sets[31 - Math.clz32(gray)]!);
    } else {
      if (fourierAbove(code)) continue; // Fourier degree > k
      c = fourierDegree5(code);
    }
    if (c < floor[w]!) floor[w] = c;
    keep[w]!.push(code);
  }
  const lists = new Map<number, { codes: Uint32Array; costs: Uint8Array }>();
  for (const w of asked) lists.set(w, { codes: Uint32Array.from(keep[w]!), costs: Uint8Array.from(keep[w]!, (c) => costOf5(measure, c)) });
  const out: D5Candidates = { upTo: k, floor, lists };
  if (cache.size >= 8) cache.clear();
  cache.set(key, out);
  return out;
}
