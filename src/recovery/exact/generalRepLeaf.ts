/**
 * The representation cost inside one leaf of the general exact search (generalSearch.ts). A leaf
 * pairs classes X_i (points of the representation side) with Z_i (latents); its V are the
 * bijections with V(Z_i) = X_i. Coordinate levels j = 1..d choose the latent mask
 * M_j = {z : bit j of V(z) = 1} = the -1 set of Phi_j o psi, compatible with every pair
 * (|M_j & Z_i| = the number of x in X_i with bit j set) and split each pair by it; after d
 * levels the classes are points and V is determined, each V of the leaf reached once. A level
 * costs deg(Phi_j), the least degree of a fit of the mask's +-1 data on psi's image in C_m
 * (paper/observedDegree.ts: booleanDegree, so m > d works as m = d does), combined by sum
 * (head+rep, hier-sum) or max (hier-max). M_j is balanced (V is a bijection), so the costs are
 * tabled over the balanced masks once and listed by degree.
 */
import type { BoolMap } from '../../maps/boolMap.js';
import { observedDegrees } from '../paper/observedDegree.js';
import { popcount32 } from './candidates.js';
import { pointsOfMask } from './generalData.js';
import type { Steps } from './steps.js';

export interface RepCoordinates {
  readonly d: number;
  /** deg(Phi_j) by latent mask (balanced masks; -1 elsewhere). */
  readonly degree: Int8Array;
  /** The balanced masks by increasing degree, and upTo[k] = how many have degree <= k. */
  readonly sorted: Uint32Array;
  readonly upTo: Int32Array;
  /** The least degree of a coordinate (1: a balanced mask is not constant on psi's image). */
  readonly least: number;
  /** high[j]: the points x of C_d with bit j set. */
  readonly high: readonly number[];
}

const built = new WeakMap<Uint32Array, RepCoordinates>();

export function repCoordinates(psi: BoolMap): RepCoordinates {
  const hit = built.get(psi.image);
  if (hit && hit.d === psi.n) return hit;
  const d = psi.n;
  const size = 1 << d;
  const observed = observedDegrees(psi);
  const degree = new Int8Array(2 ** size).fill(-1);
  const masks: number[] = [];
  for (let M = 0; M < 2 ** size; M++) {
    if (popcount32(M) !== size / 2) continue;
    degree[M] = observed.booleanDegree(M);
    masks.push(M);
  }
  masks.sort((a, b) => degree[a]! - degree[b]! || a - b);
  const upTo = new Int32Array(psi.m + 1);
  for (const M of masks) upTo[degree[M]!]!++;
  for (let k = 1; k <= psi.m; k++) upTo[k]! += upTo[k - 1]!;
  const high = Array.from({ length: d }, (_, j) => Array.from({ length: size }, (_, x) => x).reduce((h, x) => ((x >>> j) & 1 ? h | (1 << x) : h), 0) >>> 0);
  const out = { d, degree, sorted: Uint32Array.from(masks), upTo, least: degree[masks[0]!]!, high };
  built.set(psi.image, out);
  return out;
}

/** Shared with the leaf search: a node counter and the time-out flag (yield every 4096 nodes). */
export interface Pulse {
  nodes: number;
  aborted: boolean;
  readonly expired: () => boolean;
}

/** The latent masks choosing, in each Z_i, k_i of its points. */
export function compatibleMasks(zs: readonly number[], ks: readonly number[]): number[] {
  const out: number[] = [];
  const pts = zs.map(pointsOfMask);
  const rec = (i: number, from: number, left: number, mask: number): void => {
    if (left === 0) {
      if (i + 1 === zs.length) out.push(mask >>> 0);
      else rec(i + 1, 0, ks[i + 1]!, mask);
      return;
    }
    const p = pts[i]!;
    for (let r = from; r <= p.length - left; r++) rec(i, r + 1, left - 1, mask | (1 << p[r]!));
  };
  if (zs.length > 0) rec(0, 0, ks[0]!, 0);
  return out;
}

/**
 * The joint classes after coordinate M: class i (points xs[i] on the representation side, zs[i] on
 * the latents) splits into the points with the coordinate's bit set (`high`) and the rest, paired
 * with M's points and the rest; empty parts dropped.
 */
export function splitByCoordinate(xs: readonly number[], zs: readonly number[], high: number, M: number): { nx: number[]; nz: number[] } {
  const nx: number[] = [];
  const nz: number[] = [];
  for (let i = 0; i < xs.length; i++) {
    const xh = (xs[i]! & high) >>> 0;
    const xl = (xs[i]! & ~high) >>> 0;
    if (xh !== 0) nx.push(xh), nz.push((zs[i]! & M) >>> 0);
    if (xl !== 0) nx.push(xl), nz.push((zs[i]! & ~M) >>> 0);
  }
  return { nx, nz };
}

export function binomial(n: number, k: number): number {
  let out = 1;
  for (let i = 1; i <= k; i++) out = (out * (n - k + i)) / i;
  return Math.round(out);
}

/**
 * Every V of the leaf (x-classes xc paired with z-classes zc) whose representation cost is
 * <= budget, shown to visit (v[z] = V(z), reused: copy to keep); true when visit stopped it.
 */
export function* repLeafSteps(pulse: Pulse, rc: RepCoordinates, combine: 'sum' | 'max', xc: readonly number[], zc: readonly number[], budget: number, visit: (v: Uint32Array) => boolean): Steps<boolean> {
  const { d } = rc;
  const top = rc.upTo.length - 1;
  if (budget < (combine === 'sum' ? d * rc.least : rc.least)) return false;
  const v = new Uint32Array(1 << d);
  let stopped = false;
  const level = function* (j: number, xs: readonly number[], zs: readonly number[], spent: number): Steps<void> {
    if ((++pulse.nodes & 4095) === 0) {
      if (pulse.expired()) {
        pulse.aborted = true;
        return;
      }
      yield;
    }
    if (j === d) {
      xs.forEach((x, i) => (v[31 - Math.clz32(zs[i]!)] = 31 - Math.clz32(x)));
      if (visit(v)) stopped = true;
      return;
    }
    const allowed = Math.min(top, combine === 'sum' ? budget - spent - (d - 1 - j) * rc.least : budget);
    if (allowed < rc.least) return;
    const high = rc.high[j]!;
    const ks = xs.map((x) => popcount32((x & high) >>> 0));
    let product = 1;
    const n = rc.upTo[allowed]!;
    for (let i = 0; i < zs.length && product <= n; i++) product *= binomial(popcount32(zs[i]!), ks[i]!);
    const options = product <= n ? compatibleMasks(zs, ks) : null;
    const count = options?.length ?? n;
    for (let c = 0; c < count; c++) {
      const M = options ? options[c]! : rc.sorted[c]!;
      const k = rc.degree[M]!;
      if (k > allowed) continue;
      if (!options) {
        let ok = true;
        for (let i = 0; i < zs.length && ok; i++) ok = popcount32((zs[i]! & M) >>> 0) === ks[i];
        if (!ok) continue;
      }
      const { nx, nz } = splitByCoordinate(xs, zs, high, M);
      yield* level(j + 1, nx, nz, combine === 'sum' ? spent + k : Math.max(spent, k));
      if (pulse.aborted || stopped) return;
    }
  };
  yield* level(0, xc, zc, 0);
  return stopped;
}
