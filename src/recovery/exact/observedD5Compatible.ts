/**
 * Every code on the latents compatible with the current joint classes and of observed degree
 * <= c, by meet in the middle over the annihilator N_c (observedD5Duals.ts; docs/math.md,
 * "Observed coordinates at d = 5 with m > d", "Compatible codes past the list"). The tuple search
 * (tupleSearch.ts) asks for them at a coordinate level whose allowance is above the list's level L
 * and whose compatible codes are too many to generate one by one (e.g. C(16,8)^2 = 165,636,900
 * right after a balanced first head): so head+rep and hier-sum need not stop at the list's level.
 * A compatible code takes exactly targets[i] points of class K_i; it has cost <= c iff
 * sum_{z in C} w(z) = 0 for each basis vector w of N_c. Each class is split into a left and a right
 * half of its points; C = A u B, A left, B right. With t(z) = sum_w r_w w(z) + R_i mod 2^32 (z in K_i,
 * fixed multipliers r_w, R_i) and T(X) = sum_{z in X} t(z) mod 2^32, every solution has
 * T(A) + T(B) = sum_i R_i targets[i] mod 2^32. The left subsets (at most targets[i] points per class)
 * are grouped by T; each right subset B meets the group keyed K - T(B), which holds every A
 * completing it (and possibly a few more: hash collisions). Each pair is then checked exactly
 * (the class counts, ObservedDuals.inLevel), so none is missing and none is wrong. At most 2 * 2^16
 * subset sums at d = 5, plus the pairs; more pairs than `cap` answers null before any is checked.
 */
import type { ObservedDuals } from './observedD5Duals.js';
import { popcount32 } from './candidates.js';

const R_W = [0x9e3779b1, 0x85ebca77, 0xc2b2ae3d, 0x27d4eb2f, 0x165667b1, 0xd3a2646c, 0xfd7046c5, 0xb55a4f09];

const pointCache = new WeakMap<ObservedDuals, Map<number, Uint32Array>>();

/** sum_w r_w w(z) mod 2^32 for each latent point z, for the basis of N_level. */
function basisHashes(duals: ObservedDuals, level: number): Uint32Array {
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
function pointsOf(mask: number): number[] {
  const out: number[] = [];
  for (let m = mask >>> 0; m !== 0; m = (m & (m - 1)) >>> 0) out.push(31 - Math.clz32(m & -m));
  return out;
}

/** The subsets of `pts` (as codes on the latents) with their hashes T, or only those keeping per-class counts <= targets. */
function halfSubsets(pts: readonly number[], t: Uint32Array, classOf: Int32Array, classes: readonly number[], targets: readonly number[]): { codes: Uint32Array; keys: Uint32Array } {
  const size = 1 << pts.length;
  const code = new Uint32Array(size);
  const key = new Uint32Array(size);
  const keep = new Uint8Array(size);
  keep[0] = 1;
  for (let x = 1; x < size; x++) {
    const low = 31 - Math.clz32(x & -x);
    const prev = (x & (x - 1)) >>> 0;
    code[x] = (code[prev]! | (1 << pts[low]!)) >>> 0;
    key[x] = (key[prev]! + t[pts[low]!]!) >>> 0;
    keep[x] = keep[prev]! === 1 && popcount32((code[x]! & classes[classOf[pts[low]!]!]!) >>> 0) <= targets[classOf[pts[low]!]!]! ? 1 : 0;
  }
  let n = 0;
  for (let x = 0; x < size; x++) if (keep[x]) n++;
  const codes = new Uint32Array(n);
  const keys = new Uint32Array(n);
  for (let x = 0, k = 0; x < size; x++) if (keep[x]) (codes[k] = code[x]!), (keys[k++] = key[x]!);
  return { codes, keys };
}

/**
 * The codes choosing targets[i] points of classes[i] (disjoint masks covering the latents) with
 * observed degree <= c, or null when the hash matches exceed cap.
 */
export function compatibleCodesUpTo(duals: ObservedDuals, classes: readonly number[], targets: readonly number[], c: number, cap: number): Uint32Array | null {
  const byClass = !COMPATIBLE_BY_CLASSES.on ? undefined : compatibleByClasses(duals, classes, targets, Math.min(c, duals.m), cap);
  return byClass !== undefined ? byClass : compatibleByPoints(duals, classes, targets, c, cap);
}

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
function compatibleByClasses(duals: ObservedDuals, classes: readonly number[], targets: readonly number[], level: number, cap: number): Uint32Array | null | undefined {
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
  const groups = new Map<number, number[]>();
  a.keys.forEach((k, i) => {
    const g = groups.get(k);
    if (g) g.push(a.codes[i]!);
    else groups.set(k, [a.codes[i]!]);
  });
  let matches = 0;
  for (let i = 0; i < b.keys.length; i++) matches += groups.get((0 - b.keys[i]!) >>> 0)?.length ?? 0;
  if (matches > cap) return null;
  const found: number[] = [];
  for (let i = 0; i < b.keys.length; i++) {
    const g = groups.get((0 - b.keys[i]!) >>> 0);
    if (g === undefined) continue;
    for (const codeA of g) {
      const code = (codeA | b.codes[i]!) >>> 0;
      if (duals.inLevel(code, level)) found.push(code);
    }
  }
  return Uint32Array.from(found.sort((x, y) => x - y));
}

function binomialSmall(n: number, k: number): number {
  let r = 1;
  for (let i = 0; i < k; i++) r = (r * (n - i)) / (i + 1);
  return Math.round(r);
}

/** The split by points (each class halved), for classes too large to list their choices. */
function compatibleByPoints(duals: ObservedDuals, classes: readonly number[], targets: readonly number[], c: number, cap: number): Uint32Array | null {
  const level = Math.min(c, duals.m);
  const size = 1 << duals.d;
  const base = basisHashes(duals, level);
  const classOf = new Int32Array(size).fill(-1);
  const t = new Uint32Array(size);
  const left: number[] = [];
  const right: number[] = [];
  let K = 0;
  classes.forEach((mask, i) => {
    const R = (Math.imul(i + 1, 0x2545f491) ^ 0x6a09e667) >>> 0;
    K = (K + Math.imul(R, targets[i]!)) >>> 0;
    const pts = pointsOf(mask);
    pts.forEach((z, k) => {
      classOf[z] = i;
      t[z] = (base[z]! + R) >>> 0;
      (k < pts.length >> 1 ? left : right).push(z);
    });
  });
  const a = halfSubsets(left, t, classOf, classes, targets);
  const b = halfSubsets(right, t, classOf, classes, targets);
  const groups = new Map<number, number[]>();
  a.keys.forEach((k, i) => {
    const g = groups.get(k);
    if (g) g.push(a.codes[i]!);
    else groups.set(k, [a.codes[i]!]);
  });
  let matches = 0;
  for (let i = 0; i < b.keys.length; i++) matches += groups.get((K - b.keys[i]!) >>> 0)?.length ?? 0;
  if (matches > cap) return null;
  const found: number[] = [];
  for (let i = 0; i < b.keys.length; i++) {
    const g = groups.get((K - b.keys[i]!) >>> 0);
    if (g === undefined) continue;
    for (const codeA of g) {
      const code = (codeA | b.codes[i]!) >>> 0;
      let ok = true;
      for (let k = 0; k < classes.length && ok; k++) ok = popcount32((code & classes[k]!) >>> 0) === targets[k];
      if (ok && duals.inLevel(code, level)) found.push(code);
    }
  }
  return Uint32Array.from(found.sort((x, y) => x - y));
}
