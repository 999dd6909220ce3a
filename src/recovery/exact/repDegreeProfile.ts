/**
 * The composition bound per degree profile, for the exact head+rep / hier-sum / hier-max searches
 * (headRep.ts, hierMax.ts): a sharper form of observedDegreeBound.ts's deg(h_t) <= deg(g_t) * E.
 * With h_t = g_t o V, g_t = sum_S ghat(S) chi_S over |S| <= a = deg(g_t), and
 * chi_S o V = prod_{j in S} V_j of degree <= sum_{j in S} e_j (e_j = deg(V_j) on the latents), so
 *   deg(h_t) <= top_a(e), the sum of the a largest e_j (docs/math.md, "Composition by profile").
 * A head of a task of latent degree D therefore costs at least need(D, e) = the least a with
 * top_a(e) >= D, given the whole profile e (the coordinates' latent degrees as a multiset).
 *
 * repProfileCut turns this into an `accept` filter for the tuple search: at a candidate, the
 * chosen coordinates fix part of e, the chosen heads must satisfy top_{a_t}(e) >= D_t, and the
 * unchosen coordinates may take any latent degree 1..eCap at cost >= ceil(e / delta) each
 * (head+rep) or 0 (hier-max, e <= min(d, delta * M)). The candidate passes when some full profile
 * e extending the chosen part keeps spent + the unchosen coordinates' least costs + the remaining
 * heads' max(floor, need(D, e)) within the bound. Exact: it only refuses candidates all of whose
 * completions cost more than the bound.
 */
import type { RecoveryProblem } from '../types.js';
import { MAX_TABLE_D, booleanTables } from '../booleanTables.js';
import { fourierDegreeOfCode } from './costs.js';
import { psiDegree } from './observedDegreeBound.js';
import type { TupleTask } from './tupleSpec.js';
import { REP_CELLS } from './repCellBound.js';
import { repCellCut } from './repCellCut.js';
import { need, profileTables, profiles } from './repProfiles.js';

function popcount(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

// d = 5: the coordinates' degrees recur at every candidate of every node below them (memoised).
const memo = new Map<number, number>();
const latentDegree = (d: number, code: number): number => {
  if (d <= MAX_TABLE_D) return booleanTables(d).degree[code]!;
  let e = memo.get(code);
  if (e === undefined) {
    if (memo.size >= 1 << 20) memo.clear();
    memo.set(code, (e = fourierDegreeOfCode(d, code)));
  }
  return e;
};

/**
 * The accept filter (same contract as observedDegreeBound.ts's degreeCut): tasks the search's
 * levels (heads side 'x', coordinates side 'z'), bound() the current total bound, coordinateCosts
 * 'degree' (head+rep: the coordinates' costs count) or a ceiling M (hier-max: they cost 0).
 */
export function repProfileCut(p: RecoveryProblem, tasks: readonly TupleTask[], bound: () => number, coordinateCosts: 'degree' | number): (j: number, g: number, prefix: readonly number[]) => boolean {
  // d <= 4: the same bound with the stronger cell bound in place of the correlation bound.
  if (REP_CELLS.on && p.d <= MAX_TABLE_D) return repCellCut(p, tasks, bound, coordinateCosts);
  const { d } = p;
  const delta = psiDegree(p);
  const eCap = Math.min(d, coordinateCosts === 'degree' ? d : delta * coordinateCosts);
  const all = profiles(d, eCap);
  const k = tasks.length;
  const isCoord = tasks.map((t) => t.side === 'z');
  const D = tasks.map((t) => (t.side === 'z' ? 0 : latentDegree(d, t.code)));
  const cost = tasks.map((t) => t.costOf ?? ((c: number) => latentDegree(d, c)));
  // after[j][q]: what the heads after level j cost at least under profile q.
  const after = Array.from({ length: k }, (_, j) =>
    all.map((e) => {
      let s = 0;
      for (let i = j + 1; i < k; i++) if (!isCoord[i]) s += Math.max(tasks[i]!.floor as number, need(D[i]!, e));
      return s;
    }),
  );
  const coordCost = (e: number): number => (coordinateCosts === 'degree' ? Math.ceil(e / delta) : 0);
  const P = all.length;
  // Per profile q: how many coordinates of each degree (counts[q * (d + 1) + v]), their least
  // cost, and top[q * (d + 1) + a] = the sum of its a largest degrees.
  const { counts, baseCost, top } = profileTables(d, all, coordCost);
  // needAt[i][q]: head level i's bound under profile q alone.
  const needAt = tasks.map((t, i) => all.map((e) => (isCoord[i] ? 0 : Math.max(t.floor as number, need(D[i]!, e)))));
  const half = (1 << d) / 2;
  const chosen = new Int32Array(d + 1);
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
      if (isCoord[i]) {
        const e = latentDegree(d, code);
        if (coordinateCosts === 'degree') spent += cost[i]!(code) as number;
        chosen[e]!++;
        coordCodes.push(code);
        chosenCost += coordCost(e);
      } else {
        const a = cost[i]!(code) as number;
        spent += a;
        if (D[i]! > 0) {
          headA.push(Math.min(a, d));
          headD.push(D[i]!);
        }
      }
    }
    const limit = bound();
    if (spent > limit) return false;
    const rest = after[j]!;
    // Correlation bound: for S among the chosen coordinates, ghat_t(S) = <h_t, prod_{i in S} V_i>,
    // so deg(g_t) >= |S| when h_t is not orthogonal to that product (a code of weight != half).
    pending.length = 0;
    pendingLow.length = 0;
    const m = coordCodes.length;
    if (m > 0) {
      for (let S = 1; S < 1 << m; S++) {
        const low = S & -S;
        const b = 31 - Math.clz32(low);
        subsetCode[S] = (subsetCode[S ^ low]! ^ coordCodes[b]!) >>> 0;
        subsetSize[S] = subsetSize[S ^ low]! + 1;
      }
      for (let i = j + 1; i < k; i++) {
        if (isCoord[i] || D[i] === 0) continue;
        let low = 0;
        for (let S = (1 << m) - 1; S > 0; S--) if (subsetSize[S]! > low && popcount((subsetCode[S]! ^ tasks[i]!.code) >>> 0) !== half) low = subsetSize[S]!;
        if (low > 0) {
          pending.push(i);
          pendingLow.push(low);
        }
      }
    }
    for (let q = 0; q < P; q++) {
      let r = rest[q]!;
      for (let x = 0; x < pending.length; x++) {
        const base = needAt[pending[x]!]![q]!;
        if (pendingLow[x]! > base) r += pendingLow[x]! - base;
      }
      // q must contain the chosen degrees; the others are the unchosen coordinates'.
      if (spent + baseCost[q]! - chosenCost + r > limit) continue;
      let fits = true;
      for (let v = 1; v <= d && fits; v++) if (chosen[v]! > counts[q * (d + 1) + v]!) fits = false;
      for (let h = 0; h < headA.length && fits; h++) if (top[q * (d + 1) + headA[h]!]! < headD[h]!) fits = false;
      if (fits) return true;
    }
    return false;
  };
}
