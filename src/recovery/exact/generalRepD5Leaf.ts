/**
 * The representation cost inside one leaf of the place-by-place search (generalRepD5.ts), for
 * d = 5 where the balanced latent masks cannot be tabled (C(32, 16) of them): the coordinate
 * levels of generalRepLeaf.ts (level j chooses M_j = {z : bit j of V(z) = 1}, compatible with
 * every pair of classes, |M_j & Z_i| = the number of x in X_i with bit j set) over a list that
 * is complete only up to a degree L (observedCoordinates.ts: the store's balanced codes of
 * Fourier degree <= 3 moved to the latents, 407,690 at d = 5, m = 5; at d <= 4 every mask, L
 * infinite). At each level, with allowance a (the budget left for this coordinate):
 * - when the compatible masks are few (their count, a product of binomials, is at most 1/512
 *   of the listed masks within a, or at most EXHAUSTIVE.upTo when a > L), they are enumerated and
 *   each is costed exactly (looked up among the listed ones, else, when a > L, its Fourier degree
 *   on the observations): complete;
 * - otherwise the list is scanned up to degree min(a, L), only the listed masks whose part inside
 *   U meets the counts of the classes inside U (buckets by that part) for the long degree-3 part;
 *   if a > L a coordinate of degree L + 1..a could be missed: under a sum the first such
 *   coordinate is deferred to the end (where every class has at most two points and at most 2^16
 *   masks remain, each costed exactly); a second one, or any under the max, sets `incomplete` and
 *   lowers `missed` to a lower bound on the representation cost of what may be missed.
 * docs/math.md, "Representation biases at d = 5 with partial support", proves it.
 */
import { popcount32 } from './candidates.js';
import { compatibleMasks, splitByCoordinate } from './generalRepLeaf.js';
import type { D5Coordinates } from './generalRepD5Coordinates.js';
import { compatible, exceedsFrom, productWithin, restLeast } from './generalRepD5Bound.js';
import type { Steps } from './steps.js';


/**
 * Switches for the cuts of docs/math.md, "Reach of the d = 5 rep search with partial support" (off
 * only in tests, to cross-check them): `rest` bounds the later coordinates on the current classes
 * (restLeast) and takes that from the allowance of the coordinate being chosen (sums only);
 * `top` counts the hier-max V past the list by whole classes (generalRepD5Top.ts, generalRepD5.ts)
 * instead of leaving such leaves incomplete.
 */
export const D5_CUTS = { rest: true, top: true };

/**
 * The leaf's scan (docs/math.md, "hier-max at d = 5: ..., the leaf's scan by buckets"): `fine` (off
 * only in tests and the bench, to compare) checks only the classes outside U in a bucketed scan and
 * prefers the scan to generating the compatible masks when the buckets hold fewer than `ratio`
 * times as many masks; buckets are formed for that only when the classes inside U meet at most
 * `parts` parts; lists of more than `bucketsFrom` masks are bucketed (0 in tests, to reach d = 4); `plant`
 * (tests only) skips the forced classes' check, a planted fault the tests must catch. Within the list's degree only (allowed <= L), so completeness is unchanged.
 */
export const D5_LEAF = { fine: true, ratio: 2, parts: 64, bucketsFrom: 4096, plant: false };

/** Compatible masks up to this many are enumerated and costed one by one when the list would be incomplete (0 only in tests). */
export const EXHAUSTIVE = { upTo: 1 << 14 };

export interface D5Pulse {
  nodes: number;
  aborted: boolean;
  /** Set when a scan stopped at the list's degree L under an allowance above it (and a second coordinate deferred under a sum). */
  incomplete: boolean;
  /** Then: a lower bound on the representation cost of every V that may have been missed (else Infinity). */
  missed: number;
  readonly expired: () => boolean;
}

/**
 * Every V of the leaf (x-classes xc paired with z-classes zc) whose representation cost is
 * <= budget and reachable through the list (all of them unless pulse.incomplete is set; the
 * missed ones then cost >= pulse.missed), shown to visit with its representation cost
 * (v[z] = V(z), reused: copy to keep); true when visit stopped it.
 */
