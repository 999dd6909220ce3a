/**
 * The exact engine's answer (exactRecovery.ts and its drivers return it): the minimum, the exact
 * count of minimisers, the verdict with a witness outside the group, and the totals proven
 * infeasible. Definitions (bias, minimisers, recovery): docs/world-model.md and docs/math.md.
 */
import type { Rational } from '../../core/rational.js';
import type { Cost } from './costs.js';

export interface ExactOutcome {
  readonly minimum: Cost;
  /** Exact count of minimisers V. */
  readonly minimizers: bigint;
  readonly recovers: boolean | null;
  readonly witness: Uint32Array | null;
  readonly best: Uint32Array;
  /** Totals proven infeasible (number biases), in increasing order. */
  readonly infeasible: readonly number[];
  readonly nodes: number;
  readonly aborted: boolean;
  /** Set by the general search (general.ts: partial support, rational tasks): its exact profile minimum. */
  readonly profile?: readonly Rational[];
  readonly general?: boolean;
}
