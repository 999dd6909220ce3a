/**
 * The tuple search's types (tupleSearch.ts runs it): a level (TupleTask), a leaf (a compatible
 * tuple or an open prefix, with its joint classes), the search's spec and its outcome. The
 * setting and the histogram condition are in tupleSearch.ts's header, docs/math.md and
 * docs/world-model.md.
 */
import type { Algebra, Cost, Measure } from './costs.js';
import type { CandidateList, CandidateStore } from './candidates.js';
import type { Orbits } from './orbits.js';
import type { StabiliserChain } from './stabiliserChain.js';
import type { RestBound } from './parityCapacity.js';

export interface TupleTask {
  /** h's code on the latents (bit z set when h(z) = -1). */
  readonly code: number;
  /** The least cost any head of this task can have. */
  readonly floor: Cost;
  /** The largest cost a head of this task can have, when known. */
  readonly ceiling: Cost | null;
  /**
   * 'x' (default): a head level, the code above is fixed on the latents and a code on x is chosen.
   * 'z': the other way round (head+rep's coordinates of Phi: fixed on x, chosen on the latents).
   */
  readonly side?: 'x' | 'z';
  /** Candidate codes on the chosen side by weight, sorted by cost (default: the store's). */
  readonly list?: (w: number) => CandidateList;
  /** The cost of a chosen code (default: its measure on C_d). */
  readonly costOf?: (code: number) => Cost;
  /** The list holds every code this level may take (never truncated, whatever the store's level). */
  readonly complete?: boolean;
  /**
   * How many listed codes of weight w cost <= allowed; when given and fewer than the compatible
   * codes, the level scans its list (sorted by cost) rather than generating and costing them all.
   */
  readonly listedWithin?: (w: number, allowed: Cost) => number;
  /** The list holds every code this level may need of cost <= this, asked at each node (default: the store's level); above it the level generates. */
  readonly completeUpTo?: () => number;
  /**
   * Every code compatible with the chosen side's classes (targets[i] points of classes[i]) of cost
   * <= allowed, or null when too many (d = 5, m > d: observedD5Compatible.ts); asked above completeUpTo.
   */
  readonly compatibleWithin?: (classes: readonly number[], targets: readonly number[], allowed: number) => Uint32Array | null;
}

/**
 * A compatible tuple, or a prefix of one whose every completion is within the bound (then the
 * classes are the prefix's, every W consistent with them counts, and `heads` has -1 for the
 * heads left open): the joint classes (x-side and z-side masks, paired) and its cost.
 */
export interface Leaf {
  readonly heads: readonly number[];
  readonly xClasses: readonly number[];
  readonly zClasses: readonly number[];
  readonly cost: Cost;
  /** How many tuples this leaf stands for (the orbit of its first head). */
  readonly weight: number;
}

export interface TupleSearchSpec<C extends Cost> {
  readonly d: number;
  readonly measure: Measure;
  readonly algebra: Algebra<C>;
  readonly store: CandidateStore;
  /** The tasks in search order. */
  readonly tasks: readonly TupleTask[];
  /** Restrict the first head to one per orbit of these signed permutations; null: no restriction. */
  readonly orbits: Orbits | null;
  /** Only heads g at depth j passing this are tried (after compatibility). */
  readonly accept?: (j: number, g: number, prefix: readonly number[]) => boolean;
  readonly signal?: AbortSignal;
  /**
   * Cut at a prefix when every completion's cost is within the bound (number biases, searched
   * at or below the minimum: then each completion costs exactly the bound, reported as the cost).
   */
  readonly openLeaves?: boolean;
  /** Give up (aborted) past this Date.now(). */
  readonly deadline?: number;
  /**
   * Look ahead (default off): at each node bound every remaining head-side level (side 'x', the
   * store's lists and costs) by the least cost of a code compatible with the current classes
   * (lookahead.ts), instead of its floor alone; prunes the same tuples earlier, finds the same leaves.
   */
  readonly lookahead?: boolean;
  /**
   * suffixBounds[j] (j = 0..k, optional): a proven lower bound on what the levels j..k-1 cost
   * together (combined), used where it beats their floors (blockBounds.ts).
   */
  readonly suffixBounds?: readonly C[];
  /** Break symmetry down a stabiliser chain (stabiliserChain.ts; head levels only): replaces `orbits`. */
  readonly chain?: StabiliserChain;
  /** A proven lower bound on the levels from..k-1 given the heads before j (number biases; parityCapacity.ts). */
  readonly restBound?: RestBound;
}

export interface TupleSearchOutcome {
  /** Some candidate the bound allowed was not listed (d = 5 beyond the lists): not exhaustive. */
  readonly truncated: boolean;
  readonly nodes: number;
  readonly aborted: boolean;
  /** The visitor asked to stop. */
  readonly stopped: boolean;
}
