/**
 * The tuple search's candidate generation: every code with exactly targets[i] bits inside the
 * class xs[i] for every class i (and none outside), i.e. every head compatible with the current
 * classes (the histogram condition of tupleSearch.ts's header, level by level). CompatibleCodes
 * hands them out one per next() (the search's hot loop); forEachCompatible visits them.
 */

/**
 * The codes forEachCompatible visits, in the same order, one per next() (-1 when done): an
 * odometer over the classes (the last fastest), each class's choice in lexicographic order.
 */
export class CompatibleCodes {
  private readonly bits: number[][];
  private readonly idx: number[][];
  private started = false;
  private done = false;
  constructor(
    xs: readonly number[],
    private readonly targets: readonly number[],
  ) {
    this.bits = xs.map((m) => {
      const out: number[] = [];
      for (let b = m >>> 0; b !== 0; b = (b & (b - 1)) >>> 0) out.push((b & -b) >>> 0);
      return out;
    });
    this.idx = targets.map((r) => Array.from({ length: r }, (_, i) => i));
    this.done = targets.some((r, i) => r > this.bits[i]!.length);
  }
  next(): number {
    if (this.done) return -1;
    if (this.started && !this.advance()) {
      this.done = true;
      return -1;
    }
    this.started = true;
    let acc = 0;
    for (let i = 0; i < this.bits.length; i++) for (const p of this.idx[i]!) acc |= this.bits[i]![p]!;
    return acc >>> 0;
  }
  /** Steps to the next combination; false past the last. */
  private advance(): boolean {
    for (let i = this.bits.length - 1; i >= 0; i--) {
      const idx = this.idx[i]!;
      const n = this.bits[i]!.length;
      const r = this.targets[i]!;
      let p = r - 1;
      while (p >= 0 && idx[p] === n - r + p) p--;
      if (p >= 0) {
        idx[p]!++;
        for (let q = p + 1; q < r; q++) idx[q] = idx[p]! + (q - p);
        return true;
      }
      for (let q = 0; q < r; q++) idx[q] = q; // this class wraps round; carry into the previous one
    }
    return false;
  }
}

/** Visits every code with exactly targets[i] bits inside xs[i] for every class i (and none outside). */
export function forEachCompatible(xs: readonly number[], targets: readonly number[], visit: (g: number) => boolean): void {
  const rec = (i: number, acc: number): boolean => {
    if (i === xs.length) return visit(acc >>> 0);
    const bits: number[] = [];
    for (let m = xs[i]!; m !== 0; m = (m & (m - 1)) >>> 0) bits.push((m & -m) >>> 0);
    return choose(bits, targets[i]!, 0, acc, (a) => rec(i + 1, a));
  };
  rec(0, 0);
}

function choose(bits: readonly number[], r: number, from: number, acc: number, next: (acc: number) => boolean): boolean {
  if (r === 0) return next(acc);
  for (let i = from; i <= bits.length - r; i++) if (choose(bits, r - 1, i + 1, (acc | bits[i]!) >>> 0, next)) return true;
  return false;
}
