/**
 * The compatible codes of cost <= level by a meet in the middle over whole classes
 * (observedD5Compatible.ts calls it first; docs/math.md, "A dear first head, and passes by cost
 * class (d = 5, m > d)").
 */
import type { ObservedDuals } from './observedD5Duals.js';
import { popcount32 } from './candidates.js';
import { basisHashes, meetHalves, pointsOf } from './observedD5Hashes.js';

/** The meet in the middle over whole classes (off only to compare, tests). */
export const COMPATIBLE_BY_CLASSES = { on: true };

/** At most this many choices on either side of the meet in the middle over whole classes. */
const SIDE_LIMIT = 1 << 17;

/** The subsets of the points of `mask` of size t, as codes. */
function choices(mask: number, t: number): number[] {
  const pts = pointsOf(mask);
  const out: number[] = [];
  const rec = (i: number, left: number, code: number) => {
    if (left === 0) return void out.push(code >>> 0);
    for (let k = i; k <= pts.length - left; k++) rec(k + 1, left - 1, code | (1 << pts[k]!));
  };
  rec(0, t, 0);
  return out;
}

/**
 * The same codes by a meet in the middle over whole classes: each class contributes one of its
 * C(|K_i|, t_i) subsets of the right size (so the class counts hold by construction), the classes
 * are split in two halves of about equal products, and a code C = A u B of cost <= level has
 * T(A) + T(B) = 0 mod 2^32 with T(X) = sum_{z in X} sum_w r_w w(z) (each basis vector w of N_level
 * sums to 0 over C). Each side holds at most the product of its classes' choices: about the square
 * root of the compatible codes, where the split by points always takes 2 * 2^16 subsets. undefined
 * when a side would exceed SIDE_LIMIT (then the split by points), null when more pairs than cap.
 */
export function compatibleByClasses(duals: ObservedDuals, classes: readonly number[], targets: readonly number[], level: number, cap: number): Uint32Array | null | undefined {
  const t = basisHashes(duals, level);
  const sizes = classes.map((m, i) => binomialSmall(popcount32(m), targets[i]!));
  const order = classes.map((_, i) => i).sort((a, b) => sizes[b]! - sizes[a]!);
  let la = 1;
  let lb = 1;
  const sideA: number[] = [];
  const sideB: number[] = [];
  for (const i of order) {
    if (la <= lb) (sideA.push(i), (la *= sizes[i]!));
    else (sideB.push(i), (lb *= sizes[i]!));
  }
  if (la > SIDE_LIMIT || lb > SIDE_LIMIT) return undefined;
  const side = (ids: readonly number[]): { codes: Uint32Array; keys: Uint32Array } => {
    let codes = [0];
    let keys = [0];
    for (const i of ids) {
      const opts = choices(classes[i]!, targets[i]!);
      const hs = opts.map((o) => {
        let h = 0;
        for (let m = o; m !== 0; m = (m & (m - 1)) >>> 0) h = (h + t[31 - Math.clz32(m & -m)]!) >>> 0;
        return h;
      });
      const nc: number[] = [];
      const nk: number[] = [];
      codes.forEach((c, x) => opts.forEach((o, y) => (nc.push((c | o) >>> 0), nk.push((keys[x]! + hs[y]!) >>> 0))));
      codes = nc;
      keys = nk;
    }
    return { codes: Uint32Array.from(codes), keys: Uint32Array.from(keys) };
  };
  const a = side(sideA);
  const b = side(sideB);
  return meetHalves(a, b, 0, cap, (code) => duals.inLevel(code, level));
}

function binomialSmall(n: number, k: number): number {
  let r = 1;
  for (let i = 0; i < k; i++) r = (r * (n - i)) / (i + 1);
  return Math.round(r);
}

