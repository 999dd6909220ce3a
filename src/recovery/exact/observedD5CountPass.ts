/**
 * A pass by cost class whose dear coordinates are counted (observedD5Count.ts; docs/math.md,
 * "Counting the dear coordinates when every code costs <= L + 1"): used by observedD5Passes.ts's
 * passOrder when the cost ceiling is L + 1. The tuple search runs the levels before the dear
 * coordinates (the heads, the cheap coordinates) under the bound T - K * |D|; each leaf (every
 * head chosen, the classes paired) stands for N(leaf) bijections of objective leaf cost + K |D|,
 * times its first head's orbit and its prefix's S_v-orbit (observedD5CountOrbit.ts).
 */
import type { RecoveryProblem } from '../types.js';
import type { CoordinateCandidates } from './observedCoordinates.js';
import { coordinatesUpTo } from './observedCoordinates.js';
import { cheapCost, DEAR_SPLIT } from './observedD5Split.js';
import { classSymmetry } from './observedD5Symmetry.js';
import { dearCompletions, findCompletion } from './observedD5Count.js';
import { prefixOrbit } from './observedD5CountOrbit.js';
import type { Leaf, TupleTask } from './tupleSpec.js';

/** Counting on (off only to compare: the dear coordinates are then enumerated as before). */
export const COUNT_DEAR = {
  on: true,
  /**
   * The inclusion-exclusion over the listed codes at the dear positions. Off by default: at a total
   * T every smaller total is proven infeasible, so no completion has a listed dear code (it would
   * cost <= T - 1) and N(leaf) = prod |Z_i|! (docs/math.md); on, the subtraction is computed (tests:
   * always zero).
   */
  exclusion: false,
  /** Tests only: a planted fault, the prefixes' orbit weights dropped (1 for each least prefix). */
  plant: false,
  /** Leaves counted with N > 0 so far (tests: the route was taken). */
  counted: 0,
};

/** Does counting apply to these coordinates: a partial list with the cost ceiling L + 1? */
export function countable(c: CoordinateCandidates): boolean {
  return COUNT_DEAR.on && c.compatibleWithin !== undefined && Number.isFinite(c.completeUpTo) && c.costCeiling === c.completeUpTo + 1;
}

const NONE = new Uint32Array(0);

export interface CountedPass {
  /** What the dear coordinates spend: K * |D| (the search's bound is T minus this). */
  readonly spend: number;
  /** The symmetry cut at the cheap coordinate levels (null: none). */
  readonly prune: ((j: number, g: number, prefix: readonly number[]) => boolean) | null;
  /** The V this leaf stands for, weighted (0 when its prefix is not its orbit's least). */
  readonly count: (leaf: Leaf) => bigint;
  /** One of the leaf's completions passing keep, within `tries` (see findCompletion). */
  readonly completion: (leaf: Leaf, keep: (v: Uint32Array) => boolean, tries: number) => { v: Uint32Array } | 'none' | 'unknown';
}

/**
 * tasks: the pass's levels, the k searched ones first (heads, cheap coordinates from firstCoord on,
 * later heads), then the dear coordinate levels; positions / values: the coordinate levels' positions
 * and class values in that order (cheap ones first).
 */
export function countedPass(p: RecoveryProblem, c: CoordinateCandidates, tasks: readonly TupleTask[], k: number, firstCoord: number, positions: readonly number[], values: readonly number[], _signal?: AbortSignal, _deadline?: number): CountedPass {
  const { d } = p;
  const L = c.completeUpTo;
  const nc = values.filter((v) => v <= L).length;
  const dear = positions.slice(nc);
  const listed = coordinatesUpTo(c, L).codes;
  const cheap = cheapCost(c);
  const isListed = (code: number) => cheap(code) !== Infinity;
  const valueAt = new Array<number>(d);
  positions.forEach((b, q) => (valueAt[b] = values[q]!));
  // The cut of observedD5Symmetry.ts on the order with the coordinates contiguous (the same indices
  // at the cheap coordinate levels): it never drops the least prefix of an orbit.
  let prune: CountedPass['prune'] = null;
  if (DEAR_SPLIT.symmetry && firstCoord >= 0) {
    const contiguous = [...tasks.slice(0, firstCoord + nc), ...tasks.slice(k), ...tasks.slice(firstCoord + nc, k)];
    const sym = classSymmetry(d, contiguous, positions, values);
    if (sym !== null) prune = (j, g, pre) => j >= firstCoord + nc || sym.accept(j, g, pre);
  }
  const orbit = DEAR_SPLIT.symmetry && firstCoord >= 0 ? prefixOrbit(d, tasks.slice(0, k), firstCoord, positions.slice(0, nc), valueAt) : null;
  const count = (leaf: Leaf): bigint => {
    const w0 = orbit === null ? 1 : orbit.weight(leaf.heads);
    if (w0 === 0) return 0n;
    const w = COUNT_DEAR.plant ? 1 : w0;
    const n = dearCompletions(d, COUNT_DEAR.exclusion ? listed : NONE, leaf.xClasses, leaf.zClasses, dear);
    if (n > 0n) COUNT_DEAR.counted++;
    return BigInt(leaf.weight) * BigInt(w) * n;
  };
  const completion: CountedPass['completion'] = (leaf, keep, tries) => findCompletion(d, isListed, leaf.xClasses, leaf.zClasses, dear, keep, tries);
  return { spend: (L + 1) * dear.length, prune, count, completion };
}
