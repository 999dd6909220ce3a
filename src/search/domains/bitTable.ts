/**
 * A counter over the 2^n bits of a table (bit i belongs to point i), counting t = 0, 1, ...,
 * 2^(2^n) - 1 in 32-bit words, least significant word first. Shared by the boolean-functions and
 * subsets enumerations, which both count table numbers up from 0.
 */

export class BitTableCounter {
  readonly words: Uint32Array;
  /** Mask of the used bits of a word (all 32 unless the table has fewer bits). */
  private readonly wordMask: number;

  constructor(readonly bits: number) {
    this.words = new Uint32Array(Math.max(1, bits >>> 5));
    this.wordMask = bits >= 32 ? 0xffffffff : 2 ** bits - 1;
  }

  resetInPlace(): void {
    this.words.fill(0);
  }

  /**
   * t += 1. Returns j such that bits 0..j-1 went from 1 to 0 and bit j from 0 to 1, or -1 when t
   * was the last table number (the counter is then back at 0).
   */
  incrementInPlace(): number {
    const w = this.words;
    for (let k = 0; k < w.length; k++) {
      const word = w[k]!;
      if (word !== this.wordMask) {
        const j = 31 - Math.clz32(~word & (word + 1));
        w[k] = word + 1;
        return k * 32 + j;
      }
      w[k] = 0;
    }
    return -1;
  }

  /** The table number in hexadecimal with exactly bits / 4 digits (bits >= 4). */
  hex(): string {
    const w = this.words;
    const per = Math.min(8, this.bits >>> 2);
    let s = '';
    for (let k = w.length - 1; k >= 0; k--) s += w[k]!.toString(16).padStart(per, '0');
    return s;
  }
}
