/**
 * The census walk state in plain TypeScript, kept current one flip at a time: flipping f at x
 * adds -2 f_old(x) chi_S(x) to every c_S and toggles a_T for every T superset of x. Alongside it
 * keeps the mask of non-zero coefficients and of |c_S| = 2^(n/2), from which the non-zero counts
 * per level and per variable, the degrees, relevance, balance and bentness are read. Slower than
 * the WebAssembly kernel, but any predicate can read it (see walk.ts), and it is the kernel's
 * independent cross-check.
 */
import { popcount } from '../core/cube.js';
import { type StateTables, stateTables, topLevel } from './stateTables.js';
import { STRIDE, degreeCode, type Cell } from './histogram.js';
import { freshState } from './freshState.js';
import { grayWord, laneLayout } from './layout.js';

export class IncrementalState {
  readonly size: number;
  /** 2^(2^n): one past the last Gray index. */
  private readonly end: number;
  /** 2^(n/2) for even n (the bent magnitude), 0 for odd n (no coefficient can be bent). */
  readonly root: number;
  /** Gray-code index. */
  index: number;
  /** c_S = 2^n fhat(S), natural subset order. Read only. */
  readonly coefficients: Int32Array;
  // Bit patterns as int32 (an unsigned value above 2^31 would be a heap double): truth table,
  // ANF (bit T = a_T), non-zero coefficients (bit S), coefficients with |c_S| = 2^(n/2).
  private bits: number;
  private anfBits: number;
  private nonZeroBits = 0;
  private bentBits = 0;
  private readonly t: StateTables;

  constructor(readonly n: number, index: number) {
    const layout = laneLayout(n);
    this.size = layout.size;
    this.end = 2 ** layout.size;
    this.root = n % 2 === 0 ? 2 ** (n / 2) : 0;
    this.t = stateTables(n);
    const s = freshState(layout, grayWord(index));
    this.index = index;
    this.coefficients = s.coefficients;
    this.bits = s.word | 0;
    this.anfBits = 0;
    for (let S = 0; S < this.size; S++) {
      const c = this.coefficients[S]!;
      if (c !== 0) this.nonZeroBits |= 1 << S;
      if (this.root > 0 && Math.abs(c) === this.root) this.bentBits |= 1 << S;
      if (Math.floor(s.anfLanes / 2 ** layout.laneOf[S]!) % 2 === 1) this.anfBits |= 1 << S;
    }
  }

  /** Truth-table word: bit x set when f(x) = -1. */
  get word(): number {
    return this.bits >>> 0;
  }

  /** ANF word: bit T set when a_T = 1. */
  get anf(): number {
    return this.anfBits >>> 0;
  }

  /** Non-zero coefficients as a mask: bit S set when c_S != 0. */
  get nonZeroMask(): number {
    return this.nonZeroBits >>> 0;
  }

  /** Flips f at point x. */
  flipInPlace(x: number): void {
    const { size, coefficients: c, root } = this;
    const chiSign = this.t.chiSign;
    const step = (this.bits >>> x) & 1 ? 2 : -2; // -2 f_old(x)
    this.bits ^= 1 << x;
    const row = x * size;
    let nz = 0;
    let bent = 0;
    for (let S = 0; S < size; S++) {
      const now = c[S]! + chiSign[row + S]! * step;
      c[S] = now;
      nz |= ((now | -now) >>> 31) << S; // 1 exactly when now != 0 (|now| <= 2^n)
      if (root > 0) bent |= (Math.abs(now) === root ? 1 : 0) << S;
    }
    this.nonZeroBits = nz;
    this.bentBits = bent;
    this.anfBits ^= this.t.supersetMask[x]!;
  }

  /** Moves to the next function of the Gray code (index + 1 flips point ctz(index + 1)). */
  advanceInPlace(): void {
    const next = this.index + 1;
    if (next >= this.end) throw new RangeError('the walk is at the last function');
    this.flipInPlace(31 - Math.clz32(next & -next));
    this.index = next;
  }

  /** Number of non-zero c_S with |S| = k. */
  nonZeroAtLevel(k: number): number {
    return popcount(this.nonZeroBits & this.t.levelMask[k]!);
  }

  /** Number of non-zero c_S with variable v (1-based) in S. */
  nonZeroWithVariable(v: number): number {
    return popcount(this.nonZeroBits & this.t.variableMask[v - 1]!);
  }

  /** Number of ANF terms a_T = 1 with |T| = k. */
  anfTermsAtLevel(k: number): number {
    return popcount(this.anfBits & this.t.levelMask[k]!);
  }

  /** Number of S with |c_S| = 2^(n/2) (0 for odd n). */
  bentCount(): number {
    return popcount(this.bentBits);
  }

  degree(): number | null {
    return topLevel(this.nonZeroBits, this.t.levelMask);
  }

  gf2Degree(): number | null {
    return topLevel(this.anfBits, this.t.levelMask);
  }

  /** Bit v set when variable v + 1 is relevant (some c_S != 0 with v + 1 in S). */
  relevantMask(): number {
    let m = 0;
    for (let v = 0; v < this.n; v++) if ((this.nonZeroBits & this.t.variableMask[v]!) !== 0) m |= 1 << v;
    return m;
  }

  relevantCount(): number {
    return popcount(this.relevantMask());
  }

  balanced(): boolean {
    return this.coefficients[0] === 0;
  }

  bent(): boolean {
    return this.root > 0 && this.bentCount() === this.size;
  }

  cell(): Cell {
    return { degree: this.degree(), gf2Degree: this.gf2Degree(), relevant: this.relevantCount(), balanced: this.balanced(), bent: this.bent() };
  }

  /** cellIndex(this.cell()) without building the cell. */
  cellIndex(): number {
    return (
      degreeCode(this.degree()) * STRIDE.degree +
      degreeCode(this.gf2Degree()) * STRIDE.gf2Degree +
      this.relevantCount() * STRIDE.relevant +
      (this.balanced() ? STRIDE.balanced : 0) +
      (this.bent() ? STRIDE.bent : 0)
    );
  }
}
