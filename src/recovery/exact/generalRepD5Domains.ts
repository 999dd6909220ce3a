/**
 * The leaf's V under the max within the list (hier-max's passes r <= L, generalRepD5Max.ts) by
 * forward checking (docs/math.md, "hier-max at d = 5: the leaf by domains, fewest first"): every
 * coordinate j keeps its domain, the listed masks of cost <= budget compatible with the current
 * classes; choosing a mask for one coordinate splits the classes, and every other domain is
 * filtered to the masks compatible with the split ones (a mask compatible with the split classes
 * is compatible with the unsplit ones, so the filtered domain holds every mask the coordinate can
 * still take). An empty domain cuts the node; the next coordinate is the one with the fewest masks
 * left (`order: 'fixed'`, tests only: j = 0, 1, ... as generalRepD5Leaf.ts). With two coordinates
 * left, each mask of the smaller domain splits the classes and the other's masks passing the split
 * classes are exactly the completions (plain loops, no generator below). Each V of the leaf with every coordinate of
 * cost <= budget and the largest >= atLeast is visited once (a V is one choice of mask per
 * coordinate, whatever order they are chosen in); the order of the V differs from the plain leaf.
 */
import { popcount32 } from './candidates.js';
import { compatibleMasks } from './generalRepLeaf.js';
import type { D5Coordinates } from './generalRepD5Coordinates.js';
import { compatible, productWithin } from './generalRepD5Bound.js';
import type { D5Pulse } from './generalRepD5Leaf.js';
import type { Steps } from './steps.js';

/** `on`: hier-max's passes use this leaf (off: generalRepD5Leaf.ts; bench and tests); `plant` (tests only) skips the split classes' loose counts, a fault the tests must catch. */
export const D5_DOMAINS = { on: true, order: 'fewest' as 'fewest' | 'fixed', plant: false };

/** A coordinate's masks left, with their costs (n of the arrays used). */
interface Domain {
  masks: Uint32Array;
  costs: Uint8Array;
  n: number;
  /** The largest cost among them. */
  top: number;
}

const ctz = (x: number): number => 31 - Math.clz32((x & -x) >>> 0);

/** The listed masks of cost <= budget compatible with (xs, zs) for bit `high`: by buckets of their part inside U, by generating the compatible masks when fewer, else by a scan. */
function rootDomain(rc: D5Coordinates, xs: readonly number[], zs: readonly number[], high: number, budget: number, uMask: number): Domain {
  const n = rc.ends[budget]!;
  const ks = xs.map((x) => popcount32((x & high) >>> 0));
  const masks: number[] = [];
  const costs: number[] = [];
  const inZ: number[] = [];
  const inK: number[] = [];
  const outZ: number[] = [];
  const outK: number[] = [];
  zs.forEach((z, i) => ((z & ~uMask) === 0 ? (inZ.push(z), inK.push(ks[i]!)) : (outZ.push(z), outK.push(ks[i]!))));
  const useBuckets = uMask !== 0 && popcount32(uMask) <= 12 && inZ.length > 0 && productWithin(inZ, inK, 4096) <= 4096;
  const parts = useBuckets ? compatibleMasks(inZ, inK).map((R) => rc.bucketsFor(uMask).get(R)) : null;
  let scanned = n;
  if (parts) scanned = parts.reduce((s, b) => s + (b?.length ?? 0), 0);
  const within = productWithin(zs, ks, scanned >>> 1);
  if (within <= scanned >>> 1) {
    for (const M of compatibleMasks(zs, ks)) {
      const k = rc.listed.get(M);
      if (k !== undefined && k <= budget) masks.push(M), costs.push(k);
    }
  } else if (parts) {
    // A mask in the bucket of a compatible part R meets the classes inside U (|M & Z| = |R & Z|).
    for (const b of parts) {
      if (!b) continue;
      for (let c = 0; c < b.length && b[c]! < n; c++) {
        const M = rc.codes[b[c]!]!;
        if (compatible(outZ, outK, M)) masks.push(M), costs.push(rc.costs[b[c]!]!);
      }
    }
  } else {
    for (let c = 0; c < n; c++) if (compatible(zs, ks, rc.codes[c]!)) masks.push(rc.codes[c]!), costs.push(rc.costs[c]!);
  }
  return { masks: Uint32Array.from(masks), costs: Uint8Array.from(costs), n: masks.length, top: costs.reduce((a, b) => Math.max(a, b), 0) };
}

