/**
 * The composition bound by degree profile (repDegreeProfile.ts; docs/math.md, "Composition by
 * profile") for the passes past the list at d = 5, m > d (observedD5Split.ts), with what a pass
 * knows about its coordinates (docs/math.md, "Latent degree of an observed cost, per psi"):
 * each coordinate level belongs to a class k (cheap: cost <= L; dear: cost > L), and a coordinate
 * of class k has latent degree e in [lo_k, hi_k] and costs at least cost_k(e). For the cheap class
 * hi = the largest latent degree of a listed code, cost(e) = leastCost(e) (observedD5Reach.ts);
 * for the dear class lo = dearFrom(L), cost(e) = max(L + 1, leastCost(e)). A profile is one
 * multiset of latent degrees per class (as many as the class has levels); a head of a task of
 * latent degree D costs at least need(D, e) on the merged profile e (h = g o V, chi_S o V of
 * degree <= sum_{j in S} e_j). A candidate passes when some profile containing the chosen
 * coordinates' degrees (each in its class) keeps spent + the unchosen coordinates' least costs +
 * the remaining heads' max(floor, need, correlation bound) within the bound: exact, it refuses only
 * candidates whose every completion costs more.
 */
import type { RecoveryProblem } from '../types.js';
import { fourierDegreeOfCode } from './costs.js';
import type { TupleTask } from './tupleSpec.js';
import { need } from './repProfiles.js';

export interface CoordinateClass {
  readonly lo: number;
  readonly hi: number;
  readonly cost: (e: number) => number;
}

function popcount(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

// Keyed by (code, d): the same code is a different function at another d (the small-d tests run
// d = 3 and d = 4 in one process; keyed by code alone the second d read the first's degrees).
const memo = new Map<number, number>();
export function latentDegree(d: number, code: number): number {
  const key = code * 8 + d;
  let e = memo.get(key);
  if (e === undefined) {
    if (memo.size >= 1 << 20) memo.clear();
    memo.set(key, (e = fourierDegreeOfCode(d, code)));
  }
  return e;
}

/** The multisets of n values in lo..hi (each decreasing). */
function multisets(n: number, lo: number, hi: number): number[][] {
  const out: number[][] = [];
  const rec = (acc: number[], top: number) => {
    if (acc.length === n) return void out.push(acc.slice());
    for (let e = top; e >= lo; e--) rec([...acc, e], e);
  };
  rec([], hi);
  return out;
}

/**
 * The accept filter: classOf[i] the class of coordinate level i (-1 for a head level), tasks the
 * pass's levels, bound() the current total (coordinates' costs count: head+rep, hier-sum).
 */
export function passProfileCut(p: RecoveryProblem, tasks: readonly TupleTask[], bound: () => number, classOf: readonly number[], classes: readonly CoordinateClass[]): (j: number, g: number, prefix: readonly number[]) => boolean {
  const { d } = p;
  const k = tasks.length;
  const K = classes.length;
  const W = d + 1;
  const isCoord = tasks.map((t) => t.side === 'z');
  const D = tasks.map((t) => (t.side === 'z' ? 0 : latentDegree(d, t.code)));
  const cost = tasks.map((t) => t.costOf ?? ((c: number) => latentDegree(d, c)));
  const sizes = classes.map((_, c) => classOf.filter((x) => x === c).length);
  // The profiles: one multiset per class, crossed.
  let parts: number[][][] = [[]];
  classes.forEach((cl, c) => {
    const ms = multisets(sizes[c]!, cl.lo, cl.hi);
    parts = parts.flatMap((pre) => ms.map((m) => [...pre, m]));
  });
  const P = parts.length;
  const counts = new Int32Array(P * K * W);
  const baseCost = new Float64Array(P);
  const top = new Int32Array(P * W);
  const merged = parts.map((per, q) => {
    per.forEach((m, c) =>
      m.forEach((e) => {
        counts[(q * K + c) * W + e]!++;
        baseCost[q] += classes[c]!.cost(e);
      }),
    );
    const e = per.flat().sort((a, b) => b - a);
    for (let a = 0; a < e.length; a++) top[q * W + a + 1] = top[q * W + a]! + e[a]!;
    return e;
  });
  const needAt = tasks.map((t, i) => merged.map((e) => (isCoord[i] ? 0 : Math.max(t.floor as number, need(D[i]!, e)))));
  const after = Array.from({ length: k }, (_, j) =>
    merged.map((_, q) => {
      let s = 0;
      for (let i = j + 1; i < k; i++) if (!isCoord[i]) s += needAt[i]![q]!;
      return s;
    }),
  );
  const half = (1 << d) / 2;
  const chosen = new Int32Array(K * W);
  const coordCodes: number[] = [];
  const subsetCode = new Int32Array(1 << d);
  const subsetSize = new Int32Array(1 << d);
  const pending: number[] = [];
  const pendingLow: number[] = [];
  const headA: number[] = [];
  const headD: number[] = [];
  return (j, g, prefix) => {
    let spent = 0;
    let chosenCost = 0;
    chosen.fill(0);
    headA.length = 0;
    headD.length = 0;
    coordCodes.length = 0;
    for (let i = 0; i <= j; i++) {
      const code = i === j ? g : prefix[i]!;
      const a = cost[i]!(code) as number;
      spent += a;
      if (isCoord[i]) {
        const e = latentDegree(d, code);
        const c = classOf[i]!;
        if (e < classes[c]!.lo || e > classes[c]!.hi) return false;
        chosen[c * W + e]!++;
        chosenCost += classes[c]!.cost(e);
        coordCodes.push(code);
      } else if (D[i]! > 0) {
        headA.push(Math.min(a, d));
        headD.push(D[i]!);
      }
    }
    const limit = bound();
    if (spent > limit) return false;
    // Correlation bound: ghat_t(S) = <h_t, prod_{i in S} V_i> for S among the chosen coordinates.
    pending.length = 0;
    pendingLow.length = 0;
    const m = coordCodes.length;
    if (m > 0) {
      for (let S = 1; S < 1 << m; S++) {
        const low = S & -S;
        subsetCode[S] = (subsetCode[S ^ low]! ^ coordCodes[31 - Math.clz32(low)]!) >>> 0;
        subsetSize[S] = subsetSize[S ^ low]! + 1;
      }
      for (let i = j + 1; i < k; i++) {
        if (isCoord[i] || D[i] === 0) continue;
        let low = 0;
        for (let S = (1 << m) - 1; S > 0; S--) if (subsetSize[S]! > low && popcount((subsetCode[S]! ^ tasks[i]!.code) >>> 0) !== half) low = subsetSize[S]!;
        if (low > 0) (pending.push(i), pendingLow.push(low));
      }
    }
    const rest = after[j]!;
    for (let q = 0; q < P; q++) {
      let r = rest[q]!;
      for (let x = 0; x < pending.length; x++) {
        const base = needAt[pending[x]!]![q]!;
        if (pendingLow[x]! > base) r += pendingLow[x]! - base;
      }
      if (spent + baseCost[q]! - chosenCost + r > limit) continue;
      let fits = true;
      for (let v = 0; v < K * W && fits; v++) if (chosen[v]! > counts[q * K * W + v]!) fits = false;
      for (let h = 0; h < headA.length && fits; h++) if (top[q * W + headA[h]!]! < headD[h]!) fits = false;
      if (fits) return true;
    }
    return false;
  };
}
