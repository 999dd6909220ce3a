/**
 * GF(2) normal forms of codes (truth tables of Boolean functions on C_d, d <= 5, bit x set when
 * F(x) = 1) by word operations, for the dictator route (gf2Dictators.ts): the Moebius transform
 * is d butterfly steps on one 32-bit word (bit S of the result is the ANF coefficient of
 * prod_{i in S} b_i), and the degree is the largest |S| among the set bits. docs/math.md
 * "All dictators present under head-gf2 (d = 5)".
 */

const HALVES = [0x55555555, 0x33333333, 0x0f0f0f0f, 0x00ff00ff, 0x0000ffff];

/** The ANF coefficient word of a code on C_d (an involution: anfOfCode(d, anfOfCode(d, c)) = c). */
export function anfOfCode(d: number, code: number): number {
  let t = d === 5 ? code >>> 0 : code & ((1 << (1 << d)) - 1);
  for (let i = 0; i < d; i++) t = (t ^ ((t & HALVES[i]!) << (1 << i))) >>> 0;
  return t >>> 0;
}

/** LEVELS[d][k] = the ANF positions S with |S| = k (k = 0..d), d = 0..5. */
const LEVELS: readonly (readonly number[])[] = Array.from({ length: 6 }, (_, d) => {
  const out = new Array<number>(d + 1).fill(0);
  for (let S = 0; S < 1 << d; S++) out[popcount(S)]! |= 1 << S;
  return out.map((m) => m >>> 0);
});

/** The ANF positions S with |S| = k, for k = 0..d. */
export function levelMasks(d: number): readonly number[] {
  return LEVELS[d]!;
}

/** ABOVE[d][e] = the ANF positions S with |S| > e (e = 0..d). */
const ABOVE: readonly (readonly number[])[] = LEVELS.map((l, d) =>
  Array.from({ length: d + 1 }, (_, e) => {
    let m = 0;
    for (let k = e + 1; k <= d; k++) m |= l[k]!;
    return m >>> 0;
  }),
);

/** The ANF positions S with |S| > e (0 <= e). */
export function aboveMask(d: number, e: number): number {
  return e >= d ? 0 : ABOVE[d]![e]!;
}

/** GF(2) degree of a code on C_d (0 for the constants). */
export function gf2Degree(d: number, code: number): number {
  const a = anfOfCode(d, code);
  if (a === 0) return 0;
  const l = LEVELS[d]!;
  for (let k = d; k > 0; k--) if ((a & l[k]!) !== 0) return k;
  return 0;
}

export function popcount(v: number): number {
  v = v - ((v >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** The code of bit i (the coordinate x_(i+1) as a 0/1 function) on C_d. */
export function coordinateCode(d: number, i: number): number {
  let c = 0;
  for (let x = 0; x < 1 << d; x++) if ((x >>> i) & 1) c |= 1 << x;
  return c >>> 0;
}