/**
 * Every V of the leaf (x-classes xc paired with z-classes zc) whose coordinates all cost <= budget
 * (budget <= L: within the list, so complete) and whose largest cost is >= atLeast, shown to visit
 * with that largest cost (v reused: copy to keep); true when visit stopped it.
 */
export function* maxLeafByDomains(pulse: D5Pulse, rc: D5Coordinates, xc: readonly number[], zc: readonly number[], budget: number, atLeast: number, visit: (v: Uint32Array, cost: number) => boolean, uMask = 0): Steps<boolean> {
  const { d, high } = rc;
  const L = rc.ends.length - 1;
  if (budget > L) throw new Error('internal: the leaf by domains needs a budget within the list');
  if (budget < rc.least || budget < atLeast) return false;
  const v = new Uint32Array(1 << d);
  // dom[t][j]: coordinate j's domain at depth t (t coordinates chosen), grown as needed; the
  // classes at depth t in xsAt[t], zsAt[t] (nAt[t] of them).
  const dom: Domain[][] = Array.from({ length: d + 1 }, () => []);
  for (let j = 0; j < d; j++) dom[0]![j] = rootDomain(rc, xc, zc, high[j]!, budget, uMask);
  if (dom[0]!.some((D) => D.n === 0) || dom[0]!.every((D) => D.top < atLeast)) return false;
  const xsAt = Array.from({ length: d + 1 }, () => new Uint32Array(1 << d));
  const zsAt = Array.from({ length: d + 1 }, () => new Uint32Array(1 << d));
  const nAt = new Int32Array(d + 1);
  xc.forEach((x, i) => ((xsAt[0]![i] = x), (zsAt[0]![i] = zc[i]!)));
  nAt[0] = xc.length;
  // The split classes of the current choice: x-part with bit j set, z-part inside M.
  const splitX = new Uint32Array(1 << d);
  const splitZ = new Uint32Array(1 << d);
  const looseZ = new Uint32Array(1 << d);
  const looseK = new Int32Array(1 << d);
  let nSplit = 0;
  let nLoose = 0;
  let forcedMask = 0;
  let forcedValue = 0;
  let stopped = false;
  let work = 0;
  const fixed = D5_DOMAINS.order === 'fixed';
  const plant = D5_DOMAINS.plant;
  /** Splits depth t's classes by coordinate j's mask M into depth t + 1 (and the split ones). */
  const split = (t: number, hj: number, M: number): void => {
    const xs = xsAt[t]!;
    const zs = zsAt[t]!;
    const nx = xsAt[t + 1]!;
    const nz = zsAt[t + 1]!;
    let m = 0;
    nSplit = 0;
    for (let i = 0; i < nAt[t]!; i++) {
      const xh = (xs[i]! & hj) >>> 0;
      const xl = (xs[i]! & ~hj) >>> 0;
      const zh = (zs[i]! & M) >>> 0;
      if (xh !== 0) (nx[m] = xh), (nz[m++] = zh);
      if (xl !== 0) (nx[m] = xl), (nz[m++] = (zs[i]! & ~M) >>> 0);
      if (xh !== 0 && xl !== 0) (splitX[nSplit] = xh), (splitZ[nSplit++] = zh);
    }
    nAt[t + 1] = m;
  };
  /** The test a mask of coordinate jj must pass on the split classes: forced ones at once, the others by count. */
  const constraints = (hjj: number): void => {
    forcedMask = forcedValue = nLoose = 0;
    for (let i = 0; i < nSplit; i++) {
      const k = popcount32((splitX[i]! & hjj) >>> 0);
      const z = splitZ[i]!;
      if (k === 0 || k === popcount32(z)) {
        forcedMask = (forcedMask | z) >>> 0;
        if (k !== 0) forcedValue = (forcedValue | z) >>> 0;
      } else (looseZ[nLoose] = z), (looseK[nLoose++] = k);
    }
    if (plant) nLoose = 0;
  };
  const passes = (M2: number): boolean => {
    if (((M2 & forcedMask) >>> 0) !== forcedValue) return false;
    for (let i = 0; i < nLoose; i++) if (popcount32((M2 & looseZ[i]!) >>> 0) !== looseK[i]) return false;
    return true;
  };
  /** The last coordinate j at depth t: each class holds at most two points, differing in bit j only. */
  const last = (t: number, j: number, M: number, cost: number): boolean => {
    const hj = high[j]!;
    const xs = xsAt[t]!;
    const zs = zsAt[t]!;
    for (let i = 0; i < nAt[t]!; i++) {
      const xh = (xs[i]! & hj) >>> 0;
      const xl = (xs[i]! & ~hj) >>> 0;
      if (xh !== 0) v[ctz((zs[i]! & M) >>> 0)] = ctz(xh);
      if (xl !== 0) v[ctz((zs[i]! & ~M) >>> 0)] = ctz(xl);
    }
    return visit(v, cost);
  };
  /** Two coordinates left at depth t: each mask of the smaller domain, then the other's masks passing the split classes. */
  const pair = (t: number, a: number, b: number, spent: number): boolean => {
    const here = dom[t]!;
    if (!fixed && here[b]!.n < here[a]!.n) [a, b] = [b, a];
    const A = here[a]!;
    const B = here[b]!;
    const ha = high[a]!;
    const hb = high[b]!;
    work += A.n * (1 + B.n);
    for (let c = 0; c < A.n; c++) {
      const sa = Math.max(spent, A.costs[c]!);
      if (sa < atLeast && B.top < atLeast) continue;
      split(t, ha, A.masks[c]!);
      constraints(hb);
      for (let c2 = 0; c2 < B.n; c2++) {
        const cost = Math.max(sa, B.costs[c2]!);
        if (cost < atLeast || !passes(B.masks[c2]!)) continue;
        if (last(t + 1, b, B.masks[c2]!, cost)) return true;
      }
    }
    return false;
  };
  const node = function* (t: number, spent: number, rem: number): Steps<void> {
    pulse.nodes++;
    if (work > 1 << 16) {
      work = 0;
      if (pulse.expired()) {
        pulse.aborted = true;
        return;
      }
      yield;
    }
    const here = dom[t]!;
    let j = -1;
    for (let i = 0; i < d; i++) if ((rem >>> i) & 1 && (j < 0 || (!fixed && here[i]!.n < here[j]!.n))) j = i;
    const left = (rem & ~(1 << j)) >>> 0;
    if (left === 0) {
      // Only at d = 1 (below, two coordinates left go by pair).
      const D = here[j]!;
      for (let c = 0; c < D.n && !stopped; c++) if (Math.max(spent, D.costs[c]!) >= atLeast) stopped = last(t, j, D.masks[c]!, Math.max(spent, D.costs[c]!));
      return;
    }
    if ((left & (left - 1)) === 0) {
      if (pair(t, j, 31 - Math.clz32(left), spent)) stopped = true;
      return;
    }
    const D = here[j]!;
    const hj = high[j]!;
    const next = dom[t + 1]!;
    for (let c = 0; c < D.n; c++) {
      const spentNext = Math.max(spent, D.costs[c]!);
      split(t, hj, D.masks[c]!);
      // Filter each other domain: of a split class, the part inside M must hold as many masked
      // points as its x-part with bit j has bit jj (the other part then follows).
      let alive = true;
      let reach = spentNext;
      for (let jj = 0; jj < d && alive; jj++) {
        if (!((left >>> jj) & 1)) continue;
        constraints(high[jj]!);
        const from = here[jj]!;
        let to = next[jj];
        if (to === undefined || to.masks.length < from.n) to = next[jj] = { masks: new Uint32Array(from.n), costs: new Uint8Array(from.n), n: 0, top: 0 };
        let m = 0;
        let top = 0;
        for (let c2 = 0; c2 < from.n; c2++) {
          const M2 = from.masks[c2]!;
          if (!passes(M2)) continue;
          to.masks[m] = M2;
          const k2 = from.costs[c2]!;
          to.costs[m++] = k2;
          if (k2 > top) top = k2;
        }
        work += from.n;
        to.n = m;
        to.top = top;
        alive = m > 0;
        if (top > reach) reach = top;
      }
      // Cut: an empty domain, or no V below can reach cost atLeast.
      if (!alive || reach < atLeast) continue;
      yield* node(t + 1, spentNext, left);
      if (pulse.aborted || stopped) return;
    }
  };
  yield* node(0, 0, (1 << d) - 1);
  return stopped;
}
