/**
 * s(f, x) = #{i : f(x) != f(x^(i))} at every point x of a Boolean function, bit-sliced: the
 * points are packed 32 to a word (bit p of word w is point 32w + p, set when f = -1), the n
 * "differs in direction i" words are summed per bit position by carry-save adders into five
 * counter planes (n <= 31), and the planes are spread back to one byte per point with a nibble
 * table. About 30x fewer operations than one step per edge at n = 24; flipCountsSlow is the
 * plain definition that the tests hold it to.
 */

/** NIBBLE[q]: the four bits of q spread to the four bytes of a little-endian word (0 or 1 each). */
const NIBBLE = Uint32Array.from({ length: 16 }, (_, q) => (q & 1) | (((q >>> 1) & 1) << 8) | (((q >>> 2) & 1) << 16) | (((q >>> 3) & 1) << 24));

const littleEndian = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

export interface FlipCounts {
  /** s(f, x) for every point x. */
  readonly atPoint: Uint8Array;
  /** max s(f, x) over the x with f(x) = +1, and over those with f(x) = -1 (0 over no points). */
  readonly max0: number;
  readonly max1: number;
}

/** The largest of counts[x] over the points x with values[x] = +1, and with -1. */
export function classMaxima(values: Int32Array, counts: Uint8Array): { max0: number; max1: number } {
  let max0 = 0;
  let max1 = 0;
  for (let x = 0; x < values.length; x++) {
    const k = counts[x]!;
    if (values[x] === 1) {
      if (k > max0) max0 = k;
    } else if (k > max1) max1 = k;
  }
  return { max0, max1 };
}

/** The largest count (bit-sliced planes c0..c4) among the positions of `mask`, or -1 if none. */
function planeMax(mask: number, c0: number, c1: number, c2: number, c3: number, c4: number): number {
  if (mask === 0) return -1;
  let m = 0;
  let t = mask & c4;
  if (t !== 0) {
    mask = t;
    m |= 16;
  }
  t = mask & c3;
  if (t !== 0) {
    mask = t;
    m |= 8;
  }
  t = mask & c2;
  if (t !== 0) {
    mask = t;
    m |= 4;
  }
  t = mask & c1;
  if (t !== 0) {
    mask = t;
    m |= 2;
  }
  if ((mask & c0) !== 0) m |= 1;
  return m;
}

/** s(f, x) for every x, and its maxima on each class; values are +-1 in point order, 2^n of them. */
export function flipCounts(values: Int32Array): FlipCounts {
  const size = values.length;
  const n = 31 - Math.clz32(size);
  if (n < 5 || n > 31 || !littleEndian) {
    const atPoint = flipCountsSlow(values);
    return { atPoint, ...classMaxima(values, atPoint) };
  }
  const words = size >>> 5;
  const bits = new Int32Array(words);
  for (let w = 0, x = 0; w < words; w++) {
    let b = 0;
    for (let p = 0; p < 32; p++, x++) b |= (values[x]! >>> 31) << p; // -1 has its sign bit set
    bits[w] = b;
  }
  const out = new Uint8Array(size);
  const out32 = new Uint32Array(out.buffer);
  let max0 = 0;
  let max1 = 0;
  for (let w = 0; w < words; w++) {
    const b = bits[w]!;
    // Counter planes c0..c4 (bit k of the count at each position). The five in-word directions
    // first: their counts are at most 5 < 8, so three planes hold them (full adders).
    const d0 = b ^ (((b >>> 1) & 0x55555555) | ((b << 1) & 0xaaaaaaaa));
    const d1 = b ^ (((b >>> 2) & 0x33333333) | ((b << 2) & 0xcccccccc));
    const d2 = b ^ (((b >>> 4) & 0x0f0f0f0f) | ((b << 4) & 0xf0f0f0f0));
    const d3 = b ^ (((b >>> 8) & 0x00ff00ff) | ((b << 8) & 0xff00ff00));
    const d4 = b ^ ((b >>> 16) | (b << 16));
    // full adder of d0, d1, d2: sum s, carry k (weight 2)
    const x01 = d0 ^ d1;
    const s012 = x01 ^ d2;
    const k012 = (d0 & d1) | (x01 & d2);
    // add d3, d4 (weight 1): full adder with s012
    const x34 = d3 ^ d4;
    let c0 = s012 ^ x34;
    const k34 = (d3 & d4) | (s012 & x34);
    // weight 2: k012 + k34
    let c1 = k012 ^ k34;
    let c2 = k012 & k34;
    let c3 = 0;
    let c4 = 0;
    for (let i = 5; i < n; i++) {
      const d = b ^ bits[w ^ (1 << (i - 5))]!;
      // add d (one bit per position) to the counter by a ripple of half adders
      let carry = c0 & d;
      c0 ^= d;
      if (carry === 0) continue;
      let t = c1 & carry;
      c1 ^= carry;
      if (t === 0) continue;
      carry = c2 & t;
      c2 ^= t;
      if (carry === 0) continue;
      t = c3 & carry;
      c3 ^= carry;
      c4 ^= t; // counts stay below 32, so nothing carries out of c4
    }
    // f = -1 where a bit of b is set (class 1), +1 elsewhere (class 0).
    const m0 = planeMax(~b, c0, c1, c2, c3, c4);
    const m1 = planeMax(b, c0, c1, c2, c3, c4);
    if (m0 > max0) max0 = m0;
    if (m1 > max1) max1 = m1;
    // Spread: 4 points per output word, count = sum_k bit_k << k.
    const base = w << 3;
    for (let q = 0; q < 8; q++) {
      const s = q << 2;
      out32[base + q] =
        NIBBLE[(c0 >>> s) & 15]! |
        (NIBBLE[(c1 >>> s) & 15]! << 1) |
        (NIBBLE[(c2 >>> s) & 15]! << 2) |
        (NIBBLE[(c3 >>> s) & 15]! << 3) |
        (NIBBLE[(c4 >>> s) & 15]! << 4);
    }
  }
  return { atPoint: out, max0, max1 };
}

/** The definition, one step per edge {x, x xor 2^i}: the reference for flipCounts. */
export function flipCountsSlow(values: Int32Array): Uint8Array {
  const size = values.length;
  const out = new Uint8Array(size);
  for (let h = 1; h < size; h <<= 1) {
    for (let x = 0; x < size; x++) if (values[x] !== values[x ^ h]) out[x]!++;
  }
  return out;
}
