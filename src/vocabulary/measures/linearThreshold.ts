/**
 * Linear threshold (docs/math.md, "### linearThreshold"): f(x) = sgn(w0 + w1 x1 + ... + wn xn)
 * for some real weights, with the sum never 0 (so f = -1, true, where the sum is negative).
 * Decided exactly (no floating point) by the phase-I simplex of ../../core/measures/separability.ts
 * for n <= LINEAR_THRESHOLD_MAX_N, after two shortcuts that are proofs too: a function that is
 * not unate is not a threshold function, and a perceptron that stops has found weights. The
 * witness is always the perceptron's integer weights [w0, ..., wn] (deterministic, so the
 * verifier's twin finds the same ones).
 * Beyond that n the value is null with a reason.
 */
import { farkasFeasible, perceptronWeights } from '../../core/measures/separability.js';
import type { Table } from '../../core/measures/table.js';
import { defineMeasure } from '../measure.js';
import { variableDirections } from './unate.js';

export const LINEAR_THRESHOLD_MAX_N = 7;

export interface LinearThreshold {
  readonly threshold: boolean | null;
  /** [w0, w1, ..., wn] with f(x) (w0 + sum w_i x_i) > 0 at every x; null unless threshold. */
  readonly weights: readonly number[] | null;
  readonly reason: string | null;
}

export function computeLinearThreshold(f: Table): LinearThreshold {
  if (f.n > LINEAR_THRESHOLD_MAX_N) {
    return { threshold: null, weights: null, reason: `the exact LP is run for n <= ${LINEAR_THRESHOLD_MAX_N} only` };
  }
  // Every threshold function is unate (sgn is monotone in each w_i x_i): a cheap refutation.
  if (variableDirections(f).includes('none')) return { threshold: false, weights: null, reason: null };
  // A perceptron that stops is a proof of separability; only when it is slow does the LP decide.
  const quick = perceptronWeights(f, 64 * f.values.length);
  if (quick) return { threshold: true, weights: quick, reason: null };
  if (farkasFeasible(f)) return { threshold: false, weights: null, reason: null };
  return { threshold: true, weights: perceptronWeights(f)!, reason: null };
}

function text(v: LinearThreshold): string {
  if (v.threshold === null) return `undecided (${v.reason})`;
  if (!v.threshold) return 'no';
  const [w0, ...w] = v.weights!;
  const terms = w.map((c, i) => `${c < 0 ? '- ' : '+ '}${Math.abs(c)} x${i + 1}`).join(' ');
  return `yes: f = sgn(${w0} ${terms})`;
}

export const linearThreshold = defineMeasure({
  id: 'linearThreshold',
  title: 'linear threshold function',
  group: 'structure',
  input: 'boolean',
  maxN: 6,
  summary: 'f = sgn(w0 + sum w_i x_i) for some weights (exact LP, n <= 7); integer weights as witness.',
  type: { scalar: 'boolean', nullable: true },
  compute: computeLinearThreshold,
  json: (v) => ({ threshold: v.threshold, weights: v.weights, reason: v.reason }),
  text,
  value: (v) => v.threshold,
});
