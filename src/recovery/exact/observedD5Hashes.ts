/**
 * The hashes of the meets in the middle past the list (observedD5Compatible.ts, observedD5MeetClasses.ts):
 * per latent point z, t(z) = sum_w r_w w(z) mod 2^32 over a basis of the annihilator N_level
 * (observedD5Duals.ts), fixed multipliers r_w; a code of cost <= level sums each w to 0, so its t
 * sums to 0 mod 2^32. And the points of a mask.
 */
import type { ObservedDuals } from './observedD5Duals.js';

const R_W = [0x9e3779b1, 0x85ebca77, 0xc2b2ae3d, 0x27d4eb2f, 0x165667b1, 0xd3a2646c, 0xfd7046c5, 0xb55a4f09];

const pointCache = new WeakMap<ObservedDuals, Map<number, Uint32Array>>();

/** sum_w r_w w(z) mod 2^32 for each latent point z, for the basis of N_level. */
export function basisHashes(duals: ObservedDuals, level: number): Uint32Array {
  let byLevel = pointCache.get(duals);
  if (byLevel === undefined) pointCache.set(duals, (byLevel = new Map()));
  const hit = byLevel.get(level);
  if (hit) return hit;
  const size = 1 << duals.d;
  const t = new Uint32Array(size);
  duals.bases[level]!.forEach((w, i) => {
    const r = BigInt(R_W[i % R_W.length]! + 2 * Math.floor(i / R_W.length));
    for (let z = 0; z < size; z++) t[z] = Number(BigInt.asUintN(32, BigInt(t[z]!) + r * (w.small !== null ? BigInt(w.small[z]!) : w.wide[z]!)));
  });
  byLevel.set(level, t);
  return t;
}

/** The points of a mask, lowest first. */
export function pointsOf(mask: number): number[] {
  const out: number[] = [];
  for (let m = mask >>> 0; m !== 0; m = (m & (m - 1)) >>> 0) out.push(31 - Math.clz32(m & -m));
  return out;
}


/** One side of a meet in the middle: codes on half the points and their hash sums. */
export interface MeetSide {
  readonly codes: Uint32Array;
  readonly keys: Uint32Array;
}

/**
 * The unions codeA | codeB of a code of side a and one of side b whose keys sum to `target`
 * mod 2^32 and that `accept` keeps, sorted; null when more than `cap` pairs match (too many to test).
 */
export function meetHalves(a: MeetSide, b: MeetSide, target: number, cap: number, accept: (code: number) => boolean): Uint32Array | null {
  const groups = new Map<number, number[]>();
  a.keys.forEach((k, i) => {
    const g = groups.get(k);
    if (g) g.push(a.codes[i]!);
    else groups.set(k, [a.codes[i]!]);
  });
  let matches = 0;
  for (let i = 0; i < b.keys.length; i++) matches += groups.get((target - b.keys[i]!) >>> 0)?.length ?? 0;
  if (matches > cap) return null;
  const found: number[] = [];
  for (let i = 0; i < b.keys.length; i++) {
    const g = groups.get((target - b.keys[i]!) >>> 0);
    if (g === undefined) continue;
    for (const codeA of g) {
      const code = (codeA | b.codes[i]!) >>> 0;
      if (accept(code)) found.push(code);
    }
  }
  return Uint32Array.from(found.sort((x, y) => x - y));
}
