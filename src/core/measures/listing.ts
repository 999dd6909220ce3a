/**
 * Listings of sets in the project's order (compareSets in ../cube.ts: by size, then
 * lexicographically by elements): the non-zero Fourier coefficients and the ANF monomials.
 *
 * No comparison sort: for two sets of equal size, the lexicographically smaller one is the one
 * holding the least element of their symmetric difference, i.e. the one whose n-bit reversal is
 * larger. So walking T = 2^n - 1 down to 0 and filing S = reverse(T) by |S| lists each level in
 * order, in O(2^n).
 */
import { popcount } from '../cube.js';
import type { Rational } from '../rational.js';
import { coefficientAt, isNonZero } from '../spectrum.js';
import { type Analyzable, asSpectrum } from './source.js';

/** The low n bits of v in reverse order (bit j goes to bit n-1-j). */
export function reverseBits(v: number, n: number): number {
  if (n === 0) return 0;
  let r = v >>> 0;
  r = ((r >>> 1) & 0x55555555) | ((r & 0x55555555) << 1);
  r = ((r >>> 2) & 0x33333333) | ((r & 0x33333333) << 2);
  r = ((r >>> 4) & 0x0f0f0f0f) | ((r & 0x0f0f0f0f) << 4);
  r = ((r >>> 8) & 0x00ff00ff) | ((r & 0x00ff00ff) << 8);
  r = (r >>> 16) | (r << 16);
  return r >>> (32 - n);
}

/** The subsets S of [n] with keep(S), in listing order. */
export function setsInListingOrder(n: number, keep: (set: number) => boolean): number[] {
  const size = 2 ** n;
  const kept = new Uint8Array(size);
  for (let S = 0; S < size; S++) if (keep(S)) kept[S] = 1;
  return flaggedInListingOrder(kept, n);
}

/** The S with flags[S] !== 0, in listing order (popcount(S) = popcount(reverse(S)), so T's serves). */
function flaggedInListingOrder(flags: Uint8Array | Int32Array, n: number): number[] {
  const size = flags.length;
  const start = new Float64Array(n + 2);
  for (let S = 0; S < size; S++) if (flags[S] !== 0) start[popcount(S) + 1]++;
  for (let k = 1; k <= n + 1; k++) start[k] += start[k - 1]!;
  const out: number[] = new Array(start[n + 1]!).fill(0);
  for (let T = size - 1; T >= 0; T--) {
    const S = reverseBits(T, n);
    if (flags[S] !== 0) out[start[popcount(T)]++] = S;
  }
  return out;
}

export interface CoefficientEntry {
  readonly set: number;
  readonly coefficient: Rational;
}

/** {set, fhat(set)} for every non-zero coefficient, in listing order; the first `limit` only. */
export function nonZeroCoefficients(x: Analyzable, limit = Infinity): CoefficientEntry[] {
  const s = asSpectrum(x);
  if (limit < s.coefficients.length) {
    // A few of many: walk the lazy listing and stop, instead of ordering all 2^n sets.
    const first: CoefficientEntry[] = [];
    if (limit <= 0) return first;
    for (const e of coefficientsInListingOrder(s)) if (first.push(e) >= limit) break;
    return first;
  }
  const c = s.coefficients;
  const keep = c instanceof Int32Array ? (S: number) => c[S] !== 0 : (S: number) => isNonZero(s, S);
  const sets = setsInListingOrder(s.n, keep);
  // Rationals are immutable, so equal numerators share one (a Boolean function on 20 variables
  // has ~10^6 non-zero coefficients but only a few thousand distinct values; reducing each
  // fraction afresh took seconds).
  const shared = new Map<number, Rational>();
  const at = (set: number): Rational => {
    const v = c[set]!;
    if (typeof v !== 'number') return coefficientAt(s, set);
    let r = shared.get(v);
    if (r === undefined) shared.set(v, (r = coefficientAt(s, set)));
    return r;
  };
  const out: CoefficientEntry[] = new Array(Math.min(sets.length, limit));
  for (let k = 0; k < out.length; k++) out[k] = { set: sets[k]!, coefficient: at(sets[k]!) };
  return out;
}

/** The monomials T with a_T = 1 of an ANF (as from anf()), in listing order. */
export function anfMonomials(a: Uint8Array): number[] {
  const n = 31 - Math.clz32(a.length);
  if (a.length !== 2 ** n) throw new RangeError(`ANF length ${a.length} is not a power of two`);
  return flaggedInListingOrder(a, n);
}

/**
 * Every subset of [n] in listing order, lazily, with no array: level k's sets in lexicographic
 * order are the bit reversals of the k-subsets R in decreasing order, i.e. of the complements of
 * the (n-k)-subsets X in increasing order, which Gosper's step enumerates. n <= 30.
 */
export function* listingOrder(n: number): Generator<number, void, undefined> {
  if (!Number.isInteger(n) || n < 0 || n > 30) throw new RangeError(`listingOrder needs 0 <= n <= 30, got ${n}`);
  const all = 2 ** n - 1;
  const end = 2 ** n;
  for (let k = 0; k <= n; k++) {
    let x = 2 ** (n - k) - 1; // the smallest (n-k)-subset
    for (;;) {
      yield reverseBits(all & ~x, n);
      if (x === 0) break;
      const c = x & -x;
      const r = x + c;
      x = (((r ^ x) >>> 2) >>> (31 - Math.clz32(c))) | r;
      if (x >= end) break;
    }
  }
}

/** The non-zero coefficients {set, fhat(set)} in listing order, lazily (no array of 2^n entries). */
export function* coefficientsInListingOrder(x: Analyzable): Generator<CoefficientEntry, void, undefined> {
  const s = asSpectrum(x);
  const c = s.coefficients;
  const shared = new Map<number, Rational>();
  for (const set of listingOrder(s.n)) {
    const v = c[set]!;
    if (typeof v === 'number') {
      if (v === 0) continue;
      let r = shared.get(v);
      if (r === undefined) shared.set(v, (r = coefficientAt(s, set)));
      yield { set, coefficient: r };
    } else if (!v.isZero()) yield { set, coefficient: coefficientAt(s, set) };
  }
}
