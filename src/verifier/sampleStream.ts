/**
 * The verifier's own copy of the random source of docs/certificates.md ("Sampled cases"): the
 * stream of case k of a run with a 32-bit seed, and uniform integers below m by rejection.
 */

const TWO32 = 4294967296;

/** MurmurHash3's 32-bit finalizer (unsigned result). */
function finalize(value: number): number {
  let h = value >>> 0;
  h = (h ^ (h >>> 16)) >>> 0;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h = (h ^ (h >>> 13)) >>> 0;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

export class Stream {
  private counter: number;

  constructor(seed: number, k: number) {
    const mixed = (finalize(k) ^ (seed >>> 0)) >>> 0;
    this.counter = finalize((mixed + 0x6a09e667) % TWO32);
  }

  /** The next 32-bit output (SplitMix32: add the golden-ratio constant, finalize). */
  word(): number {
    this.counter = (this.counter + 0x9e3779b9) % TWO32;
    return finalize(this.counter);
  }

  /** Uniform on [0, m), 1 <= m <= 2^32; m = 1 draws nothing. */
  below(m: number): number {
    if (m === 1) return 0;
    if (!(Number.isSafeInteger(m) && m > 1 && m <= TWO32)) throw new RangeError(`below(${m})`);
    const limit = TWO32 - (TWO32 % m);
    for (;;) {
      const x = this.word();
      if (x < limit) return x % m;
    }
  }
}
