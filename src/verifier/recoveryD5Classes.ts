/**
 * Class pairs of the d = 5 recovery re-checks (recoveryD5Profile.ts, recoveryD5Rep*.ts): a pair
 * is a set of points xs[q] and a set of latents zs[q] (32-bit masks of equal size) that V must
 * map onto each other; the search starts from (C_5, C_5). A head g of task h (or a coordinate:
 * latent data b against the points with bit j set) splits each pair into (X & g, Z & h) and
 * (X \ g, Z \ h), and must keep the sizes equal in each part. The codes that take exactly want[q]
 * points of each xs[q] are all the codes a split can accept, and compatibleCount says how many
 * there are; forEachCompatible lists them (on either side: pass the side's masks).
 */
import { binomial } from './recoveryD5Search.js';
import { ones32 } from './recoveryD5Candidates.js';

export interface Classes {
  readonly xs: readonly number[];
  readonly zs: readonly number[];
}

export const WHOLE: Classes = { xs: [0xffffffff], zs: [0xffffffff] };

/** The pairs split by (point code g, latent code h), or null when some part's sizes differ. */
export function splitBy(c: Classes, g: number, h: number): Classes | null {
  const xs: number[] = [];
  const zs: number[] = [];
  for (let q = 0; q < c.xs.length; q++) {
    const x = c.xs[q]!;
    const z = c.zs[q]!;
    const x1 = (x & g) >>> 0;
    const z1 = (z & h) >>> 0;
    if (ones32(x1) !== ones32(z1)) return null;
    if (x1 !== 0) (xs.push(x1), zs.push(z1));
    if (x1 !== x) (xs.push((x & ~g) >>> 0), zs.push((z & ~h) >>> 0));
  }
  return { xs, zs };
}

/** Whether the point code g takes want[q] points of every xs[q] (the split's condition, checked without building it). */
export function fits(xs: readonly number[], want: readonly number[], g: number): boolean {
  for (let q = 0; q < xs.length; q++) if (ones32((xs[q]! & g) >>> 0) !== want[q]) return false;
  return true;
}

/** How many codes take exactly want[q] elements of each (disjoint) side[q]; a float, exact below 2^53. */
export function compatibleCount(sides: readonly number[], want: readonly number[]): number {
  return sides.reduce((acc, m, q) => acc * binomial(ones32(m), want[q]!), 1);
}

/** Calls visit(code) for every code taking exactly want[q] elements of each side[q]; tick() per code. */
export function forEachCompatible(sides: readonly number[], want: readonly number[], tick: () => void, visit: (code: number) => void): void {
  const pick = (q: number, rest: number, left: number, acc: number): void => {
    if (left === 0) {
      if (q + 1 === sides.length) {
        tick();
        visit(acc >>> 0);
      } else pick(q + 1, sides[q + 1]!, want[q + 1]!, acc);
      return;
    }
    if (ones32(rest) < left) return;
    const low = (rest & -rest) >>> 0;
    pick(q, (rest & ~low) >>> 0, left - 1, (acc | low) >>> 0);
    pick(q, (rest & ~low) >>> 0, left, acc);
  };
  pick(0, sides[0]!, want[0]!, 0);
}