export function* repLeafD5Steps(pulse: D5Pulse, rc: D5Coordinates, combine: 'sum' | 'max', xc: readonly number[], zc: readonly number[], budget: number, visit: (v: Uint32Array, cost: number) => boolean, uMask = 0): Steps<boolean> {
  const { d } = rc;
  if (budget < (combine === 'sum' ? d * rc.least : rc.least)) return false;
  const buckets = uMask !== 0 && popcount32(uMask) <= 12 ? rc.bucketsFor(uMask) : null;
  const EMPTY = new Uint32Array(0);
  const v = new Uint32Array(1 << d);
  const L = rc.ends.length - 1;
  let stopped = false;
  const level = function* (j: number, xs: readonly number[], zs: readonly number[], spent: number, deferred: number): Steps<void> {
    if ((++pulse.nodes & 4095) === 0) {
      if (pulse.expired()) {
        pulse.aborted = true;
        return;
      }
      yield;
    }
    if (j === d && deferred >= 0) {
      // The deferred coordinate, one beyond the list: the classes now differ only in its bit
      // (at most 2 points each), so its compatible masks are at most 2^16; each unlisted one is
      // costed exactly (spent holds L + 1 for it).
      const high = rc.high[deferred]!;
      const ks = xs.map((x) => popcount32((x & high) >>> 0));
      const room = budget - spent + L + 1;
      for (const M of compatibleMasks(zs, ks)) {
        if ((++pulse.nodes & 4095) === 0) {
          if (pulse.expired()) {
            pulse.aborted = true;
            return;
          }
          yield;
        }
        if (rc.listed.has(M)) continue;
        const k = rc.costOf(M);
        if (k > room) continue;
        for (let i = 0; i < xs.length; i++) {
          const xh = (xs[i]! & high) >>> 0;
          const xl = (xs[i]! & ~high) >>> 0;
          if (xh !== 0) v[31 - Math.clz32((zs[i]! & M) >>> 0)] = 31 - Math.clz32(xh);
          if (xl !== 0) v[31 - Math.clz32((zs[i]! & ~M) >>> 0)] = 31 - Math.clz32(xl);
        }
        if (visit(v, spent - (L + 1) + k)) {
          stopped = true;
          return;
        }
      }
      return;
    }
    if (j === d) {
      xs.forEach((x, i) => (v[31 - Math.clz32(zs[i]!)] = 31 - Math.clz32(x)));
      if (visit(v, spent)) stopped = true;
      return;
    }
    const later = combine === 'sum' ? (D5_CUTS.rest && j + 1 < d ? restLeast(rc, xs, zs, j + 1, 2) : (d - 1 - j) * rc.least) : 0;
    const allowed = Math.min(rc.top, combine === 'sum' ? budget - spent - later : budget);
    if (allowed < rc.least) return;
    const high = rc.high[j]!;
    const ks = xs.map((x) => popcount32((x & high) >>> 0));
    const n = rc.ends[Math.min(allowed, L)]!;
    // Generating a compatible mask costs far more than scanning a listed one (about 1 in 1,500
    // balanced masks is listed at d = 5): generate only few, or past L (to stay complete).
    const cap = allowed > L ? Math.max(n >>> 9, EXHAUSTIVE.upTo) : n >>> 9;
    const within = productWithin(zs, ks, cap);
    // Scanning a long list (degree 3): only the buckets whose part inside U meets the counts of
    // the classes inside U; with D5_LEAF.fine the scan then checks only the classes outside U
    // (a listed mask in bucket R meets those inside U by the choice of R), and is preferred to
    // generating the compatible masks when its buckets are shorter than RATIO times their number
    // (at the last coordinates the part inside U is often forced: one bucket of a few hundred).
    let parts: Uint32Array[] | null = null;
    let checkZ: readonly number[] = zs;
    let checkK: readonly number[] = ks;
    const fine = D5_LEAF.fine && allowed <= L;
    if (buckets !== null && n > D5_LEAF.bucketsFrom && (within > cap || fine)) {
      const inU: number[] = [];
      const kU: number[] = [];
      const outZ: number[] = [];
      const outK: number[] = [];
      zs.forEach((z, i) => ((z & ~uMask) === 0 ? (inU.push(z), kU.push(ks[i]!)) : (outZ.push(z), outK.push(ks[i]!))));
      if (inU.length > 0 && (within > cap || productWithin(inU, kU, D5_LEAF.parts) <= D5_LEAF.parts)) {
        parts = compatibleMasks(inU, kU).map((R) => buckets.get(R) ?? EMPTY);
        if (fine) [checkZ, checkK] = [outZ, outK];
      }
    }
    let options: number[] | null = null;
    if (within <= cap) {
      let scanned = Infinity;
      if (fine && parts !== null) {
        scanned = 0;
        for (const b of parts) scanned += b.length;
      }
      if (within * D5_LEAF.ratio <= scanned) {
        options = compatibleMasks(zs, ks);
        [parts, checkZ, checkK] = [null, zs, ks];
      }
    }
    // With `fine`, the classes a mask must meet wholly or not at all are checked at once (one
    // mask and one compare: most listed masks fail there), the others one by one.
    let forcedMask = 0;
    let forcedValue = 0;
    const looseZ: number[] = [];
    const looseK: number[] = [];
    if (fine && options === null) {
      for (let i = 0; i < checkZ.length; i++) {
        const z = checkZ[i]!;
        const k = checkK[i]!;
        if (k === 0 || k === popcount32(z)) {
          forcedMask = (forcedMask | z) >>> 0;
          if (k !== 0) forcedValue = (forcedValue | z) >>> 0;
        } else looseZ.push(z), looseK.push(k);
      }
    }
    // Past the list with too many masks: under a sum, one such coordinate is deferred to the end
    // (below); a second one, or any under the max, leaves the leaf incomplete.
    const defer = options === null && allowed > L && combine === 'sum' && deferred < 0;
    if (options === null && allowed > L && !defer) {
      pulse.incomplete = true;
      pulse.missed = Math.min(pulse.missed, combine === 'sum' ? spent + L + 1 + later : Math.max(spent, L + 1));
    }
    // The deferred branch first: a flag it raises is then seen even when a visitor stops early.
    if (defer) {
      yield* level(j + 1, xs, zs, spent + L + 1, j);
      if (pulse.aborted || stopped) return;
    }
    // One round over the options or the whole list up to degree min(a, L), else one per bucket
    // (each in list order, so by cost: past n the rest of a bucket costs too much).
    const rounds = parts?.length ?? 1;
    for (let b = 0; b < rounds; b++) {
      const bucket = parts?.[b] ?? null;
      const count = options?.length ?? bucket?.length ?? n;
      for (let c = 0; c < count; c++) {
        const at = bucket !== null ? bucket[c]! : c;
        if (bucket !== null && at >= n) break;
        const M = options ? options[c]! : rc.codes[at]!;
        const k = options ? (rc.listed.get(M) ?? (allowed > L ? rc.costOf(M) : Infinity)) : rc.costs[at]!;
        if (k > allowed) continue;
        if (!options && (fine ? (!D5_LEAF.plant && ((M & forcedMask) >>> 0) !== forcedValue) || !compatible(looseZ, looseK, M) : !compatible(checkZ, checkK, M))) continue;
        const { nx, nz } = splitByCoordinate(xs, zs, high, M);
        const next = combine === 'sum' ? spent + k : Math.max(spent, k);
        // Look ahead: the later coordinates (the deferred one not among them) must still fit.
        if (j + 1 < d && exceedsFrom(rc, combine, nx, nz, budget, j + 1, next, 1)) continue;
        yield* level(j + 1, nx, nz, next, deferred);
        if (pulse.aborted || stopped) return;
      }
    }
  };
  yield* level(0, xc, zc, 0, -1);
  return stopped;
}
