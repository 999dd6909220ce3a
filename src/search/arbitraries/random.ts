/**
 * The random source of the sampler (docs/certificates.md, "Sampled cases"): a documented,
 * deterministic counter-based generator, so case k of a run depends only on (seed, k) and any
 * reimplementation of the documented algorithm regenerates the same cases. The same sampler also
 * runs on fast-check's generator (fastCheckSource) for the exported arbitraries.
 */
import type fc from 'fast-check';

/** Uniform integers: below(m) is uniform on [0, m) for 1 <= m <= 2^32. */
export interface RandomSource {
  below(m: number): number;
}

const GOLDEN = 0x9e3779b9;
const KEY_OFFSET = 0x6a09e667;
const TWO32 = 2 ** 32;

/** MurmurHash3's 32-bit finalizer, as an unsigned 32-bit integer. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The stream of case k (0-based) of a run with this 32-bit seed: SplitMix32 from a per-case key. */
export class CaseStream implements RandomSource {
  private state: number;

  constructor(seed: number, k: number) {
    this.state = (fmix32(k >>> 0) ^ (seed >>> 0)) >>> 0;
    this.state = fmix32((this.state + KEY_OFFSET) >>> 0);
  }

  next32(): number {
    this.state = (this.state + GOLDEN) >>> 0;
    return fmix32(this.state);
  }

  below(m: number): number {
    if (!Number.isSafeInteger(m) || m < 1 || m > TWO32) throw new RangeError(`below(${m}) needs 1 <= m <= 2^32`);
    if (m === 1) return 0;
    const limit = TWO32 - (TWO32 % m);
    let x = this.next32();
    while (x >= limit) x = this.next32();
    return x % m;
  }
}

/** fast-check's generator as a RandomSource (same distribution, fast-check's own bits). */
export function fastCheckSource(mrng: fc.Random): RandomSource {
  return { below: (m) => (m === 1 ? 0 : mrng.nextInt(0, m - 1)) };
}
