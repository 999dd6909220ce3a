/**
 * The world-model recovery problem (docs/math.md section 5) and its answer, as plain data.
 */
import type { CubeFunction } from '../core/cubeFunction.js';
import type { Rational } from '../core/rational.js';
import type { BoolMap } from '../maps/boolMap.js';
import { BIAS_IDS, type BiasId } from '../vocabulary/biases/index.js';
import { GROUP_IDS, type GroupId } from '../vocabulary/groups/index.js';

/** The biases and groups, one file each in src/vocabulary/biases and src/vocabulary/groups. */
export const BIASES: readonly BiasId[] = BIAS_IDS;
export type Bias = BiasId;

export const GROUPS: readonly GroupId[] = GROUP_IDS;
export type Group = GroupId;

export function isBias(s: string): s is Bias {
  return (BIASES as readonly string[]).includes(s);
}

export function isGroup(s: string): s is Group {
  return (GROUPS as readonly string[]).includes(s);
}

export interface RecoveryProblem {
  /** Number of latents: everything lives on C_d. */
  readonly d: number;
  /** The data-generating bijection x = psi(z). */
  readonly psi: BoolMap;
  /** h_1..h_k over the d latents. */
  readonly tasks: readonly CubeFunction[];
  readonly bias: Bias;
  /** Recovery means every minimiser V lies in this group. */
  readonly group: Group;
  /** The latent support U as sorted distinct points; null means all of C_d. */
  readonly support: readonly number[] | null;
}

/** The value of a bias: a number, or for head-profile the summed profile (W^0..W^d). */
export type Objective =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'profile'; readonly weights: readonly Rational[] };

export interface Progress {
  readonly evaluations: number;
  readonly best: Objective;
  readonly restarts: number;
}

export interface RecoveryOptions {
  /**
   * 'auto' (default): exhaustive for d <= 3; above, the exact tuple search where it applies
   * (Boolean tasks, full support, d <= 5), else the theorem certificates, else the search.
   */
  readonly method?: 'auto' | 'exhaustive' | 'search' | 'tuples';
  /** Exhaustive only: enumerate one V per coset of the bias's symmetry group (default true). */
  readonly symmetry?: boolean;
  /** The exact tuple search gives up (and the search answers) after this many ms (default 60000). */
  readonly exactTimeLimitMs?: number;
  /** Search only. */
  readonly seed?: number;
  readonly maxEvaluations?: number;
  /** Search only: use the theorem certificates of structure.ts when they apply (default true). */
  readonly theorems?: boolean;
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: Progress) => void;
}

export interface RecoveryStats {
  readonly method: 'exhaustive' | 'cosets' | 'search' | 'theorem' | 'tuples';
  /** Objective evaluations. */
  readonly evaluations: number;
  /** Bijections accounted for (all (2^d)! when exhaustive). */
  readonly covered: number | null;
  /** cosets: the symmetry group used and its order. */
  readonly symmetry: Group | null;
  readonly orbitSize: number | null;
  readonly restarts: number | null;
  /** A proven lower bound on the minimum (number biases), when one is known. */
  readonly lowerBound: number | null;
  /** Why the minimum is exact (or why not), one line. */
  readonly proof: string;
  readonly aborted: boolean;
  /** tuples: the totals proven infeasible, each below the minimum (number biases). */
  readonly infeasibleTotals?: readonly number[];
}

export interface RecoveryResult {
  readonly problem: RecoveryProblem;
  readonly minimum: Objective;
  /** The exact number of minimisers V among all (2^d)! bijections; null when unknown. */
  readonly minimizers: number | null;
  /** The same count exactly, also past 2^53 (d = 5); null when unknown. */
  readonly minimizerCount?: bigint | null;
  /** Every minimiser in the group; null when unknown. */
  readonly recovers: boolean | null;
  /** A (proven) minimiser not in the group, or null. */
  readonly witness: BoolMap | null;
  /** A minimiser (or, when not exact, the best V found). */
  readonly best: BoolMap;
  /** The objective at V = identity (Phi = psi^-1, heads g_t = h_t). */
  readonly trueLatentsObjective: Objective;
  /** The minimum is proven (exhaustion, a met lower bound or a theorem). */
  readonly exact: boolean;
  readonly stats: RecoveryStats;
}
