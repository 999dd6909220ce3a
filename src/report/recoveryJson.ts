/**
 * The JSON object `recover --json` prints. Exact: rationals as "p/q" strings, maps in formatMap
 * notation, functions in formatFunction notation. The fields the brief fixes come first:
 * minimum, minimizers, recovers, witness, trueLatentsObjective, exact.
 */
import { formatFunction, formatMap } from '../expr/index.js';
import type { Objective, RecoveryResult, RecoveryStats } from '../recovery/types.js';

export type ObjectiveJson = number | readonly string[];

export interface RecoveryJson {
  readonly minimum: ObjectiveJson;
  readonly minimizers: number | null;
  /** The exact count as a decimal string, also past 2^53 (null when unknown). */
  readonly minimizerCount: string | null;
  readonly recovers: boolean | null;
  readonly witness: string | null;
  readonly trueLatentsObjective: ObjectiveJson;
  readonly exact: boolean;
  readonly bias: string;
  readonly group: string;
  readonly latents: number;
  readonly tasks: readonly string[];
  readonly psi: string;
  /** m: psi maps C_latents -> C_observed (the paper's setting when m > latents). */
  readonly observed: number;
  readonly support: readonly number[] | null;
  /** A minimiser, or the best V found when not exact. */
  readonly best: string;
  readonly searched: RecoveryStats;
}

/** A number, or a profile W^0..W^d as "p/q" strings. */
export function objectiveJson(o: Objective): ObjectiveJson {
  return o.kind === 'number' ? o.value : o.weights.map(String);
}

export function recoveryJson(r: RecoveryResult): RecoveryJson {
  const p = r.problem;
  return {
    minimum: objectiveJson(r.minimum),
    minimizers: r.minimizers,
    minimizerCount: r.minimizerCount != null ? r.minimizerCount.toString() : r.minimizers !== null ? String(r.minimizers) : null,
    recovers: r.recovers,
    witness: r.witness ? formatMap(r.witness) : null,
    trueLatentsObjective: objectiveJson(r.trueLatentsObjective),
    exact: r.exact,
    bias: p.bias,
    group: p.group,
    latents: p.d,
    tasks: p.tasks.map(formatFunction),
    psi: formatMap(p.psi),
    observed: p.psi.m,
    support: p.support ? [...p.support] : null,
    best: formatMap(r.best),
    searched: r.stats,
  };
}
