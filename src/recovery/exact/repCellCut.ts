/**
 * repDegreeProfile.ts's accept filter with the cell bound (repCellBound.ts) in place of the
 * correlation bound, for d <= 4. The same composition bound per degree profile e of the
 * coordinates (docs/math.md, "Profile form of the composition bound"): a candidate passes when
 * some profile e containing the chosen coordinates' latent degrees, with top_{a_t}(e) >= deg(h_t)
 * for the chosen heads, keeps
 *   spent + the unchosen coordinates' least costs under e
 *         + sum over the remaining heads of max(floor, need(deg(h_t), e), cell bound)
 * within the bound. The cell bound of a remaining head depends on the chosen coordinates only
 * (and on the first head when it precedes them), not on e, so it is computed once per candidate.
 * Work shared by the candidates of one node (the prefix: spent cost, chosen degrees, each latent's
 * cell, the profiles the prefix allows) is computed once per node (cached by the prefix).
 * Exact for the same reason as repDegreeProfile.ts: it refuses a candidate only when every
 * completion costs more than the bound (docs/math.md, "Cell bound on the heads").
 */
import type { RecoveryProblem } from '../types.js';
import { booleanTables } from '../booleanTables.js';
import { psiDegree } from './observedDegreeBound.js';
import { type CellTable, cellLeast, cellTable } from './repCellBound.js';
import { need, profileTables, profiles } from './repProfiles.js';
import { unchosenLeastDegrees } from './repLeastDegree.js';
import type { TupleTask } from './tupleSpec.js';

