/**
 * A set of 32-bit codes (truth tables at d = 5) by open addressing in typed arrays: the orbit
 * searches of the stabiliser chain (permGroup.ts orbitPoints, stabiliserChain.ts) mark millions of
 * codes, and a JS Set of numbers at or above 2^30 (not small integers) hashes boxed doubles.
 * Same contract as Set<number> for has / add / size on unsigned 32-bit values.
 */
export class CodeSet {
  private keys: Uint32Array;
  private used: Uint8Array;
  private shift: number;
  size = 0;
  constructor(capacityLog2 = 10) {
    this.keys = new Uint32Array(1 << capacityLog2);
    this.used = new Uint8Array(1 << capacityLog2);
    this.shift = 32 - capacityLog2;
  }
  has(code: number): boolean {
    const c = code >>> 0;
    const mask = this.keys.length - 1;
    for (let i = Math.imul(c, 0x9e3779b1) >>> this.shift; ; i = (i + 1) & mask) {
      if (this.used[i] === 0) return false;
      if (this.keys[i] === c) return true;
    }
  }
  add(code: number): this {
    const c = code >>> 0;
    if (2 * (this.size + 1) > this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    for (let i = Math.imul(c, 0x9e3779b1) >>> this.shift; ; i = (i + 1) & mask) {
      if (this.used[i] === 0) {
        this.used[i] = 1;
        this.keys[i] = c;
        this.size++;
        return this;
      }
      if (this.keys[i] === c) return this;
    }
  }
  private grow(): void {
    const { keys, used } = this;
    this.keys = new Uint32Array(keys.length * 2);
    this.used = new Uint8Array(keys.length * 2);
    this.shift--;
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (used[i] === 1) this.add(keys[i]!);
  }
}
