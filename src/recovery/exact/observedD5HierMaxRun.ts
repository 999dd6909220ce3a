/**
 * Runs hier-max's passes past the list (observedD5HierMax.ts) under one ceiling M with the heads
 * bounded by `bound`: every non-empty set E of dear positions, each pass in two level orders side
 * by side (the coordinates right after the first head, or after every varying head; portfolio.ts),
 * the first exhaustive (or stopped) one answering for the pass. Each order tallies on its own, so
 * the winner's tally is the pass's, whichever wins. A pass neither order finishes exactly (a node
 * whose dear codes were refused, a head past the store's level, the deadline) makes the ceiling
 * "not exact": null.
 */
import type { RecoveryProblem } from '../types.js';
import { inGroup } from '../groups.js';
import { leafMap } from './headRep.js';
import type { CoordinateCandidates } from './observedCoordinates.js';
import { dearPassSpec, dearPositionSets } from './observedD5HierMax.js';
import { firstOf } from './portfolio.js';
import type { Steps } from './steps.js';
import { searchTupleSteps } from './tupleSearch.js';
import type { TupleSearchOutcome, TupleTask } from './tupleSpec.js';

export interface DearTally {
  /** The V found, each with its weight (orbit size times stabiliser). */
  count: bigint;
  first: Uint32Array | null;
  /** The first V found outside the group. */
  witness: Uint32Array | null;
  nodes: number;
}

/** 'first': stop at the first V (deciding H_M <= bound); 'witness': at the first V outside the group; 'never': count all. */
export type DearStop = 'first' | 'witness' | 'never';

function* onePass(p: RecoveryProblem, c: CoordinateCandidates, heads: readonly TupleTask[], E: number, M: number, first: boolean, bound: number, stop: DearStop, signal?: AbortSignal, deadline?: number): Steps<{ out: TupleSearchOutcome; tally: DearTally }> {
  const { sym, spec } = dearPassSpec(p, c, heads, E, M, first, () => bound, signal, deadline);
  const tally: DearTally = { count: 0n, first: null, witness: null, nodes: 0 };
  const out = yield* searchTupleSteps(spec, () => bound, (leaf) => {
    const v = leafMap(p.d, leaf);
    tally.count += BigInt(leaf.weight) * BigInt(sym === null ? 1 : sym.stabiliserSize(leaf.heads));
    tally.first ??= v;
    if (tally.witness === null && !inGroup(p.d, v, p.group)) tally.witness = v;
    return stop === 'first' || (stop === 'witness' && tally.witness !== null);
  });
  tally.nodes = out.nodes;
  return { out, tally };
}

const exhaustive = (o: TupleSearchOutcome): boolean => o.stopped || (!o.truncated && !o.aborted);

/** The V with every coordinate of cost <= M, some above L, and heads summing to <= bound; null: not exact. */
export function* dearPassesSteps(p: RecoveryProblem, c: CoordinateCandidates, heads: readonly TupleTask[], M: number, bound: number, stop: DearStop, signal?: AbortSignal, deadline?: number): Steps<DearTally | null> {
  const total: DearTally = { count: 0n, first: null, witness: null, nodes: 0 };
  // M <= L: the one pass E = {} (every coordinate listed, cost <= M).
  for (const E of M <= c.completeUpTo ? [0] : dearPositionSets(p.d)) {
    const orders = [true, false].map((first) => onePass(p, c, heads, E, M, first, bound, stop, signal, deadline));
    const { value } = yield* firstOf(orders, (r) => exhaustive(r.out));
    total.nodes += value.tally.nodes;
    if (!exhaustive(value.out)) return null;
    total.count += value.tally.count;
    total.first ??= value.tally.first;
    total.witness ??= value.tally.witness;
    if (value.out.stopped) return total;
  }
  return total;
}