export function repCellCut(p: RecoveryProblem, tasks: readonly TupleTask[], bound: () => number, coordinateCosts: 'degree' | number): (j: number, g: number, prefix: readonly number[]) => boolean {
  const { d } = p;
  const size = 1 << d;
  const degree = booleanTables(d).degree;
  const delta = psiDegree(p);
  const eCap = Math.min(d, coordinateCosts === 'degree' ? d : delta * coordinateCosts);
  const all = profiles(d, eCap);
  const P = all.length;
  const k = tasks.length;
  const isCoord = tasks.map((t) => t.side === 'z');
  const D = tasks.map((t) => (t.side === 'z' ? 0 : degree[t.code]!));
  const cost = tasks.map((t) => t.costOf ?? ((c: number) => degree[c]!));
  const coordCost = (e: number): number => (coordinateCosts === 'degree' ? Math.ceil(e / delta) : 0);
  // after[j][q]: the heads after level j under profile q alone; needAt[i][q]: head i's.
  const needAt = tasks.map((t, i) => all.map((e) => (isCoord[i] ? 0 : Math.max(t.floor as number, need(D[i]!, e)))));
  const after = Array.from({ length: k }, (_, j) =>
    all.map((_, q) => {
      let s = 0;
      for (let i = j + 1; i < k; i++) if (!isCoord[i]) s += needAt[i]![q]!;
      return s;
    }),
  );
  const { counts, baseCost, top } = profileTables(d, all, coordCost);
  // The cell bound applies to heads costed by their degree (the default cost).
  const plainHead = tasks.map((t, i) => !isCoord[i] && t.costOf === undefined && D[i]! > 0);
  // Refinement by the first level when it is a plain head before every coordinate level, the
  // coordinate levels fixing the bits 0, 1, ... in order (else the unrefined table, any bits).
  const firstCoord = isCoord.indexOf(true);
  const bitOf = tasks.map((t) => (t.side === 'z' ? dictatorBit(d, t.code) : -1));
  const inOrder = firstCoord >= 0 && tasks.every((t, i) => !isCoord[i] || (i >= firstCoord && i < firstCoord + d && bitOf[i] === i - firstCoord));
  const refine = inOrder && firstCoord > 0 && !isCoord[0] && tasks[0]!.costOf === undefined;
  const H = refine ? tasks[0]!.code : 0;
  const plain = cellTable(d, 0)!;
  const leastOf = unchosenLeastDegrees(d, tasks);
  const least = leastOf.least;
  // ok[q * (d + 1) + e]: profile q contains the prefix's degrees and e (e = 0: a head level), and
  // its other degrees can go to the unchosen coordinates above their least degrees.
  const ok = new Uint8Array(P * (d + 1));

  // The node's state, for the prefix levels 0..j-1.
  const key: number[] = [];
  let keyJ = -1;
  let pSpent = 0;
  let pChosenCost = 0;
  let pm = 0;
  let table: CellTable = plain;
  let tableOf = -1;
  let refinedTable: CellTable = plain;
  const pChosen = new Int32Array(d + 1);
  const cellOf = new Int32Array(size);
  const base = new Int32Array(size);
  const allowed: number[] = [];
  const pending = new Int32Array(k);
  const lows = new Int32Array(k);
  let np = 0;

  const prepare = (j: number, prefix: readonly number[]): void => {
    keyJ = j;
    key.length = 0;
    for (let i = 0; i < j; i++) key.push(prefix[i]!);
    pSpent = 0;
    pChosenCost = 0;
    pm = 0;
    pChosen.fill(0);
    base.fill(0);
    const headA: number[] = [];
    const headD: number[] = [];
    for (let i = 0; i < j; i++) {
      const code = prefix[i]!;
      if (isCoord[i]) {
        const e = degree[code]!;
        if (coordinateCosts === 'degree') pSpent += cost[i]!(code) as number;
        pChosen[e]!++;
        pChosenCost += coordCost(e);
        for (let z = 0; z < size; z++) base[z] |= ((code >>> z) & 1) << pm;
        pm++;
      } else {
        const a = cost[i]!(code) as number;
        pSpent += a;
        if (D[i]! > 0) {
          headA.push(Math.min(a, d));
          headD.push(D[i]!);
        }
      }
    }
    if (refine && j > 0 && prefix[0] !== tableOf) {
      tableOf = prefix[0]!;
      refinedTable = cellTable(d, tableOf)!;
    }
    table = refine && j > 0 ? refinedTable : plain;
    const nLeast = leastOf.compute(j, prefix);
    allowed.length = 0;
    for (let q = 0; q < P; q++) {
      let fits = true;
      for (let v = 1; v <= d && fits; v++) if (pChosen[v]! > counts[q * (d + 1) + v]!) fits = false;
      for (let h = 0; h < headA.length && fits; h++) if (top[q * (d + 1) + headA[h]!]! < headD[h]!) fits = false;
      if (!fits) continue;
      let any = false;
      for (let e = 0; e <= d; e++) {
        const good = (e === 0 || pChosen[e]! < counts[q * (d + 1) + e]!) && dominates(q, e, nLeast);
        ok[q * (d + 1) + e] = good ? 1 : 0;
        any ||= good;
      }
      if (any) allowed.push(q);
    }
  };

  // The profile's degrees left after the prefix's and e, ascending, against least[0..n-1] ascending.
  const left: number[] = [];
  const dominates = (q: number, e: number, n: number): boolean => {
    if (n === 0) return true;
    left.length = 0;
    for (let v = 1; v <= d; v++) for (let c = counts[q * (d + 1) + v]! - pChosen[v]! - (v === e ? 1 : 0); c > 0; c--) left.push(v);
    for (let i = 0; i < n; i++) if ((left[i] ?? 0) < least[i]!) return false;
    return true;
  };


  return (j, g, prefix) => {
    let same = keyJ === j;
    for (let i = 0; same && i < j; i++) same = key[i] === prefix[i];
    if (!same) prepare(j, prefix);
    const limit = bound();
    let spent = pSpent;
    let chosenCost = pChosenCost;
    let e = 0;
    let a = -1;
    let m = pm;
    if (isCoord[j]) {
      e = degree[g]!;
      if (coordinateCosts === 'degree') spent += cost[j]!(g) as number;
      chosenCost += coordCost(e);
      for (let z = 0; z < size; z++) cellOf[z] = base[z]! | (((g >>> z) & 1) << pm);
      m++;
    } else {
      const c = cost[j]!(g) as number;
      spent += c;
      if (D[j]! > 0) a = Math.min(c, d);
      if (m > 0) cellOf.set(base);
    }
    if (spent > limit) return false;
    np = 0;
    if (m > 0) {
      const t = m < d && refine ? table : plain;
      const h1 = t === plain ? 0 : H;
      for (let i = j + 1; i < k; i++) {
        if (!plainHead[i]) continue;
        const low = cellLeast(t, m, cellOf, tasks[i]!.code, h1);
        if (low > (tasks[i]!.floor as number)) {
          pending[np] = i;
          lows[np++] = low;
        }
      }
    }
    const rest = after[j]!;
    for (let x = 0; x < allowed.length; x++) {
      const q = allowed[x]!;
      if (ok[q * (d + 1) + e] === 0) continue;
      if (a >= 0 && top[q * (d + 1) + a]! < D[j]!) continue;
      let r = spent + baseCost[q]! - chosenCost + rest[q]!;
      for (let y = 0; y < np && r <= limit; y++) {
        const over = lows[y]! - needAt[pending[y]!]![q]!;
        if (over > 0) r += over;
      }
      if (r <= limit) return refined(j, g, prefix, e, a, spent, chosenCost, limit, x);
    }
    return false;
  };

  // The candidate passed with the node's least degrees: recompute them with the candidate's own
  // classes (finer, so at least as large) and check the profiles from the one that passed on.
  function refined(j: number, g: number, prefix: readonly number[], e: number, a: number, spent: number, chosenCost: number, limit: number, from: number): boolean {
    const n = leastOf.compute(j, prefix, g);
    if (n === 0) return true;
    const rest = after[j]!;
    for (let x = from; x < allowed.length; x++) {
      const q = allowed[x]!;
      if (ok[q * (d + 1) + e] === 0) continue;
      if (a >= 0 && top[q * (d + 1) + a]! < D[j]!) continue;
      if (!dominates(q, e, n)) continue;
      let r = spent + baseCost[q]! - chosenCost + rest[q]!;
      for (let y = 0; y < np && r <= limit; y++) {
        const over = lows[y]! - needAt[pending[y]!]![q]!;
        if (over > 0) r += over;
      }
      if (r <= limit) return true;
    }
    return false;
  }
}

function dictatorBit(d: number, code: number): number {
  for (let b = 0; b < d; b++) {
    let c = 0;
    for (let r = 0; r < 1 << d; r++) if ((r >>> b) & 1) c |= 1 << r;
    if (c >>> 0 === code) return b;
  }
  return -1;
}
