/**
 * Word-level GF(2) tools of the d = 5 dictator re-check (recoveryD5Dictator.ts; docs/certificates.md,
 * "Recovery certificates at d = 5 with every x_i a task"). A code is a 32-bit word, bit x set
 * where the function is 1 (a -1 value), read through >>> 0.
 *
 * - anf5: the Moebius transform of the 32 bits by five word steps (bit s of the result is the
 *   coefficient of prod_{i in s} x_i); gf2Deg5: the largest |s| present, through the masks ABOVE[e]
 *   (the monomials of degree > e). The plain array version is recoveryD5Candidates.ts gf2Degree5;
 *   the test compares the two on random codes.
 * - fibresOf: the joint fibres {x : (c_1(x), ..., c_l(x)) = v} of fixed coordinates, as masks.
 * - balancedIn / balancedHigh: the codes taking exactly half of every fibre, of degree 2 (filtered
 *   from the words of degree 2 of RM(2,5), a Gray-code walk over its 16 monomials, or from a
 *   coarser fibres' list) or of degree 3 and 4 (by choosing half of each fibre, refused when that
 *   is more than MAX_BALANCED codes).
 * - lastCoordinate: once four coordinates are fixed their fibres are 16 pairs; the last
 *   coordinate is g = base + sum_c phi_c u_c (u_c the pair masks, base the lower point of each
 *   pair). The ANF is linear, so a bound "deg(offset + (g and mask)) <= cap" (the coordinate
 *   itself, or another task's head F o W, affine in g) says some ANF bits, linear in phi, vanish:
 *   a linear system solved by elimination on 32-bit words; its solutions, particular +
 *   span(kernel), are exactly the g within every bound, visited in Gray-code order.
 */
import { reject } from './reject.js';
import { ones32 } from './recoveryD5Candidates.js';

const LOW = [0x55555555, 0x33333333, 0x0f0f0f0f, 0x00ff00ff, 0x0000ffff];

/** The ANF of a code: five word steps of a[x] ^= a[x ^ 2^i] for x with bit i set. */
export function anf5(code: number): number {
  let c = code >>> 0;
  for (let i = 0; i < 5; i++) c = (c ^ ((c & LOW[i]!) << (1 << i))) >>> 0;
  return c;
}

/** ABOVE[e]: the ANF positions s with |s| > e. */
export const ABOVE = Array.from({ length: 6 }, (_, e) => Array.from({ length: 32 }, (_, s) => s).reduce((m, s) => (ones32(s) > e ? (m | (1 << s)) >>> 0 : m), 0));

export function gf2Deg5(code: number): number {
  const a = anf5(code);
  let e = 0;
  while ((a & ABOVE[e]!) !== 0) e++;
  return e;
}

/** The code of the latent x_{i+1}: bit x set where bit i of x is. */
export const dictatorCode = (i: number): number => Array.from({ length: 32 }, (_, x) => x).reduce((c, x) => ((x >>> i) & 1 ? (c | (1 << x)) >>> 0 : c), 0);

/** The joint fibres of the codes (non-empty ones, by increasing value vector). */
export function fibresOf(codes: readonly number[]): number[] {
  const by = new Array<number>(1 << codes.length).fill(0);
  for (let x = 0; x < 32; x++) {
    let key = 0;
    for (let j = 0; j < codes.length; j++) key |= ((codes[j]! >>> x) & 1) << j;
    by[key] = (by[key]! | (1 << x)) >>> 0;
  }
  return by.filter((m) => m !== 0);
}

let rm2: Uint32Array | null = null;
/** Every code of GF(2) degree exactly 2 (a Gray-code walk over the 16 monomials of degree <= 2). */
export function quadratics(): Uint32Array {
  if (rm2) return rm2;
  const sets = Array.from({ length: 32 }, (_, s) => s).filter((s) => ones32(s) <= 2);
  const mono = sets.map((s) => Array.from({ length: 32 }, (_, x) => x).reduce((c, x) => ((x & s) === s ? (c | (1 << x)) >>> 0 : c), 0));
  const out: number[] = [];
  let code = 0;
  for (let i = 1; i < 1 << 16; i++) {
    code = (code ^ mono[31 - Math.clz32(i & -i)]!) >>> 0;
    if (gf2Deg5(code) === 2) out.push(code);
  }
  return (rm2 = Uint32Array.from(out));
}

export const MAX_BALANCED = 4_000_000;

