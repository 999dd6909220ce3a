/**
 * A small seeded generator (xorshift32 seeded through splitmix32) for search and sampling:
 * deterministic for a seed on every platform. Randomness never decides a verdict, only what to try.
 */
export interface Rng {
  /** A uniform 32-bit unsigned integer. */
  next(): number;
  /** A uniform integer in [0, k), k >= 1 (rejection sampling, no bias). */
  below(k: number): number;
}

export function makeRng(seed: number): Rng {
  let s = splitmix32(seed >>> 0) || 0x9e3779b9;
  const next = (): number => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s;
  };
  const below = (k: number): number => {
    if (!Number.isInteger(k) || k < 1 || k > 2 ** 32) throw new RangeError(`below(${k})`);
    const limit = 2 ** 32 - (2 ** 32 % k);
    for (;;) {
      const v = next();
      if (v < limit) return v % k;
    }
  };
  return { next, below };
}

function splitmix32(a: number): number {
  a = (a + 0x9e3779b9) >>> 0;
  let z = a;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
  return (z ^ (z >>> 16)) >>> 0;
}

/** A uniformly random permutation of [0, size) (Fisher-Yates). */
export function randomPermutation(rng: Rng, size: number): Uint32Array {
  const p = new Uint32Array(size);
  for (let i = 0; i < size; i++) p[i] = i;
  for (let i = size - 1; i > 0; i--) {
    const j = rng.below(i + 1);
    const t = p[i]!;
    p[i] = p[j]!;
    p[j] = t;
  }
  return p;
}
