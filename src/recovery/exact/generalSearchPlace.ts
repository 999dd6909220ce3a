/**
 * The head search at one place of the general exact search (generalSearch.ts): depth first over
 * the tasks in the place's order, each task's candidate data on S compatible with the joint
 * classes so far (scanned in cost order, or generated when few), the first task's one per
 * Stab(S)-orbit and the later ones one per orbit of the members of Stab(S) fixing the data chosen
 * before (generalSymmetry.ts, docs/math.md "hier-max at d = 5: deepening on the total, and the
 * head search by the stabiliser chain"), each weighted by its orbit size.
 */
import { popcount32 } from './candidates.js';
import { type DataCost, compareDataCosts } from './dataCosts.js';
import { type Candidate, compatibleMasks, maskKey } from './generalData.js';
import type { GeneralSpace, LeafVisit, NodeCut, Place } from './generalSearch.js';
import { DEEP_SYMMETRY, fixersOf, orbitWeightInPlace } from './generalSymmetry.js';
import type { Steps } from './steps.js';

/**
 * The leaves at one place with head cost <= bound(); true when a visitor stopped the search.
 * Below the first task, candidates are grouped by the members of Stab(S) that fix the data chosen
 * before (DEEP_SYMMETRY, generalSymmetry.ts). The class arrays handed to `cut` and `visit` are
 * reused per depth: valid during the call (and the visitor's steps) only.
 */
export function* searchPlace(space: GeneralSpace, pl: Place, bound: () => DataCost, visit: LeafVisit, cut?: NodeCut): Steps<boolean> {
  const { tasks, alg, full } = space;
  let stopped = false;
  const xRest = (full & ~pl.S) >>> 0;
  const zRest = (full & ~space.uMask) >>> 0;
  const size = 2 ** space.d;
  // Per depth: the classes of the child nodes, and the classes with the rest pair appended.
  const xsAt: number[][] = Array.from({ length: tasks.length + 1 }, () => []);
  const zsAt: number[][] = Array.from({ length: tasks.length + 1 }, () => []);
  const xcAt: number[][] = Array.from({ length: tasks.length + 1 }, () => []);
  const zcAt: number[][] = Array.from({ length: tasks.length + 1 }, () => []);
  const countsAt = Array.from({ length: tasks.length }, (_, j) => new Int32Array(size * tasks[pl.order[j]!]!.counts.length));
  const moved = new Int8Array(size);
  const withRestInPlace = (j: number, xs: readonly number[], zs: readonly number[]): void => {
    const xc = xcAt[j]!;
    const zc = zcAt[j]!;
    xc.length = 0;
    zc.length = 0;
    for (let i = 0; i < xs.length; i++) xc.push(xs[i]!), zc.push(zs[i]!);
    if (xRest !== 0) xc.push(xRest);
    if (zRest !== 0) zc.push(zRest);
  };
  const deep = DEEP_SYMMETRY.on;
  const dfs = function* (j: number, xs: readonly number[], zs: readonly number[], spent: DataCost, weight: number, group: readonly Uint32Array[]): Steps<void> {
    if ((++space.nodes & 4095) === 0) {
      if (space.expired()) {
        space.aborted = true;
        return;
      }
      yield;
    }
    if (cut || j === tasks.length) withRestInPlace(j, xs, zs);
    if (cut && cut(xcAt[j]!, zcAt[j]!, alg.combine(spent, pl.rest[j]!))) return;
    if (j === tasks.length) {
      if (compareDataCosts(spent, bound()) > 0) return;
      if (yield* visit(spent, BigInt(weight), xcAt[j]!, zcAt[j]!)) stopped = true;
      return;
    }
    const t = tasks[pl.order[j]!]!;
    const values = t.counts.length;
    const list = pl.lists[j]!;
    const allowed = alg.allowance(bound(), spent, pl.rest[j + 1]!);
    const counts = countsAt[j]!;
    for (let i = 0; i < xs.length; i++) for (let v = 0; v < values; v++) counts[i * values + v] = popcount32((zs[i]! & t.zMasks[v]!) >>> 0);
    let product = 1;
    for (let i = 0; i < xs.length && product <= list.length; i++) product *= multinomialAt(popcount32(xs[i]!), counts, i * values, values);
    const generated = j > 0 && product * 16 < list.length ? generatedCandidates(pl, j, xs, counts, values, product === 1) : null;
    const n = generated?.length ?? list.length;
    const nx = xsAt[j + 1]!;
    const nz = zsAt[j + 1]!;
    const grouped = deep && j > 0 && group.length > 1;
    for (let c = 0; c < n; c++) {
      const cand = generated ? generated[c]! : list[c]!;
      if (compareDataCosts(cand.cost, allowed) > 0) {
        if (generated) continue;
        break;
      }
      let ok = generated !== null;
      if (!ok) {
        ok = true;
        for (let i = 0; i < xs.length && ok; i++) for (let v = 0; v < values && ok; v++) ok = popcount32((xs[i]! & cand.masks[v]!) >>> 0) === counts[i * values + v];
      }
      if (!ok) continue;
      // One candidate per orbit of the group fixing S and the data so far (the first task: pl.firstWeights).
      const w = j === 0 ? pl.firstWeights[c]! : grouped ? orbitWeightInPlace(group, cand.data, moved) : 1;
      if (w === 0) {
        DEEP_SYMMETRY.skipped++;
        continue;
      }
      nx.length = 0;
      nz.length = 0;
      for (let i = 0; i < xs.length; i++) {
        for (let v = 0; v < values; v++) {
          const a = (xs[i]! & cand.masks[v]!) >>> 0;
          if (a === 0) continue;
          nx.push(a);
          nz.push((zs[i]! & t.zMasks[v]!) >>> 0);
        }
      }
      const next = deep && group.length > 1 ? fixersOf(group, cand.data) : group;
      yield* dfs(j + 1, nx, nz, alg.combine(spent, cand.cost), weight * w, next);
      if (space.aborted || stopped) return;
    }
  };
  yield* dfs(0, [pl.S], [space.uMask], alg.zero, pl.orbitSize, pl.stab);
  return stopped;
}

/** multinomial(n; counts[from..from + values)) (generalData.ts's, on a row of a flat table). */
function multinomialAt(n: number, counts: Int32Array, from: number, values: number): number {
  let out = 1;
  let left = n;
  for (let v = 0; v < values; v++) {
    const k = counts[from + v]!;
    for (let i = 1; i <= k; i++) out = (out * (left - k + i)) / i;
    left -= k;
  }
  return Math.round(out);
}

/** The compatible candidates at depth j > 0, generated from the classes' counts (few of them). */
function generatedCandidates(pl: Place, j: number, xs: readonly number[], counts: Int32Array, values: number, forced: boolean): Candidate[] {
  const rows = xs.map((_, i) => Array.from(counts.subarray(i * values, (i + 1) * values)));
  const byKey = pl.byKey[j]!;
  return forced ? [byKey.get(maskKey(forcedMasks(xs, rows, values)))!] : compatibleMasks(xs, rows, values).map((m) => byKey.get(maskKey(m))!);
}

/** The one compatible data when every class takes a single value (product 1): each class on its value. */
function forcedMasks(xs: readonly number[], counts: readonly (readonly number[])[], values: number): number[] {
  const masks = new Array<number>(values).fill(0);
  for (let i = 0; i < xs.length; i++) {
    const c = counts[i]!;
    for (let v = 0; v < values; v++) if (c[v]! > 0) masks[v] = masks[v]! | xs[i]!; // int32, as the candidates' keys
  }
  return masks;
}
