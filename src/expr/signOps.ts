/**
 * Whole-table operations on +-1 values stored one per byte (+1 = 0x01, -1 = 0xFF), done four
 * bytes at a time through a 32-bit view of the same buffer. Per byte: a & b is and (-1 = true),
 * a | b is or, (a ^ b) | 1 is the product, a ^ 0xFE is the negation, (a >>> 1) & 1 is 1 for -1.
 */

/** Arrays built here always start at byte 0 of their own buffer. */
function words(a: Int8Array): Int32Array {
  return new Int32Array(a.buffer, a.byteOffset, a.length >> 2);
}

// One loop per operation (a shared loop taking the operation as a callback is several times slower).

/** -1 exactly where all arguments are -1. */
export function andSigns(args: readonly Int8Array[]): Int8Array {
  const out = Int8Array.from(args[0]!);
  const o = words(out);
  for (let k = 1; k < args.length; k++) {
    const b = args[k]!;
    const w = words(b);
    for (let i = 0; i < o.length; i++) o[i]! &= w[i]!;
    for (let i = o.length * 4; i < out.length; i++) out[i]! &= b[i]!;
  }
  return out;
}

/** +1 exactly where all arguments are +1. */
export function orSigns(args: readonly Int8Array[]): Int8Array {
  const out = Int8Array.from(args[0]!);
  const o = words(out);
  for (let k = 1; k < args.length; k++) {
    const b = args[k]!;
    const w = words(b);
    for (let i = 0; i < o.length; i++) o[i]! |= w[i]!;
    for (let i = o.length * 4; i < out.length; i++) out[i]! |= b[i]!;
  }
  return out;
}

/** The product of the arguments. */
export function xorSigns(args: readonly Int8Array[]): Int8Array {
  const out = Int8Array.from(args[0]!);
  const o = words(out);
  for (let k = 1; k < args.length; k++) {
    const b = args[k]!;
    const w = words(b);
    for (let i = 0; i < o.length; i++) o[i] = (o[i]! ^ w[i]!) | 0x01010101;
    for (let i = o.length * 4; i < out.length; i++) out[i]! *= b[i]!;
  }
  return out;
}

export function negSigns(a: Int8Array): Int8Array {
  const out = Int8Array.from(a);
  const o = words(out);
  for (let i = 0; i < o.length; i++) o[i]! ^= 0xfefefefe;
  for (let i = o.length * 4; i < out.length; i++) out[i] = -out[i]!;
  return out;
}

/** -1 where at least k of the arguments are -1 (k = 0: everywhere). */
export function thresholdSigns(k: number, args: readonly Int8Array[]): Int8Array {
  const size = args[0]!.length;
  const out = new Int8Array(size);
  if (args.length < 256 && size % 4 === 0) {
    // Per-byte counters of the -1 arguments: at most 255, so no carry between bytes.
    const count = new Uint8Array(size);
    const c = words(count as unknown as Int8Array);
    for (const a of args) {
      const w = words(a);
      for (let i = 0; i < c.length; i++) c[i]! += (w[i]! >>> 1) & 0x01010101;
    }
    for (let i = 0; i < size; i++) out[i] = count[i]! >= k ? -1 : 1;
    return out;
  }
  const count = new Int32Array(size);
  for (const a of args) for (let i = 0; i < size; i++) count[i]! += (1 - a[i]!) >> 1;
  for (let i = 0; i < size; i++) out[i] = count[i]! >= k ? -1 : 1;
  return out;
}

/** Majority of an odd number of arguments. */
export function majSigns(args: readonly Int8Array[]): Int8Array {
  return thresholdSigns((args.length + 1) / 2, args);
}

/** chi_S at every point of C_n, for a subset mask S. */
export function chiSigns(mask: number, n: number): Int8Array {
  const out = new Int8Array(2 ** n);
  out[0] = 1;
  // Doubling: points h..2h-1 repeat points 0..h-1 times the factor x_{j+1} (h = 2^j).
  for (let j = 0, h = 1; j < n; j++, h *= 2) {
    if (!(mask & h)) out.copyWithin(h, 0, h);
    else if (h < 4) for (let i = 0; i < h; i++) out[h + i] = -out[i]!;
    else {
      const o = words(out);
      for (let i = 0, q = h >> 2; i < q; i++) o[q + i] = o[i]! ^ 0xfefefefe;
    }
  }
  return out;
}
