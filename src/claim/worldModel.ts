/**
 * The world-model operations of the Kernel (docs/math.md section 5) as plain data: the min-degree
 * interpolator's exact values, and the summary of one recovery problem solved exactly over every
 * bijection V = Phi o psi of C_d (d <= 3).
 */
import type { CubeMap, Fn, PointSet } from './values.js';

/**
 * An exact real function on C_n: value at point x = numerators[x] / denominator. Canonical: the
 * denominator is positive and shares no factor with all the numerators (1 when every value is an
 * integer; the zero function is all 0 over 1).
 */
export interface Interpolant {
  readonly n: number;
  readonly numerators: readonly bigint[];
  readonly denominator: bigint;
}

export type RecoveryBias = 'head-degree' | 'head-gf2' | 'head-max' | 'head+rep' | 'head-profile';
/**
 * The paper's hierarchical costs (docs/math.md "The paper's own setting"): deg(Phi) + sum_t deg(g_t),
 * deg(Phi) the max (hier-max) or the sum (hier-sum) of Phi's coordinate degrees on C_m.
 */
export type PaperBias = 'hier-max' | 'hier-sum';
export type RecoveryGroup = 'signed-permutation' | 'gf2-affine';

/** One world-model recovery problem; everything lives on C_d, d = the tasks' n (1 <= d <= 3; d = 4 by exact tuple searches: Boolean tasks, full support, no hier-max). */
export interface RecoveryQuery {
  /** h_1..h_k on C_d (at least one; integer-valued; Boolean for head-gf2). */
  readonly tasks: readonly Fn[];
  readonly bias: RecoveryBias | PaperBias;
  /** Recovery means every minimiser V lies in this group. */
  readonly group: RecoveryGroup;
  /**
   * The data-generating map x = psi(z): a bijection of C_d, or (the paper's setting) an injective
   * map C_d -> C_m with d < m <= 6; Phi: C_m -> C_d is then free off psi's image and each of its
   * coordinates costs its least-degree extension. The identity when absent.
   */
  readonly psi?: CubeMap;
  /** The latent support U (non-empty); all of C_d when absent. */
  readonly support?: PointSet;
}

export interface RecoverySummary {
  /**
   * The least value of the bias over all (2^d)! bijections V, canonically: a decimal integer for
   * the number biases; for head-profile the summed profile "W^0,W^1,...,W^d", each weight an
   * integer or a reduced fraction p/q.
   */
  readonly minimum: string;
  /** How many bijections V attain it. */
  readonly minimizers: number;
  /** Every minimiser lies in the group. */
  readonly recovers: boolean;
  /** Some minimiser lies outside the group (always !recovers, stated for readable predicates). */
  readonly outside: boolean;
}

/** The verdict of a recovery problem without the count of minimisers (kernel.recoveryVerdict). */
export interface RecoveryVerdict {
  /** As RecoverySummary.minimum. */
  readonly minimum: string;
  /** Every minimiser lies in the group. */
  readonly recovers: boolean;
  /** Some minimiser lies outside the group (always !recovers). */
  readonly outside: boolean;
}