/** The codes of pool (e.g. quadratics(), or a coarser fibres' list) taking half of each fibre; tick() per code looked at. */
export function balancedIn(fibres: readonly number[], pool: ArrayLike<number>, tick: () => void): number[] {
  const half = fibres.map((f) => ones32(f) / 2);
  const out: number[] = [];
  for (let k = 0; k < pool.length; k++) {
    tick();
    const g = pool[k]!;
    if (fibres.every((f, q) => ones32((f & g) >>> 0) === half[q])) out.push(g);
  }
  return out;
}

/**
 * The codes taking half of each fibre with GF(2) degree 3 and those with degree 4 (a balanced
 * code has even weight, so degree <= 4), by choosing half of each fibre; refused when that is
 * more than MAX_BALANCED codes. tick() per code.
 */
export function balancedHigh(fibres: readonly number[], tick: () => void): [number[], number[]] {
  const half = fibres.map((f) => ones32(f) / 2);
  const out: [number[], number[]] = [[], []];
  const choose = (n: number, k: number): number => (k === 0 ? 1 : (choose(n - 1, k - 1) * n) / k);
  const total = fibres.reduce((acc, f, q) => acc * choose(ones32(f), half[q]!), 1);
  if (total > MAX_BALANCED) reject(`out of the verifier's reach at d = 5: a coordinate of GF(2) degree 3 or 4 balanced on ${fibres.length} fibres has ${total} candidates (the dictator route lists at most ${MAX_BALANCED})`);
  const pick = (q: number, rest: number, left: number, acc: number): void => {
    if (left === 0) {
      if (q + 1 < fibres.length) return pick(q + 1, fibres[q + 1]!, half[q + 1]!, acc);
      tick();
      const e = gf2Deg5(acc);
      if (e >= 3) out[e - 3]!.push(acc >>> 0);
      return;
    }
    if (ones32(rest) < left) return;
    const low = (rest & -rest) >>> 0;
    pick(q, (rest & ~low) >>> 0, left - 1, (acc | low) >>> 0);
    pick(q, (rest & ~low) >>> 0, left, acc);
  };
  pick(0, fibres[0]!, half[0]!, 0);
  return out;
}

/** A bound deg(offset xor (g and mask)) <= cap on the last coordinate g (g itself: offset 0, mask all ones). */
export interface Bound {
  readonly offset: number;
  readonly mask: number;
  readonly cap: number;
}

/**
 * Calls visit(g) for every code g taking one point of each of the 16 pairs and meeting every
 * bound (each such g exactly once); tick() per pair eliminated and per code. Each bound is linear in phi: with
 * g = base xor sum_c phi_c u_c, offset xor (g and mask) = (offset xor (base and mask)) xor
 * sum_c phi_c (u_c and mask), and the ANF bits above cap of that must vanish.
 */
export function lastCoordinate(pairs: readonly number[], bounds: readonly Bound[], tick: () => void, visit: (g: number) => void): void {
  if (pairs.length !== 16 || pairs.some((p) => ones32(p) !== 2)) reject('internal: the fixed coordinates do not split C_5 into 16 pairs');
  const base = pairs.reduce((b, p) => (b | (p & -p)) >>> 0, 0);
  const image = (g: number, constant: boolean): number[] => bounds.map((b) => (anf5(((constant ? b.offset : 0) ^ (g & b.mask)) >>> 0) & ABOVE[b.cap]!) >>> 0);
  const rows: { h: number[]; code: number; word: number; pivot: number }[] = [];
  const kernel: number[] = [];
  const reduce = (h0: number[], code0: number): [number[], number] => {
    const h = [...h0];
    let code = code0;
    for (const r of rows) {
      if (((h[r.word]! >>> r.pivot) & 1) === 0) continue;
      r.h.forEach((v, k) => (h[k] = (h[k]! ^ v) >>> 0));
      code = (code ^ r.code) >>> 0;
    }
    return [h, code];
  };
  for (const p of pairs) {
    tick();
    const [h, code] = reduce(image(p, false), p);
    const word = h.findIndex((v) => v !== 0);
    if (word < 0) kernel.push(code);
    else rows.push({ h, code, word, pivot: 31 - Math.clz32(h[word]!) });
  }
  const [rest, particular] = reduce(image(base, true), base);
  if (rest.some((v) => v !== 0)) return; // no completion within the bounds
  let g = particular;
  for (let i = 0; i < 1 << kernel.length; i++) {
    if (i > 0) g = (g ^ kernel[31 - Math.clz32(i & -i)]!) >>> 0;
    tick();
    visit(g);
  }
}
